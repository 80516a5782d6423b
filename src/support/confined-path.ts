import { constants, closeSync, fstatSync, openSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { readInto } from './read-fd.js';

/** The path with every link resolved, or undefined when it does not exist or cannot be resolved. */
export function realPathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Whether `path` is `root` or below it; both already resolved (no links, absolute). */
export function isInside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

export type ConfinedFile = { ok: true; head: Buffer } | { ok: false; problem: 'outside' | 'missing' | 'not-regular' };

type Refusal = { ok: false; problem: 'outside' | 'missing' };

/** Where `path` leads, links resolved, when that stays inside `root`; nothing is opened. */
export function confinedRealPath(root: string, path: string): string | Refusal {
  let rootReal: string;
  let real: string;
  try {
    rootReal = realpathSync(root);
  } catch {
    return { ok: false, problem: 'missing' };
  }
  if (!isInside(resolve(root), resolve(path))) return { ok: false, problem: 'outside' };
  try {
    real = realpathSync(path);
  } catch {
    return { ok: false, problem: 'missing' };
  }
  return isInside(rootReal, real) ? real : { ok: false, problem: 'outside' };
}

/**
 * A file a document names (publiccode.yml's logo, screenshots): it must resolve, links
 * included, inside `root` and be a regular file; then at most `maxBytes` of its beginning are
 * read. A path leaving the folder, or leading to /dev/zero or a FIFO, is refused unread.
 */
export function confinedFileHead(root: string, path: string, maxBytes: number): ConfinedFile {
  const real = confinedRealPath(root, path);
  if (typeof real !== 'string') return real;
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return { ok: false, problem: 'not-regular' };
  }
  try {
    if (!fstatSync(fd).isFile()) return { ok: false, problem: 'not-regular' };
    return { ok: true, head: readInto(fd, Buffer.alloc(maxBytes)) };
  } catch {
    return { ok: false, problem: 'not-regular' };
  } finally {
    closeSync(fd);
  }
}
