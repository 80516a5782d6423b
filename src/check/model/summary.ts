import type { AuditResult, RepositoryResult } from './types.js';

/** What a report says of an audit, whatever its format: the failed MUSTs and the advice not followed. */
export function failedMusts(result: AuditResult): string[] {
  if (result.kind === 'publiccode') return result.compliant ? [] : ['publiccode.yml'];
  return result.rules.filter((rule) => rule.level === 'MUST' && !rule.ok).map((rule) => rule.id);
}

export function adviceNotFollowed(result: RepositoryResult): number {
  return result.rules.filter((rule) => !rule.ok && rule.level !== 'MUST').length;
}
