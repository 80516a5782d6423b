import { type Dirent, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { isInside, realPathOrUndefined } from '../support/confined-path.js';
import { type GitResult, gitAsync, gitSync } from './git.js';
import { type Discovery, type GitDirectoryHazard, type GitRepository, discoverRepository } from './git-dir.js';
import { Confinement, MAX_AUDITED_BYTES, MAX_TEXT_BYTES, type SkipReason, decodeUtf8, readBytes, readText } from './read.js';
import { WorkTreeIgnores, repositoryIgnoresCase } from './work-tree-ignores.js';

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
  private readonly confinement: Confinement;

  constructor(
    readonly root: string,
    readonly isGit: boolean,
    files: readonly string[],
    skipped: readonly SkippedFile[] = [],
  ) {
    this.files = [...files].sort();
    this.fileSet = new Set(this.files);
    this.confinement = new Confinement(root);
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
    const read = readBytes(this.root, path, MAX_AUDITED_BYTES, this.confinement);
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

interface Listing {
  files: string[];
  skipped: SkippedFile[];
}

/**
 * Sorts what git or the walk found: regular files are audited; a link leaving the folder and
 * a FIFO, socket or device are reported; links inside the folder, directories (submodules) and
 * vanished paths are left out silently, as before.
 */
function classify(root: string, paths: readonly string[], types: ReadonlyMap<string, EntryType>): Listing {
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
    // A tracked path the walk did not list (under an ignored folder) is looked at on its own.
    const type = types.get(path) ?? typeOnDisk(join(root, path));
    if (type === 'file') {
      listing.files.push(path);
    } else if (type === 'link') {
      rootReal ??= realpathSync(root);
      if (!linkStaysInside(rootReal, join(root, path))) listing.skipped.push({ path, reason: 'link-outside' });
    } else if (type === 'other') {
      listing.skipped.push({ path, reason: 'not-regular' });
    }
  }
  return listing;
}

/** undefined: vanished, or a folder (a submodule), left out as before. */
function typeOnDisk(path: string): EntryType | undefined {
  let stat;
  try {
    stat = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (stat === undefined) return undefined;
  return stat.isFile() ? 'file' : stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? undefined : 'other';
}

function linkStaysInside(rootReal: string, path: string): boolean {
  try {
    return isInside(rootReal, realpathSync(path));
  } catch {
    // A dangling link reads nothing; where it points is not ours to follow.
    return true;
  }
}

/**
 * The tracked files only: git reads its index and nothing of the work tree. Listing untracked
 * files with git (`--others`) would make it open the HEAD of every folder that looks like a nested
 * repository (a FIFO there blocks it) and match ignore rules with its backtracking matcher; the
 * untracked files are found by our own walk (gitListing).
 */
const GIT_LS_FILES = ['ls-files', '-z', '--cached', '--deduplicate'];

const listed = (output: string) => output.split('\0').filter((path) => path !== '');

/** What the walk's directory listing said an entry is (d_type): no lstat needed to sort it. */
type EntryType = 'file' | 'link' | 'other';

interface Found {
  paths: string[];
  unreadable: SkippedFile[];
  /** Every entry the walk listed that is not a folder, with its type. */
  types: Map<string, EntryType>;
}

const entryType = (entry: Dirent): EntryType => (entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'link' : 'other');

/**
 * Every entry under `folder` (`''`: the root), without following links (a linked directory is
 * an entry, not a folder to enter); `enter` picks the folders to walk, `keep` the other entries;
 * folders that cannot be listed are reported.
 */
interface WalkHooks {
  /** Whether a listed folder is another repository, not to be walked. */
  nested(folder: string, entries: readonly Dirent[]): boolean;
  /** Called with each folder's listing before its entries are judged. */
  listed(folder: string, entries: readonly Dirent[]): void;
}

function walk(root: string, folder: string, enter: (path: string, name: string) => boolean, keep: (path: string) => boolean, found: Found, hooks?: WalkHooks): void {
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    found.unreadable.push({ path: folder || '.', reason: 'unreadable' });
    return;
  }
  if (folder !== '' && hooks?.nested(folder, entries)) return;
  hooks?.listed(folder, entries);
  for (const entry of entries) {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (enter(path, entry.name)) walk(root, path, enter, keep, found, hooks);
      continue;
    }
    found.types.set(path, entryType(entry));
    if (keep(path)) found.paths.push(path);
  }
}

/** Every entry under the root, .git and node_modules left out. */
function walkedPaths(root: string): Found {
  const found: Found = { paths: [], unreadable: [], types: new Map() };
  walk(root, '', (_path, name) => !SKIPPED_DIRECTORIES.has(name), () => true, found);
  return found;
}

/**
 * Whether the folder is another repository nested in the work tree, as git decides it (a `.git`
 * folder holding HEAD, objects and refs, or a `.git` file naming one), judged from names alone:
 * nothing is opened, so a FIFO there cannot block. An empty `.git` does not hide the folder.
 */
function nestedRepository(root: string, path: string, entries: readonly Dirent[]): boolean {
  const entry = entries.find((candidate) => candidate.name === '.git');
  if (!entry || !(entry.isFile() || entry.isDirectory())) return false;
  const dotGit = join(root, path, '.git');
  let stat;
  try {
    stat = lstatSync(dotGit);
  } catch {
    return false;
  }
  if (stat.isFile()) return stat.size > 'gitdir:'.length;
  if (!stat.isDirectory()) return false;
  try {
    const names = new Set(readdirSync(dotGit));
    return names.has('HEAD') && names.has('objects') && names.has('refs');
  } catch {
    return false;
  }
}

/**
 * The tracked files git listed, and the untracked ones our walk finds with the repository's
 * ignore rules applied as git applies them (nothing under an ignored folder, nested repositories
 * left out, `.git` never entered).
 */
function gitListing(root: string, repository: GitRepository, stdout: string): Found {
  const tracked = new Set(listed(stdout));
  const found: Found = { paths: [...tracked], unreadable: [], types: new Map() };
  const { top } = repository;
  const prefix = relative(top, realPathOrUndefined(root) ?? root).split(sep).join('/');
  const fromTop = (path: string) => (prefix === '' ? path : `${prefix}/${path}`);
  let ignores: WorkTreeIgnores | undefined;
  const rules = () => {
    if (ignores) return ignores;
    const exclude = readText(repository.commonDir, 'info/exclude');
    ignores = new WorkTreeIgnores(top, exclude.ok ? exclude.text : undefined, (path, reason) => {
      // A .gitignore above the target is not the target's file: only its own are reported.
      if (prefix === '' || path.startsWith(`${prefix}/`)) found.unreadable.push({ path: path.slice(prefix === '' ? 0 : prefix.length + 1), reason });
    }, repositoryIgnoresCase(repository.commonDir));
    return ignores;
  };
  const enter = (path: string, name: string) => name !== '.git' && !rules().ignored(fromTop(path), true);
  const keep = (path: string) => !tracked.has(path) && !path.endsWith('/.git') && path !== '.git' && !rules().ignored(fromTop(path), false);
  walk(root, '', enter, keep, found, {
    nested: (folder, entries) => nestedRepository(root, folder, entries),
    listed: (folder, entries) => {
      if (!entries.some((entry) => entry.name === '.gitignore')) rules().listedWithoutGitignore(folder === '' ? prefix : fromTop(folder));
    },
  });
  return found;
}

/**
 * A git work tree is listed by git; anything else, or a folder git reports as entirely ignored
 * or unreadable (another user's repository, a bare repository committed in a subfolder), is
 * walked. A git directory holding what would hang git is reported and the folder walked.
 */
export async function loadTree(root: string): Promise<RepositoryTree> {
  const discovery = discoverRepository(root);
  return treeOf(root, discovery, discovery.kind === 'found' ? await gitAsync(root, GIT_LS_FILES) : undefined);
}

/** The same tree, synchronously: for a generator run on one repository. */
export function loadTreeSync(root: string): RepositoryTree {
  const discovery = discoverRepository(root);
  return treeOf(root, discovery, discovery.kind === 'found' ? gitSync(root, GIT_LS_FILES) : undefined);
}

function hazardEntry(root: string, hazard: GitDirectoryHazard): SkippedFile {
  const path = relative(root, hazard.path);
  const inside = path !== '' && !path.startsWith('..') && !isAbsolute(path);
  return { path: inside ? path.split(sep).join('/') : hazard.path, reason: hazard.reason };
}

function treeOf(root: string, discovery: Discovery, result: GitResult | undefined): RepositoryTree {
  if (result?.ok && discovery.kind === 'found') {
    const listing = gitListing(root, discovery.repository, result.stdout);
    const fromGit = classify(root, listing.paths, listing.types);
    if (fromGit.files.length > 0) return new RepositoryTree(root, true, fromGit.files, [...listing.unreadable, ...fromGit.skipped]);
  }
  const refused = result && !result.ok && result.hazard ? [hazardEntry(root, result.hazard)] : [];
  const { paths, unreadable, types } = walkedPaths(root);
  const walked = classify(root, paths, types);
  return new RepositoryTree(root, false, walked.files, [...refused, ...unreadable, ...walked.skipped]);
}
