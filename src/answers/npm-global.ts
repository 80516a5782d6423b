import { dirname, join } from 'node:path';

/**
 * The user's global npm prefix, without running `npm root -g` (a subprocess on every run):
 * `npm_config_global_prefix` (set by npm itself for npx, `npm exec` and scripts), then a prefix
 * the user configured in the environment (`npm_config_prefix`, `NPM_CONFIG_PREFIX`, `PREFIX`),
 * then where this Node binary lives (npm's own default: `<prefix>/bin/node`, `<prefix>\node.exe`).
 * `npm_config_prefix` is skipped when npm runs us inside a project (`npm_config_local_prefix`):
 * there it may be the project's own folder, which is the repository we must not trust.
 */
function globalPrefixes(env: NodeJS.ProcessEnv = process.env): string[] {
  const windows = process.platform === 'win32';
  const underNpm = env.npm_config_local_prefix !== undefined;
  const candidates = [
    env.npm_config_global_prefix,
    underNpm ? undefined : env.npm_config_prefix ?? env.NPM_CONFIG_PREFIX,
    env.PREFIX,
    windows ? dirname(process.execPath) : dirname(dirname(process.execPath)),
  ];
  return [...new Set(candidates.filter((prefix): prefix is string => typeof prefix === 'string' && prefix !== ''))];
}

/** The folders where `npm install -g` puts packages, most specific first. */
export function globalNodeModules(env: NodeJS.ProcessEnv = process.env): string[] {
  return globalPrefixes(env).map((prefix) => (process.platform === 'win32' ? join(prefix, 'node_modules') : join(prefix, 'lib', 'node_modules')));
}
