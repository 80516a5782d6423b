import { type Message, msg } from '../i18n/message.js';
import { changeCount } from './commit-message.js';
import type { WorkResult } from './scratch.js';

/** What became of one repository. */
export type RepositoryOutcome = WorkResult | { kind: 'skipped'; reason: Message } | { kind: 'error'; reason: Message };

export type Tally = Record<'changed' | 'unchanged' | 'skipped' | 'refused' | 'errors', number>;

/** The repository's line (a refusal's reason: the generator's own message, its first line here, the rest indented below). */
export function outcomeLine(path: string, outcome: RepositoryOutcome, branch: string, write: boolean): Message {
  switch (outcome.kind) {
    case 'changed': {
      const count = changeCount(outcome.changes);
      if (outcome.pushed !== undefined) return msg('apply.line.pushed', { path, count, branch, remote: outcome.pushed });
      return msg(write ? 'apply.line.changed' : 'apply.line.wouldChange', { path, count, branch });
    }
    case 'unchanged':
      return msg('apply.line.unchanged', { path });
    case 'skipped':
      return msg('apply.line.skipped', { path, reason: outcome.reason });
    case 'refused':
      return msg('apply.line.refused', { path, reason: outcome.reason.trim().split('\n').join('\n    ') });
    case 'error':
      return msg('apply.line.error', { path, reason: outcome.reason });
  }
}

export function tally(outcomes: readonly RepositoryOutcome['kind'][]): Tally {
  const count = (kind: RepositoryOutcome['kind']) => outcomes.filter((candidate) => candidate === kind).length;
  return { changed: count('changed'), unchanged: count('unchanged'), skipped: count('skipped'), refused: count('refused'), errors: count('error') };
}

/** 0 when every repository is changed or unchanged: a fleet script must see any other. */
export const exitCodeOf = (counts: Tally) => (counts.skipped + counts.refused + counts.errors > 0 ? 1 : 0);
