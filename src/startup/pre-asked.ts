import type { AnswerKey } from '../answers/types.js';

/**
 * The first question, asked by the CLI before Yeoman is loaded (first-question.ts), handed to
 * the generator of the same process so that it is not asked twice. The generator takes it only
 * for the question it would ask itself, built identically (same key, text, default, choices).
 */
export interface PreAsked {
  key: AnswerKey;
  question: string;
  answer: Record<string, unknown>;
}

/** The question as the generator compares it (its functions left out: the same code builds them). */
export const questionIdentity = (question: object): string => JSON.stringify(question);

// On globalThis: the CLI runs this module from a bundle, the generator from dist/src/.
const SLOT = Symbol.for('generator-codegouv.pre-asked');
type Holder = { [SLOT]?: PreAsked };

export function handOver(preAsked: PreAsked): void {
  (globalThis as Holder)[SLOT] = preAsked;
}

/** The answer to this question if the CLI asked it already. Taken once: a later question is always asked. */
export function takePreAsked(question: { name: AnswerKey }): Record<string, unknown> | undefined {
  const held = (globalThis as Holder)[SLOT];
  delete (globalThis as Holder)[SLOT];
  if (!held || held.key !== question.name || held.question !== questionIdentity(question)) return undefined;
  return held.answer;
}
