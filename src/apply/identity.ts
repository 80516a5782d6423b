import { tmpdir } from 'node:os';
import { gitSync } from '../repo/git.js';

export interface Identity {
  name: string;
  email: string;
}

/** A global setting's values, read outside any repository: a target's own config never speaks for the operator. */
function globalValues(key: string): string[] {
  const result = gitSync(tmpdir(), ['config', '--global', '--get-all', key], { timeoutMs: 10_000 });
  return result.ok ? result.stdout.split('\n').filter((value) => value !== '') : [];
}

const globalSetting = (key: string) => globalValues(key).at(-1);

/**
 * `-c credential.helper=…` for the operator's own helpers (git config --global), after
 * repo/git.ts has emptied the list: a push the operator asked for authenticates as a plain
 * `git push` would, and a helper the repository names still never runs.
 */
export function operatorCredentialHelpers(): string[] {
  return globalValues('credential.helper').flatMap((helper) => ['-c', `credential.helper=${helper}`]);
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
