import spdxExceptionIds from 'spdx-exceptions/index.json' with { type: 'json' };
import parseSpdx from 'spdx-expression-parse';
import spdxLicenseIds from 'spdx-license-list/simple.js';

/** Exact-case identifiers: reuse-tool calls `CeCILL-2.1` a bad licence. */
const LICENSES: ReadonlySet<string> = new Set(spdxLicenseIds);
const EXCEPTIONS: ReadonlySet<string> = new Set(spdxExceptionIds);

/** GNU identifiers without `-only`/`-or-later`, deprecated since SPDX 3.0. */
const DEPRECATED = /^(?:A|L)?GPL-[123]\.[01]\+?$|^GFDL-1\.[123]$|\+$/u;

export interface ExpressionIds {
  readonly licences: readonly string[];
  readonly exceptions: readonly string[];
}

interface CollectedIds {
  licences: string[];
  exceptions: string[];
}

function collect(node: parseSpdx.Info, ids: CollectedIds): void {
  if ('conjunction' in node) {
    collect(node.left, ids);
    collect(node.right, ids);
    return;
  }
  ids.licences.push(`${node.license.replace(/^DocumentRef-[^:]+:/u, '')}${node.plus ? '+' : ''}`);
  if (node.exception) ids.exceptions.push(node.exception);
}

/** spdx-expression-parse reads an operator glued to a word (`WITHLLVM-exception`, `GPL-2.0+ANDMIT`); reuse-tool does not. */
const GLUED_OPERATOR = /(?:^|[\s()])(?:and|or|with)(?![\s()]|$)|\+(?![\s()]|$)/iu;

/**
 * spdx-expression-parse and the walk of its tree recurse once per operator and parenthesis: a
 * longer expression (no real one comes near) is read word by word, in linear time.
 */
const MAX_PARSED_LENGTH = 1024;

/**
 * Identifiers named by an SPDX expression: licences, and the exceptions that follow WITH.
 * spdx-expression-parse only reads listed identifiers, while the report must name the unknown
 * ones too (reuse-tool calls them bad licences): an expression it refuses is split into words.
 */
export function idsOf(expression: string): ExpressionIds {
  let ids = READ_EXPRESSIONS.get(expression);
  if (!ids) {
    ids = Object.freeze(readIds(expression));
    Object.freeze(ids.licences);
    Object.freeze(ids.exceptions);
    if (READ_EXPRESSIONS.size >= KEPT_EXPRESSIONS) READ_EXPRESSIONS.clear();
    // A longer expression is hostile or broken: read each time, it is not kept.
    if (expression.length <= MAX_PARSED_LENGTH) READ_EXPRESSIONS.set(expression, ids);
  }
  return ids;
}

/**
 * The expressions read last and what they name: every file of a repository, and every
 * repository of a fleet, repeats a few expressions, which several rules read again. Their ids
 * are frozen, as they are shared.
 */
const READ_EXPRESSIONS = new Map<string, ExpressionIds>();
const KEPT_EXPRESSIONS = 1024;

function readIds(expression: string): CollectedIds {
  const ids: CollectedIds = { licences: [], exceptions: [] };
  if (expression.length <= MAX_PARSED_LENGTH && !GLUED_OPERATOR.test(expression)) {
    try {
      collect(parseSpdx(expression), ids);
      return ids;
    } catch {
      // Unknown identifier or syntax error: read word by word below.
    }
  }
  let afterWith = false;
  for (const token of expression.split(/[\s()]+/u)) {
    if (token === '') continue;
    const operator = token.toUpperCase();
    if (operator === 'AND' || operator === 'OR') continue;
    if (operator === 'WITH') {
      afterWith = true;
      continue;
    }
    (afterWith ? ids.exceptions : ids.licences).push(token.replace(/^DocumentRef-[^:]+:/u, ''));
    afterWith = false;
  }
  return ids;
}

const BY_LOWER_CASE = new Map([...LICENSES].map((id) => [id.toLowerCase(), id]));

/** `CeCILL-2.1` → `CECILL-2.1`: the listed spelling of an id typed in another case. */
export function listedSpelling(id: string): string | undefined {
  return BY_LOWER_CASE.get(id.toLowerCase());
}

export function isListedLicence(id: string): boolean {
  return LICENSES.has(id);
}

export type IdProblem = 'unknown' | 'deprecated';

export function problemOf(id: string, exception: boolean): IdProblem | undefined {
  if (!exception && /^LicenseRef-[A-Za-z0-9.-]+$/u.test(id)) return undefined;
  if (exception ? EXCEPTIONS.has(id) : LICENSES.has(id.replace(/\+$/u, ''))) {
    return !exception && DEPRECATED.test(id) ? 'deprecated' : undefined;
  }
  return 'unknown';
}

/** The file name a licence text needs in LICENSES/: `GPL-2.0+` is covered by `GPL-2.0`. */
export function licenceFileId(id: string): string {
  return id.replace(/\+$/u, '');
}
