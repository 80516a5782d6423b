import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CACHED_FILE_SIZE = 1024 * 1024;

/** Directories never audited when the tree is not a git work tree. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/**
 * The files of a repository as the audit sees them: not ignored by git, regular files only
 * (no symlinks, no submodules), read at most once each. Paths are relative, with `/`.
 */
export class RepositoryTree {
  readonly files: readonly string[];
  private readonly fileSet: ReadonlySet<string>;
  private readonly contents = new Map<string, Buffer | undefined>();
  private readonly texts = new Map<string, string | undefined>();

  constructor(
    readonly root: string,
    readonly isGit: boolean,
    files: readonly string[],
  ) {
    this.files = [...files].sort();
    this.fileSet = new Set(this.files);
  }

  has(path: string): boolean {
    return this.fileSet.has(path);
  }

  /** Files directly at the root, e.g. to find README or LICENSE. */
  rootFiles(): string[] {
    return this.files.filter((path) => !path.includes('/'));
  }

  /** The file's bytes; small files are kept for the next rule, large ones (images, data) are not. */
  bytes(path: string): Buffer | undefined {
    if (this.contents.has(path)) return this.contents.get(path);
    let content: Buffer | undefined;
    try {
      content = readFileSync(join(this.root, path));
    } catch {
      content = undefined;
    }
    if (!content || content.length <= CACHED_FILE_SIZE) this.contents.set(path, content);
    return content;
  }

  text(path: string): string | undefined {
    if (!this.texts.has(path)) this.texts.set(path, this.bytes(path)?.toString('utf8'));
    return this.texts.get(path);
  }
}

/** Whether `dir` is inside a git work tree, found without spawning git. */
function insideGitWorkTree(dir: string): boolean {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return true;
    if (dirname(current) === current) return false;
  }
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The environment for git: without the variables a git hook sets (GIT_DIR…), which would make
 * every audited directory read the hook's repository. Undefined (inherit) when none is set.
 */
export const GIT_ENVIRONMENT: NodeJS.ProcessEnv | undefined = (() => {
  const repositoryVariables = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR'];
  if (!repositoryVariables.some((name) => name in process.env)) return undefined;
  const env = { ...process.env };
  for (const name of repositoryVariables) delete env[name];
  return env;
})();

/** Tracked and untracked files that .gitignore does not exclude. */
const GIT_LS_FILES = ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'];

function regularFiles(root: string, listing: string): string[] {
  return listing.split('\0').filter((path) => path !== '' && isRegularFile(join(root, path)));
}

/**
 * One git call per repository, spawned without stdin or stderr pipes (spawning dominates the
 * cost of a fleet audit, and async lets the repositories of a fleet overlap).
 */
function gitFiles(root: string): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    const child = spawn('git', GIT_LS_FILES, {
      cwd: root,
      env: GIT_ENVIRONMENT,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => {
      if (code !== 0) return resolve(undefined);
      resolve(regularFiles(root, Buffer.concat(chunks).toString('utf8')));
    });
  });
}

function walkedFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path);
      } else if (entry.isFile()) {
        files.push(path);
      }
    }
  };
  walk('');
  return files;
}

/**
 * A git work tree is listed by git; anything else, or a folder git reports as entirely ignored
 * or unreadable (another user's repository), is walked.
 */
export async function loadTree(root: string): Promise<RepositoryTree> {
  return treeOf(root, insideGitWorkTree(root) ? await gitFiles(root) : undefined);
}

/** The same tree, synchronously: for a generator run on one repository. */
export function loadTreeSync(root: string): RepositoryTree {
  let listed: string[] | undefined;
  if (insideGitWorkTree(root)) {
    try {
      listed = regularFiles(root, execFileSync('git', GIT_LS_FILES, { cwd: root, env: GIT_ENVIRONMENT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 }));
    } catch {
      listed = undefined;
    }
  }
  return treeOf(root, listed);
}

function treeOf(root: string, listed: string[] | undefined): RepositoryTree {
  return listed && listed.length > 0 ? new RepositoryTree(root, true, listed) : new RepositoryTree(root, false, walkedFiles(root));
}
