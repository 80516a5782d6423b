import type { RepositoryFacts } from '../facts.js';
import type { Level, Localised, Verdict } from '../types.js';

/** One requirement of policy.md §6 that a file tree (or its history) can show. */
export interface Rule {
  /** The policy's id (L1, F1…), or `<id>-<aspect>` when one requirement is checked twice. */
  id: string;
  level: Level;
  source: string;
  /** What the rule checks, in a few words. */
  title: Localised;
  /** Only with `--commits RANGE`. */
  needsCommits?: true;
  check(facts: RepositoryFacts): Verdict;
}

export const pass = (message: Localised): Verdict => ({ ok: true, message });
export const fail = (message: Localised): Verdict => ({ ok: false, message });

/** `a, b, c (+ 4)`: a few names in a message. */
export function sample(items: readonly string[], shown = 5): Localised {
  const head = items.slice(0, shown).join(', ');
  const more = items.length - shown;
  return more > 0 ? { fr: `${head} (+ ${more} autres)`, en: `${head} (+ ${more} more)` } : { fr: head, en: head };
}

export function percent(similarity: number): Localised {
  const value = Math.floor(similarity * 1000) / 10;
  return { fr: `${String(value).replace('.', ',')} %`, en: `${value}%` };
}

const SEMICOLON: Localised = { fr: ' ; ', en: '; ' };

/** Several findings joined in one message, each already localised. */
export function joined(parts: readonly Localised[], separator: Localised = SEMICOLON): Localised {
  return { fr: parts.map((part) => part.fr).join(separator.fr), en: parts.map((part) => part.en).join(separator.en) };
}

export const SENTENCE: Localised = { fr: '. ', en: '. ' };
export const COMMA: Localised = { fr: ', ', en: ', ' };
