import { tmpdir } from 'node:os';
import { gitSync } from '../repo/git.js';

export interface Identity {
  name: string;
  email: string;
}

/** A global setting, read outside any repository: a target's own config never names the operator. */
function globalSetting(key: string): string | undefined {
  const result = gitSync(tmpdir(), ['config', '--global', '--get', key], { timeoutMs: 10_000 });
  return result.ok ? result.stdout.trim() || undefined : undefined;
}

/**
 * The operator's identity, which signs every commit off: the committer's variables git itself
 * honours, then the author's, then `git config --global`. Never the repository's user.name:
 * the sign-off certifies who applied the preset.
 */
export function operatorIdentity(env: NodeJS.ProcessEnv = process.env): Identity | undefined {
  const name = env.GIT_COMMITTER_NAME || env.GIT_AUTHOR_NAME || globalSetting('user.name');
  const email = env.GIT_COMMITTER_EMAIL || env.GIT_AUTHOR_EMAIL || globalSetting('user.email');
  return name && email ? { name, email } : undefined;
}
