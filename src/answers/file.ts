import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { readInto } from '../support/read-fd.js';
import { parse } from 'yaml';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { isAnswerKey } from './keys.js';
import type { AnswerKey, RawAnswers } from './types.js';

export interface LoadedFile {
  raw: RawAnswers;
  /** Keys outside the answers contract (presets also allow `templates`). */
  extra: Record<string, unknown>;
  problems: Message[];
}

/** Far above any real answers file or preset; a bigger one is not read. */
const MAX_ANSWERS_FILE_BYTES = 1024 * 1024;

/**
 * The file's text, at most MAX_ANSWERS_FILE_BYTES. A pipe is read too (`--answers <(…)`): these
 * files are the ones the user names; a stored preset must be a regular file (answers/preset.ts).
 */
function readCapped(path: string): string {
  const fd = openSync(path, constants.O_RDONLY);
  try {
    if (fstatSync(fd).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const bytes = readInto(fd, Buffer.alloc(MAX_ANSWERS_FILE_BYTES + 1));
    if (bytes.length > MAX_ANSWERS_FILE_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    return bytes.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Reads an answers file or a preset (YAML or JSON); `allowed` are the keys it may hold. */
export function loadAnswersFile(path: string, allowed: readonly string[]): LoadedFile {
  let text: string;
  try {
    text = readCapped(path);
  } catch (error) {
    return { raw: {}, extra: {}, problems: [msg('answersFile.unreadable', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) })] };
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { raw: {}, extra: {}, problems: [msg('answersFile.syntax', { path, reason: (error as Error).message.split('\n')[0] ?? '' })] };
  }
  if (data === null || data === undefined) return { raw: {}, extra: {}, problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) return { raw: {}, extra: {}, problems: [msg('answersFile.notMapping', { path })] };
  const raw: RawAnswers = {};
  const extra: Record<string, unknown> = {};
  const problems: Message[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!allowed.includes(key)) problems.push(msg('answersFile.unknownKey', { path, key, allowed }));
    else if (isAnswerKey(key)) raw[key as AnswerKey] = value;
    else extra[key] = value;
  }
  return { raw, extra, problems };
}
