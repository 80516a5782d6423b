import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix } from 'node:path';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import type { Lang } from '../policy/enums.js';
import { UsageError } from '../support/errors.js';

/**
 * The only way a run writes into the target folder. The folder is hostile: any entry may be a
 * link (to anywhere, or dangling), a named pipe, a device or a folder where a file is planned.
 * Every planned path is checked before the first byte is written; then each file goes to a
 * temporary file beside it, renamed over the old one, so that an interrupted run leaves each
 * file either as it was or complete. Paths are relative to `root`, with `/` separators.
 */

const lstatOrAbsent = (path: string): Stats | undefined => {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

const linkTarget = (path: string): string => {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
};

/** The path's components, or undefined when it is absolute or climbs out of the folder. */
function componentsOf(path: string): string[] | undefined {
  const normal = posix.normalize(path.split('\\').join('/'));
  if (path === '' || isAbsolute(path) || normal === '.' || normal === '..' || normal.startsWith('../')) return undefined;
  return normal.split('/').filter((part) => part !== '' && part !== '.');
}

/** Why `path` cannot be written or removed right now, or undefined when it can. */
function refusalOf(root: string, path: string): Message | undefined {
  const parts = componentsOf(path);
  if (!parts) return msg('writes.outside', { path });
  try {
    for (let depth = 1; depth <= parts.length; depth++) {
      const shown = parts.slice(0, depth).join('/');
      const full = join(root, ...parts.slice(0, depth));
      const stat = lstatOrAbsent(full);
      if (!stat) return undefined;
      const last = depth === parts.length;
      if (stat.isSymbolicLink()) return msg(last ? 'writes.link' : 'writes.linkedDirectory', { path: shown, target: linkTarget(full) });
      if (!last && !stat.isDirectory()) return msg('writes.notDirectory', { path: shown });
      if (last && stat.isDirectory()) return msg('writes.directory', { path: shown });
      if (last && !stat.isFile()) return msg('writes.special', { path: shown });
    }
  } catch (error) {
    return msg('writes.unreadable', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return undefined;
}

/** Before anything is written: every path the run will write or remove, or a refusal listing each problem. */
export function assertWritable(root: string, paths: readonly string[], lang: Lang): void {
  const problems = [...new Set(paths)].map((path) => refusalOf(root, path)).filter((problem): problem is Message => problem !== undefined);
  if (problems.length > 0) throw new UsageError(render(msg('writes.refused', { problems }), lang));
}

/** The same check again at write time, for a tree changed since: narrows the window, refuses alone. */
function recheck(root: string, path: string, lang: Lang): void {
  const problem = refusalOf(root, path);
  if (problem) throw new UsageError(render(msg('writes.refused', { problems: [problem] }), lang));
}

/** Creates the missing folders of `path` one at a time, never through a link. */
function makeParents(root: string, parts: readonly string[], lang: Lang, path: string): void {
  for (let depth = 1; depth < parts.length; depth++) {
    const full = join(root, ...parts.slice(0, depth));
    if (lstatOrAbsent(full)) continue;
    try {
      mkdirSync(full);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  recheck(root, path, lang);
}

const failed = (path: string, error: unknown, lang: Lang) =>
  new UsageError(render(msg('writes.failed', { path, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }), lang));

/**
 * Writes `content` to `path` inside `root`: a temporary file beside it (exclusive create, so
 * never through a link), its mode set (and flushed to disk when it replaces a file), then renamed over the old file. On any failure the
 * temporary file is removed and the old file is left as it was.
 */
export function writeConfined(root: string, path: string, content: string, options: { executable: boolean; lang: Lang }): void {
  const parts = componentsOf(path);
  if (!parts) throw new UsageError(render(msg('writes.refused', { problems: [msg('writes.outside', { path })] }), options.lang));
  recheck(root, path, options.lang);
  let temporary: string | undefined;
  try {
    makeParents(root, parts, options.lang, path);
    const target = join(root, ...parts);
    const existing = lstatOrAbsent(target);
    // An existing file keeps its mode, as an in-place write would; a new one gets the umask's.
    const mode = options.executable ? 0o755 : existing ? existing.mode & 0o7777 : undefined;
    temporary = join(dirname(target), `.${basename(target)}.codegouv-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    const fd = openSync(temporary, 'wx', mode ?? 0o666);
    try {
      writeFileSync(fd, content);
      if (mode !== undefined) fchmodSync(fd, mode);
      // Replacing a file: its new content is on disk before the rename, so a power cut never leaves
      // an empty file where the team's was. A new file has nothing to lose (the run is redone).
      if (existing) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    recheck(root, path, options.lang);
    renameSync(temporary, target);
    temporary = undefined;
  } catch (error) {
    if (temporary) {
      try {
        unlinkSync(temporary);
      } catch {
        // Already gone: nothing to clean.
      }
    }
    throw error instanceof UsageError ? error : failed(path, error, options.lang);
  }
}

/** The id of the process that wrote a temporary file named as writeConfined names them, if it is one. */
function temporaryWriter(name: string): number | undefined {
  if (!name.startsWith('.') || !name.endsWith('.tmp')) return undefined;
  const marker = name.lastIndexOf('.codegouv-');
  const [pid, random] = name.slice(marker + '.codegouv-'.length, -'.tmp'.length).split('-');
  if (marker < 1 || !pid || !/^\d{1,10}$/u.test(pid) || !random || !/^[0-9a-f]{8}$/u.test(random)) return undefined;
  return Number(pid);
}

/**
 * Removes the temporary files a killed run left beside the files this run writes (a SIGKILL
 * leaves no chance to clean up): only regular files named as writeConfined names them, written by
 * a process that no longer runs. Called under the run lock, after assertWritable.
 */
export function sweepStaleTemporaries(root: string, paths: readonly string[], alive: (pid: number) => boolean): void {
  const folders = new Set(paths.flatMap((path) => {
    const parts = componentsOf(path);
    return parts ? [join(root, ...parts.slice(0, -1))] : [];
  }));
  for (const folder of folders) {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const pid = entry.isFile() ? temporaryWriter(entry.name) : undefined;
      if (pid === undefined || alive(pid)) continue;
      try {
        unlinkSync(join(folder, entry.name));
      } catch {
        // Gone already, or not ours to remove: the run goes on.
      }
    }
  }
}

/** Removes `path` inside `root`, only when it is a regular file (never a link's target). */
export function removeConfined(root: string, path: string, lang: Lang): void {
  recheck(root, path, lang);
  const parts = componentsOf(path)!;
  try {
    unlinkSync(join(root, ...parts));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw failed(path, error, lang);
  }
}
