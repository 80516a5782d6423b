import ignore, { type Ignore } from 'ignore';

/**
 * A .gitignore read the way git reads it (https://git-scm.com/docs/gitignore), for the few paths
 * the audit asks about (is `.env` ignored? is this key file?).
 */
export function parseGitignore(text: string): Ignore {
  // Case-sensitive, as git is unless core.ignoreCase; `allowRelativePaths` only lets a file named `...` through.
  return ignore({ ignorecase: false, allowRelativePaths: true }).add(text);
}

/** Whether a file path (relative, `/`-separated) is ignored: by itself or by an ignored parent directory. */
export function isIgnored(patterns: Ignore, path: string): boolean {
  return patterns.ignores(path);
}
