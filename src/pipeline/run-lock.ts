import { closeSync, lstatSync, openSync, readFileSync, realpathSync, unlinkSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { msg } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import type { Lang } from '../policy/enums.js';
import { UsageError } from '../support/errors.js';

/**
 * One run at a time in a folder. The lock covers reading the tree, planning and writing: a
 * plan made from a tree another run is changing would mix both runs' answers.
 *
 * Where: `.git/codegouv.lock` when `.git` is a real folder (git never lists what is inside
 * `.git`, so a lock left by a killed run is never committed nor seen by `check`), else in the
 * temporary folder, named after the folder's real path: never in the tree, where the REUSE
 * planner would annotate it and `check` would see it. Created with an exclusive create, which never follows a link;
 * removed at the end, on an error, on exit, Ctrl-C or SIGTERM. A lock whose process is dead
 * (a run killed with SIGKILL) is taken over.
 */

const held = new Set<string>();

function lockPath(cwd: string): string {
  try {
    const git = lstatSync(join(cwd, '.git'));
    if (git.isDirectory()) return join(cwd, '.git', 'codegouv.lock');
  } catch {
    // No .git folder: the temporary folder.
  }
  const folder = createHash('sha256').update(realpathSync(cwd)).digest('hex').slice(0, 32);
  return join(tmpdir(), `codegouv-${folder}.lock`);
}

/** Whether a process with this id runs (one we may not signal runs too). */
export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function releaseAll(): void {
  for (const path of held) release(path);
}

function onSignal(signal: NodeJS.Signals): void {
  releaseAll();
  // Alone to handle the signal, we end the process as the signal would have.
  if (process.listenerCount(signal) === 1) {
    uninstall();
    process.kill(process.pid, signal);
  }
}

function install(): void {
  process.on('exit', releaseAll);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function uninstall(): void {
  process.off('exit', releaseAll);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

function release(path: string): void {
  if (!held.delete(path)) return;
  try {
    unlinkSync(path);
  } catch {
    // Already removed.
  }
  if (held.size === 0) uninstall();
}

function create(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The pid a lock file names, or undefined when it is not a regular file holding one. */
function ownerOf(path: string): number | undefined {
  const stat = lstatSync(path);
  if (!stat.isFile() || stat.size > 64) return undefined;
  const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/** Takes the folder's lock or refuses; returns what releases it (also safe to call twice). */
export function acquireRunLock(cwd: string, lang: Lang): () => void {
  const path = lockPath(cwd);
  const shown = path.startsWith(cwd) ? path.slice(cwd.length + 1) : path;
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (create(path)) {
        if (held.size === 0) install();
        held.add(path);
        return () => release(path);
      }
      const owner = ownerOf(path);
      if (owner === undefined) throw new UsageError(render(msg('writes.lockForeign', { lock: shown }), lang));
      if (alive(owner)) throw new UsageError(render(msg('writes.locked', { lock: shown, pid: String(owner) }), lang));
      // The run that held it is gone: take it over, once.
      if (ownerOf(path) === owner) unlinkSync(path);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(render(msg('writes.lockUnusable', { lock: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) }), lang));
  }
  throw new UsageError(render(msg('writes.lockUnusable', { lock: shown, reason: 'EEXIST' }), lang));
}
