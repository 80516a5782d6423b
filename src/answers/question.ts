import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import type { AnswerKey } from './types.js';

/** What the question of a key asks; also the flag's description in `--help` (a key without one fails to compile). */
export function questionOf(key: AnswerKey): Message {
  return msg(`question.${key}`);
}
