import type { GitTransport } from '../repo/git.js';

/**
 * The transport a remote's URL uses (https://git-scm.com/docs/git-push#_git_urls): a scheme, the
 * scp-like `host:path` of ssh, or a local path. A transport helper (`ext::`, `fd::`, any
 * `name::`) or another scheme is none of them: `apply` does not push there.
 */
export function transportOf(url: string): GitTransport | undefined {
  if (url.includes('::')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//iu.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'ssh' || scheme === 'git+ssh' || scheme === 'ssh+git') return 'ssh';
    return (['https', 'http', 'git', 'file'] as const).find((name) => name === scheme);
  }
  const colon = url.indexOf(':');
  const slash = url.indexOf('/');
  if (colon > 0 && (slash < 0 || colon < slash)) return 'ssh';
  return url === '' ? undefined : 'file';
}
