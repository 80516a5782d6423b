import { configBoolean } from './git-config-includes.js';
import { type GitignoreRules, parseGitignore, verdict } from './gitignore.js';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { Confinement, MAX_TEXT_BYTES, type SkipReason, readText } from './read.js';

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Which untracked paths of a git work tree git would ignore, decided by our linear matcher
 * rather than by git's own (`git ls-files --exclude-standard` matches with backtracking: one
 * rule like `*a*a*a*a*a*a*a*a*a*a*a*a*b0` keeps git busy for minutes on a 41-character name).
 * The repository's rules, as git applies them (https://git-scm.com/docs/gitignore): the
 * .gitignore of each folder, the deepest deciding, then `.git/info/exclude`; nothing inside an
 * ignored folder can be re-included. The user's own `core.excludesFile` is not applied: the
 * audit of a repository gives the same verdict on every machine. The repository's own
 * `core.ignoreCase` is: a clone made on macOS or Windows has it, and git then matches every rule
 * whatever the case (https://git-scm.com/docs/git-config#Documentation/git-config.txt-coreignoreCase).
 */

/** Whether the repository's own config (in its common git directory) sets core.ignoreCase. */
export function repositoryIgnoresCase(commonDir: string): boolean {
  const config = readText(commonDir, 'config');
  return config.ok && configBoolean(config.text, 'core', 'ignorecase') === true;
}

/** Rules read for one tree, all .gitignore files together: far above any real repository's. */
const MAX_TREE_RULES = 20_000;

export class WorkTreeIgnores {
  private readonly byFolder = new Map<string, GitignoreRules | undefined>();
  private readonly ignoredFolders = new Map<string, boolean>();
  private rulesLeft = MAX_TREE_RULES;
  private readonly exclude: GitignoreRules | undefined;
  /** Each folder's place resolved once, not once per .gitignore looked for. */
  private readonly confinement: Confinement;

  /**
   * @param top the work tree's top folder; paths are relative to it, with `/`.
   * @param excludeText `.git/info/exclude`, when readable.
   * @param skip called for a .gitignore that could not be read, with the reason.
   * @param ignoreCase core.ignoreCase: rules match names whatever their case.
   */
  constructor(
    private readonly top: string,
    excludeText: string | undefined,
    private readonly skip: (path: string, reason: SkipReason) => void,
    private readonly ignoreCase = false,
  ) {
    this.confinement = new Confinement(top);
    this.exclude = excludeText === undefined ? undefined : this.parse(excludeText);
  }

  /**
   * The walk listed this folder (relative to the top) and saw no `.gitignore` in it: nothing to
   * look for there (saves an lstat and an open per folder of a large tree).
   */
  listedWithoutGitignore(dir: string): void {
    if (!this.byFolder.has(dir)) this.byFolder.set(dir, undefined);
  }

  /** Whether git would ignore the path (a folder when `folder`), its parent folders included. */
  ignored(path: string, folder: boolean): boolean {
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) {
      if (this.folderIgnored(parts.slice(0, depth).join('/'))) return true;
    }
    return folder ? this.folderIgnored(path) : this.excluded(path, false);
  }

  private folderIgnored(path: string): boolean {
    let known = this.ignoredFolders.get(path);
    if (known === undefined) {
      known = this.excluded(path, true);
      this.ignoredFolders.set(path, known);
    }
    return known;
  }

  /** The verdict of the deepest .gitignore with a matching rule, then of info/exclude. */
  private excluded(path: string, folder: boolean): boolean {
    for (let slash = path.lastIndexOf('/'); ; slash = path.lastIndexOf('/', slash - 1)) {
      const dir = slash < 0 ? '' : path.slice(0, slash);
      const rules = this.rulesOf(dir);
      const found = rules && verdict(rules, path.slice(slash + 1), folder);
      if (found !== undefined) return found;
      if (slash < 0) break;
    }
    return (this.exclude && verdict(this.exclude, path, folder)) ?? false;
  }

  private rulesOf(dir: string): GitignoreRules | undefined {
    if (this.byFolder.has(dir)) return this.byFolder.get(dir);
    const path = dir === '' ? '.gitignore' : `${dir}/.gitignore`;
    // git (since 2.32) never follows a .gitignore that is a symbolic link.
    const read = isLink(join(this.top, path)) ? ({ ok: false, reason: 'missing' } as const) : readText(this.top, path, MAX_TEXT_BYTES, this.confinement);
    let rules: GitignoreRules | undefined;
    if (read.ok) rules = this.parse(read.text, path);
    else if (read.reason !== 'missing') this.skip(path, read.reason);
    this.byFolder.set(dir, rules);
    return rules;
  }

  private parse(text: string, path?: string): GitignoreRules | undefined {
    if (this.rulesLeft <= 0) {
      if (path !== undefined) this.skip(path, 'too-large');
      return undefined;
    }
    const rules = parseGitignore(text, this.rulesLeft, this.ignoreCase);
    this.rulesLeft -= rules.rules.length;
    return rules;
  }
}
