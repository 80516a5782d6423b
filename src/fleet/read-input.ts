import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { readInto } from '../support/read-fd.js';

/** What reading an input file of `codegouv fleet` gave: its text, or why there is none. */
export type InputRead =
  | { kind: 'text'; text: string }
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'not-file' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-utf8' };

/**
 * A report or a list is data from elsewhere (CI artefacts, a shared file): it is opened without
 * blocking (a FIFO would hang a plain read), read only when it is a regular file, never beyond
 * `maxBytes` (even if it grows while read), and decoded as strict UTF-8.
 */
export function readInput(path: string, maxBytes: number): InputRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'unreadable', reason: typeof code === 'string' ? code : String(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'not-file' };
    if (stats.size > maxBytes) return { kind: 'too-large', bytes: stats.size };
    const bytes = readInto(fd, Buffer.alloc(Math.min(stats.size, maxBytes) + 1));
    if (bytes.length > maxBytes) return { kind: 'too-large', bytes: bytes.length };
    try {
      return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { kind: 'not-utf8' };
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { kind: 'unreadable', reason: typeof code === 'string' ? code : String(error) };
  } finally {
    closeSync(fd);
  }
}
