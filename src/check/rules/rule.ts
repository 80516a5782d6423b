import type { RepositoryFacts } from '../model/facts.js';
import type { SourceId } from '../model/sources.js';
import type { Fix, Level, Verdict } from '../model/types.js';
import { type Message, type MessageId, msg } from '../../i18n/message.js';

/** One requirement of the contribution policy (https://github.com/DISIC/politique-de-contribution-open-source) that a file tree (or its history) can show. */
export interface Rule {
  /** The policy's id (L1, F1…), or `<id>-<aspect>` when one requirement is checked twice. */
  id: string;
  level: Level;
  sources: readonly SourceId[];
  /** What the rule checks, in a few words. */
  title: MessageId;
  /** Only with `--commits RANGE`. */
  needsCommits?: true;
  check(facts: RepositoryFacts): Verdict;
}

export const pass = (message: Message): Verdict => ({ ok: true, message });
export const fail = (message: Message, fix: Fix): Verdict => ({ ok: false, message, fix });

/** `codegouv ARGS…`: the command that fixes a failure. */
export const command = (...argv: string[]): Fix => ({ kind: 'command', argv });

/** A change only the team can make, naming the file and what to change. */
export const edit = (message: Message): Fix => ({ kind: 'edit', message });

/** `a, b, c (+ 4 autres)`: a few names in a message. */
export function sample(items: readonly (string | Message)[], shown = 5): Message {
  return msg('list.sample', { head: items.slice(0, shown), more: Math.max(0, items.length - shown) });
}

export const percent = (ratio: number): Message => msg('format.percent', { ratio });

/** Several findings in one message: `a ; b` in French, `a; b` in English. */
export const joined = (items: readonly (string | Message)[]): Message => msg('list.semicolons', { items });
export const sentences = (items: readonly (string | Message)[]): Message => msg('list.sentences', { items });
export const commas = (items: readonly (string | Message)[]): Message => msg('list.commas', { items });
