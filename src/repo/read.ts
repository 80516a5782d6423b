import { closeSync, constants, fstatSync, lstatSync, openSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isInside } from '../support/confined-path.js';
import { readInto } from '../support/read-fd.js';

/**
 * The one way to read a file of a target folder, which is hostile: a name may be a link that
 * leaves the folder, a FIFO that never answers, a device that never ends, a directory, or a
 * file of any size in any encoding. The file is opened without following a final link and
 * without blocking, must be a regular file, is read up to a cap, and must lie, once its
 * parent's links are resolved, inside the root.
 */

/**
 * Texts the product parses or compares (README, LICENSE, publiccode.yml, package.json,
 * .yo-rc.json, manifests, .gitignore, REUSE files): the policy's documents are a few
 * kilobytes, 2 MiB leaves room for any real one and keeps parsing and regular expressions over
 * them cheap (a 50 MB README is skipped, not loaded).
 */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/**
 * Any file `check` opens for REUSE headers or to tell text from binary: source files, images
 * and data up to 8 MiB are read as the reuse tool reads them; larger ones are skipped and
 * reported, so that memory stays bounded whatever the repository holds.
 */
export const MAX_AUDITED_BYTES = 8 * 1024 * 1024;

export type SkipReason = 'link-outside' | 'not-regular' | 'too-large' | 'unreadable' | 'not-utf8' | 'name-not-utf8';

export type BytesRead = { ok: true; bytes: Buffer } | { ok: false; reason: SkipReason | 'missing' };
export type TextRead = { ok: true; text: string } | { ok: false; reason: SkipReason | 'missing' };

// O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** Where a path leads, links resolved (one realpath(3) call), or undefined when it cannot be resolved. */
function realPath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/**
 * Which folders of one root lie, links resolved, inside it, each folder decided once for all the
 * files read from it. A folder that is not a link lies where its parent lies, so one lstat
 * decides it; only a link is resolved. Meant for one tree read at one moment (a
 * {@link RepositoryTree}); as with any check made before opening, a folder swapped for a link
 * afterwards is not seen.
 */
export class Confinement {
  private rootReal: string | undefined | null = null;
  private readonly folders = new Map<string, boolean | 'missing'>();

  constructor(readonly root: string) {}

  /** Whether the folder holding `relative` is, links resolved, inside the root. */
  parentInside(relative: string): boolean | 'missing' {
    if (this.rootReal === null) this.rootReal = realPath(this.root);
    if (this.rootReal === undefined) return 'missing';
    return this.folderInside(this.rootReal, dirname(join(this.rootReal, relative)));
  }

  private folderInside(rootReal: string, folder: string): boolean | 'missing' {
    if (folder === rootReal) return true;
    let inside = this.folders.get(folder);
    if (inside !== undefined) return inside;
    const parent = dirname(folder);
    if (!isInside(rootReal, parent)) {
      inside = resolvedInside(rootReal, folder);
    } else {
      let stat;
      try {
        stat = lstatSync(folder, { throwIfNoEntry: false });
      } catch {
        stat = undefined;
      }
      if (stat === undefined) inside = 'missing';
      else if (stat.isSymbolicLink()) inside = resolvedInside(rootReal, folder);
      else inside = this.folderInside(rootReal, parent);
    }
    this.folders.set(folder, inside);
    return inside;
  }
}

function resolvedInside(rootReal: string, path: string): boolean | 'missing' {
  const real = realPath(path);
  return real === undefined ? 'missing' : isInside(rootReal, real);
}

/**
 * Opens the file itself, or, when its name is a link, the file the link leads to provided it
 * is inside the root (a link from README.md to docs/README.md is read; one to /etc is not).
 */
function openLinkInside(root: string, relative: string): number {
  const path = join(root, relative);
  try {
    return openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ELOOP' && code !== 'EMLINK') throw error;
  }
  const target = realpathSync(path);
  if (!isInside(realpathSync(root), target)) throw Object.assign(new Error('link outside'), { code: 'ELOOP' });
  return openSync(target, OPEN_FLAGS);
}

function errorReason(error: unknown): SkipReason | 'missing' {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
  // O_NOFOLLOW on a link: ELOOP (Linux, macOS) or EMLINK (FreeBSD).
  if (code === 'ELOOP' || code === 'EMLINK') return 'link-outside';
  if (code === 'EISDIR' || code === 'ENXIO') return 'not-regular';
  return 'unreadable';
}

/** At most `maxBytes` of the file `relative` (with `/`) under `root`, or why it was not read. */
export function readBytes(root: string, relative: string, maxBytes: number, confinement = new Confinement(root)): BytesRead {
  if (relative.split('/').includes('..')) return { ok: false, reason: 'link-outside' };
  const inside = confinement.parentInside(relative);
  if (inside === 'missing') return { ok: false, reason: 'missing' };
  if (!inside) return { ok: false, reason: 'link-outside' };
  return readOpened(() => openLinkInside(root, relative), maxBytes);
}

/** The file `open` gives, if regular, up to `maxBytes`; closed in all cases. */
function readOpened(open: () => number, maxBytes: number): BytesRead {
  let fd: number;
  try {
    fd = open();
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-regular' };
    if (stat.size > maxBytes) return { ok: false, reason: 'too-large' };
    // One byte more than the cap: a file growing while read is caught too.
    const bytes = readInto(fd, Buffer.allocUnsafe(Math.min(maxBytes + 1, stat.size + 1)));
    if (bytes.length > maxBytes) return { ok: false, reason: 'too-large' };
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, reason: errorReason(error) };
  } finally {
    closeSync(fd);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Each file's bytes decoded once: the tree keeps a small file's bytes, which the rules then ask
 * as text, as « is it UTF-8 » and for its REUSE tags (null: not UTF-8). Bytes read from a target
 * folder are never modified after reading.
 */
const DECODED = new WeakMap<Uint8Array, string | null>();

/** Strict UTF-8: a file in another encoding is reported, never decoded with replacement characters. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  const known = DECODED.get(bytes);
  if (known !== undefined) return known ?? undefined;
  let text: string | undefined;
  try {
    text = UTF8.decode(bytes);
  } catch {
    text = undefined;
  }
  DECODED.set(bytes, text ?? null);
  return text;
}

/** The text of `relative` under `root`, read as {@link readBytes} reads it and decoded as strict UTF-8. */
export function readText(root: string, relative: string, maxBytes = MAX_TEXT_BYTES, confinement = new Confinement(root)): TextRead {
  const read = readBytes(root, relative, maxBytes, confinement);
  if (!read.ok) return read;
  const text = decodeUtf8(read.bytes);
  return text === undefined ? { ok: false, reason: 'not-utf8' } : { ok: true, text };
}

/**
 * A file git itself opens (a repository's configuration and the files it includes), by absolute
 * path: links are followed as git follows them, but the file must be regular, is opened without
 * blocking and is read up to a cap, so that what git would hang on is found first.
 */
export function readFileGitOpens(path: string, maxBytes: number): BytesRead {
  return readOpened(() => openSync(path, constants.O_RDONLY | constants.O_NONBLOCK), maxBytes);
}
