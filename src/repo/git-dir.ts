import { readdirSync, statSync, lstatSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isInside, realPathOrUndefined } from '../support/confined-path.js';
import { includedPaths } from './git-config-includes.js';
import { type SkipReason, readFileGitOpens } from './read.js';

/**
 * Finding a folder's git directory and inspecting it before git runs, without running git. A
 * repository delivered as an archive brings its `.git` with it: a FIFO there (a ref, the index,
 * the config, a file the config includes) makes git wait forever on open, and a `.git` file may
 * point at another repository of the machine. git.ts refuses to run git on such a folder; the
 * audit then walks the folder and reports the path.
 */

export interface GitRepository {
  /** The work tree's top: the folder holding `.git`, the target or one above it. */
  top: string;
  gitDir: string;
  /** Where the config, refs and info/exclude live: the main repository's for a worktree. */
  commonDir: string;
}

export type Discovery = { kind: 'none' } | { kind: 'borrowed' } | { kind: 'found'; repository: GitRepository };

/** What git would block on or choke on, found in the git directory. */
export interface GitDirectoryHazard {
  path: string;
  reason: SkipReason;
}

/**
 * A `.git` folder holds a few hundred entries after `git gc`, and git packs loose objects beyond
 * about 6,700; more than this is not a repository git keeps, and scanning it would cost more
 * than the audit.
 */
const MAX_ENTRIES = 100_000;
const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_SMALL_FILE_BYTES = 4096;
/** git's own limit (config.c, MAX_INCLUDE_DEPTH); beyond it git stops with an error. */
const MAX_INCLUDE_DEPTH = 10;

function smallText(path: string): string | undefined {
  const read = readFileGitOpens(path, MAX_SMALL_FILE_BYTES);
  return read.ok ? read.bytes.toString('utf8') : undefined;
}

/** The `gitdir:` line of a `.git` file, resolved. */
function gitdirOf(file: string, dir: string): string | undefined {
  const line = smallText(file)?.split('\n').find((candidate) => candidate.startsWith('gitdir:'));
  if (!line) return undefined;
  const target = resolve(dir, line.slice('gitdir:'.length).trim());
  return realPathOrUndefined(target) ?? target;
}

function commonDirOf(gitDir: string): string {
  const text = smallText(join(gitDir, 'commondir'));
  return text === undefined || text.trim() === '' ? gitDir : resolve(gitDir, text.trim());
}

/**
 * The repository git would use for `cwd`, found as git finds it (the nearest `.git` above). A
 * `.git` FILE or link whose target lies outside the folder borrows another repository of this
 * machine: only worktrees and submodules do so legitimately, into `…/.git/worktrees/NAME` or
 * `…/.git/modules/NAME`.
 */
export function discoverRepository(cwd: string): Discovery {
  // git resolves links in the path first: a target named through a link into a work tree is in it.
  for (let dir = realPathOrUndefined(cwd) ?? resolve(cwd); ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    let stat;
    try {
      stat = lstatSync(dotGit, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) return { kind: 'found', repository: { top: dir, gitDir: dotGit, commonDir: commonDirOf(dotGit) } };
    if (stat?.isSymbolicLink() || stat?.isFile()) {
      const target = stat.isFile() ? gitdirOf(dotGit, dir) : realPathOrUndefined(dotGit);
      if (target === undefined) return { kind: 'borrowed' };
      const base = realPathOrUndefined(dir) ?? dir;
      if (!isInside(base, target) && !/[\\/]\.git[\\/](?:worktrees|modules)[\\/]/u.test(`${target}/`)) return { kind: 'borrowed' };
      return { kind: 'found', repository: { top: dir, gitDir: target, commonDir: commonDirOf(target) } };
    }
    if (dirname(dir) === dir) return { kind: 'none' };
  }
}

/** The first entry of `dir` (walked, links followed) that is neither a file nor a folder. */
function scan(root: string): GitDirectoryHazard | undefined {
  const pending = [root];
  let entries = 0;
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let listing;
    try {
      listing = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries += listing.length;
    if (entries > MAX_ENTRIES) return { path: root, reason: 'too-large' };
    for (const entry of listing) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isSymbolicLink()) {
        let target;
        try {
          target = statSync(path);
        } catch {
          continue;
        }
        if (target.isDirectory()) pending.push(path);
        else if (!target.isFile()) return { path, reason: 'not-regular' };
      } else if (!entry.isFile()) return { path, reason: 'not-regular' };
    }
  }
  return undefined;
}

function expandInclude(path: string, configDir: string): string | undefined {
  if (path.startsWith('~/')) return join(homedir(), path.slice(2));
  // `~user/` and `%(prefix)/` name the machine's own files, not the repository's.
  if (path.startsWith('~') || path.startsWith('%(')) return undefined;
  return resolve(configDir, path);
}

/** A config file, and each one it includes, must be a regular file of reasonable size. */
function configHazard(path: string, depth: number): GitDirectoryHazard | undefined {
  const read = readFileGitOpens(path, MAX_CONFIG_BYTES);
  if (!read.ok) return read.reason === 'missing' ? undefined : { path, reason: read.reason };
  if (depth >= MAX_INCLUDE_DEPTH) return undefined;
  for (const included of includedPaths(read.bytes.toString('utf8'))) {
    const target = expandInclude(included, dirname(path));
    const hazard = target === undefined ? undefined : configHazard(target, depth + 1);
    if (hazard) return hazard;
  }
  return undefined;
}

/** Object directories borrowed through objects/info/alternates: git opens their files too. */
function alternates(commonDir: string): string[] {
  const objects = join(commonDir, 'objects');
  const read = readFileGitOpens(join(objects, 'info', 'alternates'), MAX_CONFIG_BYTES);
  if (!read.ok) return [];
  return read.bytes.toString('utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#')).map((line) => resolve(objects, line));
}

const inspected = new Map<string, GitDirectoryHazard | undefined>();

/** What in the repository's git directory would hang git, inspected once per process. */
export function gitDirectoryHazard(repository: GitRepository): GitDirectoryHazard | undefined {
  const key = `${repository.gitDir}\0${repository.commonDir}`;
  if (inspected.has(key)) return inspected.get(key);
  let hazard: GitDirectoryHazard | undefined;
  for (const dir of new Set([repository.gitDir, repository.commonDir, ...alternates(repository.commonDir)])) hazard ??= scan(dir);
  hazard ??= configHazard(join(repository.commonDir, 'config'), 0);
  hazard ??= configHazard(join(repository.gitDir, 'config.worktree'), 0);
  inspected.set(key, hazard);
  return hazard;
}
