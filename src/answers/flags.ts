import type { AnswerKey } from './types.js';

/** `projectName` → `project-name`: every answer key has a kebab-case flag. */
export function flagName(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export function flagOf(key: AnswerKey): string {
  return `--${flagName(key)}`;
}
