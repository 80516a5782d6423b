import type { AuditResult, AuditStatus, Level, RepositoryResult } from './types.js';

/**
 * A publiccode.yml given as a path is audited alone: its validity is the one requirement, counted
 * as a MUST (it alone makes the path compliant or not) under this id in every format.
 */
export const PUBLICCODE_FILE_RULE = { id: 'publiccode.yml', level: 'MUST' } as const;

/** What a report says of an audit, whatever its format: the failed MUSTs and the advice not followed. */
export function failedMusts(result: AuditResult): string[] {
  if (result.kind === 'error') return [];
  if (result.kind === 'publiccode') return result.compliant ? [] : [PUBLICCODE_FILE_RULE.id];
  return result.rules.filter((rule) => rule.level === 'MUST' && !rule.ok).map((rule) => rule.id);
}

export function adviceNotFollowed(result: RepositoryResult): number {
  return result.rules.filter((rule) => !rule.ok && rule.level !== 'MUST').length;
}

export function statusOf(result: AuditResult): AuditStatus {
  if (result.kind === 'error') return 'error';
  return result.compliant ? 'compliant' : 'non-compliant';
}

/** Each requirement a path was judged on, with its level and verdict; none for a path in error. */
function verdictsOf(result: AuditResult): { id: string; level: Level; ok: boolean }[] {
  if (result.kind === 'error') return [];
  if (result.kind === 'publiccode') return [{ ...PUBLICCODE_FILE_RULE, ok: result.compliant }];
  return result.rules.map(({ id, level, ok }) => ({ id, level, ok }));
}

/** How many requirements of each level one path fails. */
export function failedByLevel(result: AuditResult): Record<Level, number> {
  const counts: Record<Level, number> = { MUST: 0, SHOULD: 0, MAY: 0 };
  for (const verdict of verdictsOf(result)) if (!verdict.ok) counts[verdict.level] += 1;
  return counts;
}

export interface FleetSummary {
  paths: number;
  compliant: number;
  nonCompliant: number;
  errors: number;
  /** Failed requirements of each level, added up over every path. */
  failed: Record<Level, number>;
  /** Per rule id, in the order first met: its level, and how many paths pass and fail it. */
  rules: Record<string, { level: Level; passed: number; failed: number }>;
}

/** The counts of a whole run, per status, per level and per rule: JSON's `summary`. */
export function summarize(results: readonly AuditResult[]): FleetSummary {
  const summary: FleetSummary = { paths: results.length, compliant: 0, nonCompliant: 0, errors: 0, failed: { MUST: 0, SHOULD: 0, MAY: 0 }, rules: {} };
  for (const result of results) {
    const status = statusOf(result);
    if (status === 'error') summary.errors += 1;
    else if (status === 'compliant') summary.compliant += 1;
    else summary.nonCompliant += 1;
    for (const { id, level, ok } of verdictsOf(result)) {
      const rule = (summary.rules[id] ??= { level, passed: 0, failed: 0 });
      if (ok) rule.passed += 1;
      else {
        rule.failed += 1;
        summary.failed[level] += 1;
      }
    }
  }
  return summary;
}

/**
 * 0 every path compliant, 1 some not compliant, 3 some could not be audited (it wins over 1: a
 * fleet audit with a hole in it must not pass for a plain "not compliant"); 2 is a usage error.
 */
export function exitCodeOf(results: readonly AuditResult[]): number {
  if (results.some((result) => result.kind === 'error')) return 3;
  return results.every((result) => result.compliant) ? 0 : 1;
}
