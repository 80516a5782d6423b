import type { AnswerKey } from './types.js';

/** `projectName` → `project-name`: every answer key has a kebab-case flag (design §2). */
export function flagName(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export function flagOf(key: AnswerKey): string {
  return `--${flagName(key)}`;
}
