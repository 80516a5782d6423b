import { ANSWER_REGISTRY } from './registry.js';
import type { KeySpec } from './registry.js';
import type { AnswerKey } from './types.js';

/** Lists derived from the answer registry, in the order the questions are asked. */

export const ANSWER_KEYS = Object.keys(ANSWER_REGISTRY) as readonly AnswerKey[];

export function specOf<K extends AnswerKey>(key: K): KeySpec<K> {
  return ANSWER_REGISTRY[key] as KeySpec<K>;
}

const where = (test: (spec: KeySpec<AnswerKey>) => boolean): readonly AnswerKey[] =>
  ANSWER_KEYS.filter((key) => test(specOf(key) as KeySpec<AnswerKey>));


export const BOOLEAN_KEYS = where((spec) => spec.switch === true);

/** Keys an organisation preset may set. */
export const PRESET_KEYS = where((spec) => spec.preset !== undefined);

export function isAnswerKey(key: string): key is AnswerKey {
  return Object.hasOwn(ANSWER_REGISTRY, key);
}
