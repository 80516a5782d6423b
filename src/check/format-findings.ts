import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import { type Message, msg } from '../i18n/message.js';
import { command, sample } from './rules/rule.js';
import { PUBLICCODE_FILE_RULE } from './model/summary.js';
import type { AuditResult, Fix, Level } from './model/types.js';

/** The finding of a path that could not be audited, in the formats that list findings (SARIF, Code Quality). */
export const NOT_AUDITED_RULE = 'not-audited';

/** The file each rule is about, where the policy names one; the finding points there when the message names no file. */
const RULE_FILES: Readonly<Record<string, string>> = {
  L1: 'LICENSE',
  L2: 'LICENSE',
  F1: 'README.md',
  F3: 'README.md',
  F4: 'README.md',
  F5: 'README.md',
  D1: 'README.md',
  F6: 'CODE_OF_CONDUCT.md',
  C1: 'CONTRIBUTING.md',
  C2: 'CONTRIBUTING.md',
  C3: 'CONTRIBUTING.md',
  M1: 'publiccode.yml',
  'S1-gitignore': '.gitignore',
  S2: 'SECURITY.md',
};

/** The repository itself, for a rule about the whole tree: forges show a finding on a file, and every repository has a README. */
const ROOT_ANCHOR = 'README.md';

/** One failed requirement of one path, or one path that could not be audited: what SARIF and Code Quality list. */
export interface Finding {
  ruleId: string;
  /** null for a path that could not be audited. */
  level: Level | null;
  message: Message;
  /** How to make it pass; none for a path that could not be audited. */
  fix?: Fix;
  /** POSIX path from the folder `check` runs in: what the forges resolve from the repository root. */
  file: string;
  line: number;
  /** Rule, file and repository hashed: the same finding gets the same fingerprint from one run to the next. */
  fingerprint: string;
}

const posix = (path: string) => path.split(sep).join('/');

/** `path` (as given on the command line) seen from the working folder, POSIX, `.` for the folder itself. */
function fromWorkingFolder(path: string): string {
  return posix(relative(process.cwd(), resolve(path))) || '.';
}

function within(repository: string, file: string): string {
  return repository === '.' ? file : `${repository}/${file}`;
}

/** The file a failed rule's message names (`path` parameter), else the rule's own file, else the repository root. */
function fileOfRule(id: string, message: Message): string {
  const named = (message.params as { path?: unknown } | undefined)?.path;
  if (typeof named === 'string' && named !== '') return named;
  return RULE_FILES[id] ?? ROOT_ANCHOR;
}

function fingerprintOf(ruleId: string, file: string, repository: string): string {
  return createHash('sha256').update(`${ruleId}\0${file}\0${repository}`).digest('hex').slice(0, 32);
}

function finding(ruleId: string, level: Level | null, message: Message, repository: string, file: string, line = 1, fix?: Fix): Finding {
  return { ruleId, level, message, ...(fix ? { fix } : {}), file, line, fingerprint: fingerprintOf(ruleId, file, repository) };
}

/** Every failed requirement of every path, and one finding per path in error, in the order of the report. */
export function findingsOf(results: readonly AuditResult[]): Finding[] {
  return results.flatMap((result): Finding[] => {
    const where = fromWorkingFolder(result.path);
    if (result.kind === 'error') return [finding(NOT_AUDITED_RULE, null, result.message, where, where)];
    if (result.kind === 'publiccode') {
      if (result.compliant) return [];
      const { errors } = result.publiccode;
      const shown = errors.map((error) => `${error.line > 0 ? `${error.line}:${error.column} ` : ''}${error.key ? `${error.key}: ` : ''}${error.description}`);
      const message = msg('rule.M1.fail', { path: result.path, count: errors.length, errors: sample(shown, 3) });
      // Run in the file's folder, `codegouv publiccode --force` regenerates it keeping its valid fields.
      return [finding(PUBLICCODE_FILE_RULE.id, PUBLICCODE_FILE_RULE.level, message, where, where, Math.max(errors[0]?.line ?? 1, 1), command('publiccode', '--force'))];
    }
    return result.rules
      .filter((rule) => !rule.ok)
      .map((rule) => finding(rule.id, rule.level, rule.message, where, within(where, fileOfRule(rule.id, rule.message)), 1, rule.fix));
  });
}
