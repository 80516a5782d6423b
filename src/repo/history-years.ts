import { discoverRepository } from './git-dir.js';
import { gitSync } from './git.js';

export interface YearSpan {
  first: number;
  last: number;
}

/**
 * The years of the first and last commits of the repository's history (author dates), or
 * undefined when git has none (no repository, no commit yet, git missing).
 */
export function historyYears(root: string): YearSpan | undefined {
  // Outside a repository git would only say so: one process less for a skeleton in a new folder.
  if (discoverRepository(root).kind === 'none') return undefined;
  const result = gitSync(root, ['log', '--no-show-signature', '--format=%ad', '--date=format:%Y', '--end-of-options', 'HEAD', '--']);
  if (!result.ok) return undefined;
  const years = result.stdout.split('\n').filter((line) => /^\d{4}$/u.test(line)).map(Number);
  if (years.length === 0) return undefined;
  // Not Math.min(...years): a long history would overflow the call stack.
  return years.reduce((span, year) => ({ first: Math.min(span.first, year), last: Math.max(span.last, year) }), { first: years[0]!, last: years[0]! });
}
