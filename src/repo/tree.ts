import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isInside } from '../support/confined-path.js';
import { gitAsync, gitSync } from './git.js';
import { MAX_AUDITED_BYTES, MAX_TEXT_BYTES, type SkipReason, decodeUtf8, readBytes } from './read.js';

const CACHED_FILE_SIZE = 1024 * 1024;

/** Directories never audited when the tree is not a git work tree. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/** A file of the tree that was not read, and why. */
export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

/**
 * The files of a repository as the audit sees them: not ignored by git, regular files only
 * (no symlinks, no submodules), read at most once each, through repo/read.ts. Paths are
 * relative, with `/`. Links that leave the folder, special files, files over the caps and
 * texts that are not UTF-8 are not read: they are listed in `skipped`, for `check` to say so.
 */
export class RepositoryTree {
  readonly files: readonly string[];
  private readonly fileSet: ReadonlySet<string>;
  private readonly contents = new Map<string, Buffer | undefined>();
  private readonly texts = new Map<string, string | undefined>();
  private readonly skips = new Map<string, SkipReason>();

  constructor(
    readonly root: string,
    readonly isGit: boolean,
    files: readonly string[],
    skipped: readonly SkippedFile[] = [],
  ) {
    this.files = [...files].sort();
    this.fileSet = new Set(this.files);
    for (const { path, reason } of skipped) this.skips.set(path, reason);
  }

  has(path: string): boolean {
    return this.fileSet.has(path);
  }

  /** Files directly at the root, e.g. to find README or LICENSE. */
  rootFiles(): string[] {
    return this.files.filter((path) => !path.includes('/'));
  }

  /** What was found and not read, sorted by path. */
  get skipped(): SkippedFile[] {
    return [...this.skips].map(([path, reason]) => ({ path, reason })).sort((a, b) => a.path.localeCompare(b.path));
  }

  /** The file's bytes; small files are kept for the next rule, large ones (images, data) are not. */
  bytes(path: string): Buffer | undefined {
    if (this.contents.has(path)) return this.contents.get(path);
    const read = readBytes(this.root, path, MAX_AUDITED_BYTES);
    const content = read.ok ? read.bytes : undefined;
    if (!read.ok && read.reason !== 'missing') this.skips.set(path, read.reason);
    if (!content || content.length <= CACHED_FILE_SIZE) this.contents.set(path, content);
    return content;
  }

  /** The file as strict UTF-8 text, up to MAX_TEXT_BYTES; undefined (and reported) otherwise. */
  text(path: string): string | undefined {
    if (this.texts.has(path)) return this.texts.get(path);
    const bytes = this.bytes(path);
    let text: string | undefined;
    if (bytes && bytes.length > MAX_TEXT_BYTES) {
      this.skips.set(path, 'too-large');
    } else if (bytes) {
      text = decodeUtf8(bytes);
      if (text === undefined) this.skips.set(path, 'not-utf8');
    }
    this.texts.set(path, text);
    return text;
  }
}

/** Whether `dir` is inside a git work tree, found without spawning git. */
function insideGitWorkTree(dir: string): boolean {
  for (let current = dir; ; current = dirname(current)) {
    try {
      lstatSync(join(current, '.git'));
      return true;
    } catch {
      // not here: look above
    }
    if (dirname(current) === current) return false;
  }
}

interface Listing {
  files: string[];
  skipped: SkippedFile[];
}

/**
 * Sorts what git or the walk found: regular files are audited; a link leaving the folder and
 * a FIFO, socket or device are reported; links inside the folder, directories (submodules) and
 * vanished paths are left out silently, as before.
 */
function classify(root: string, paths: readonly string[]): Listing {
  const listing: Listing = { files: [], skipped: [] };
  let rootReal: string | undefined;
  for (const path of paths) {
    // Node decodes a name that is not UTF-8 with U+FFFD: that path cannot be opened. Kept for the
    // rules that look at names (a secret file hidden under such a folder), and reported.
    if (path.includes('\uFFFD')) {
      listing.files.push(path);
      listing.skipped.push({ path, reason: 'name-not-utf8' });
      continue;
    }
    let stat;
    try {
      stat = lstatSync(join(root, path));
    } catch {
      continue;
    }
    if (stat.isFile()) {
      listing.files.push(path);
    } else if (stat.isSymbolicLink()) {
      rootReal ??= realpathSync(root);
      if (!linkStaysInside(rootReal, join(root, path))) listing.skipped.push({ path, reason: 'link-outside' });
    } else if (!stat.isDirectory()) {
      listing.skipped.push({ path, reason: 'not-regular' });
    }
  }
  return listing;
}

function linkStaysInside(rootReal: string, path: string): boolean {
  try {
    return isInside(rootReal, realpathSync(path));
  } catch {
    // A dangling link reads nothing; where it points is not ours to follow.
    return true;
  }
}

/** Tracked and untracked files that .gitignore does not exclude. */
const GIT_LS_FILES = ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'];

const listed = (output: string) => output.split('\0').filter((path) => path !== '');

/**
 * Every entry under the root, without following links (a linked directory is an entry, not a
 * folder to enter), .git and node_modules left out; folders that cannot be listed are reported.
 */
function walkedPaths(root: string): { paths: string[]; unreadable: SkippedFile[] } {
  const paths: string[] = [];
  const unreadable: SkippedFile[] = [];
  const walk = (relative: string) => {
    let entries;
    try {
      entries = readdirSync(join(root, relative), { withFileTypes: true });
    } catch {
      unreadable.push({ path: relative || '.', reason: 'unreadable' });
      return;
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path);
      } else {
        paths.push(path);
      }
    }
  };
  walk('');
  return { paths, unreadable };
}

/**
 * A git work tree is listed by git; anything else, or a folder git reports as entirely ignored
 * or unreadable (another user's repository, a bare repository committed in a subfolder), is walked.
 */
export async function loadTree(root: string): Promise<RepositoryTree> {
  const result = insideGitWorkTree(root) ? await gitAsync(root, GIT_LS_FILES) : undefined;
  return treeOf(root, result?.ok ? listed(result.stdout) : undefined);
}

/** The same tree, synchronously: for a generator run on one repository. */
export function loadTreeSync(root: string): RepositoryTree {
  const result = insideGitWorkTree(root) ? gitSync(root, GIT_LS_FILES) : undefined;
  return treeOf(root, result?.ok ? listed(result.stdout) : undefined);
}

function treeOf(root: string, gitPaths: string[] | undefined): RepositoryTree {
  const fromGit = gitPaths ? classify(root, gitPaths) : undefined;
  if (fromGit && fromGit.files.length > 0) return new RepositoryTree(root, true, fromGit.files, fromGit.skipped);
  const { paths, unreadable } = walkedPaths(root);
  const walked = classify(root, paths);
  return new RepositoryTree(root, false, walked.files, [...unreadable, ...walked.skipped]);
}
