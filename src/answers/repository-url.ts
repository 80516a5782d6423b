import type { Forge } from '../policy/enums.js';

/**
 * `git@host:owner/repo.git`, `ssh://git@host/owner/repo.git` and `https://host/owner/repo.git`
 * all become `https://host/owner/repo`.
 */
export function normaliseRepositoryUrl(input: string): string {
  let url = input.trim();
  const scp = /^[\w.-]+@([^:/\s]+):(?!\/)(.+)$/.exec(url);
  if (scp) url = `https://${scp[1]}/${scp[2]}`;
  const ssh = /^(?:ssh|git\+ssh|git):\/\/(?:[^@/\s]+@)?([^:/\s]+)(?::\d+)?\/(.+)$/.exec(url);
  if (ssh) url = `https://${ssh[1]}/${ssh[2]}`;
  if (/^https?:\/\//.test(url)) {
    url = url.replace(/^http:\/\//, 'https://').replace(/^https:\/\/[^@/]+@/, 'https://');
    url = withoutTrailingSlashes(url).replace(/\.git$/, '');
  }
  return url;
}

/** `/\/+$/` backtracks quadratically on a run of slashes before the end: they are counted from the end. */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (url[end - 1] === '/') end -= 1;
  return url.slice(0, end);
}

export function forgeOf(repositoryUrl: string): Forge {
  let host: string;
  try {
    host = new URL(repositoryUrl).hostname.toLowerCase();
  } catch {
    return 'other';
  }
  if (host === 'github.com' || host.endsWith('.github.com')) return 'github';
  if (host === 'gitlab.com' || /(^|\.)gitlab\./.test(host) || host.startsWith('gitlab')) return 'gitlab';
  return 'other';
}
