import spdxLicenseIds from 'spdx-license-list/simple.js';
import { SPDX_EXCEPTIONS } from '../../publiccode/data/spdx-exceptions.js';

/** Exact-case identifiers: reuse-tool calls `CeCILL-2.1` a bad licence. */
const LICENSES: ReadonlySet<string> = new Set(spdxLicenseIds);
const EXCEPTIONS: ReadonlySet<string> = new Set(SPDX_EXCEPTIONS);

/** GNU identifiers without `-only`/`-or-later`, deprecated since SPDX 3.0. */
const DEPRECATED = /^(?:A|L)?GPL-[123]\.[01]\+?$|^GFDL-1\.[123]$|\+$/u;

export interface ExpressionIds {
  licences: string[];
  exceptions: string[];
}

/** Identifiers named by an SPDX expression: licences, and the exceptions that follow WITH. */
export function idsOf(expression: string): ExpressionIds {
  const ids: ExpressionIds = { licences: [], exceptions: [] };
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
