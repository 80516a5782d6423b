import type { AuditResult, AuditStatus, RepositoryResult } from './types.js';

/** What a report says of an audit, whatever its format: the failed MUSTs and the advice not followed. */
export function failedMusts(result: AuditResult): string[] {
  if (result.kind === 'error') return [];
  if (result.kind === 'publiccode') return result.compliant ? [] : ['publiccode.yml'];
  return result.rules.filter((rule) => rule.level === 'MUST' && !rule.ok).map((rule) => rule.id);
}

export function adviceNotFollowed(result: RepositoryResult): number {
  return result.rules.filter((rule) => !rule.ok && rule.level !== 'MUST').length;
}

export function statusOf(result: AuditResult): AuditStatus {
  if (result.kind === 'error') return 'error';
  return result.compliant ? 'compliant' : 'non-compliant';
}

/**
 * 0 every path compliant, 1 some not compliant, 3 some could not be audited (it wins over 1: a
 * fleet audit with a hole in it must not pass for a plain "not compliant"); 2 is a usage error.
 */
export function exitCodeOf(results: readonly AuditResult[]): number {
  if (results.some((result) => result.kind === 'error')) return 3;
  return results.every((result) => result.compliant) ? 0 : 1;
}
