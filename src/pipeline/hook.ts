import { execFileSync } from 'node:child_process';
import { RUN_MESSAGES } from './messages.js';
import type { Lang } from '../policy/enums.js';

/** `core.hooksPath .githooks` for the opt-in sign-off hook; returns what to tell the user. */
export function enableHook(cwd: string, skipGit: boolean, lang: Lang): string {
  const m = RUN_MESSAGES[lang];
  if (skipGit) return m.hookSkipped;
  try {
    const inside = execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (inside.trim() !== 'true') return m.hookNotGit;
  } catch {
    return m.hookNotGit;
  }
  execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { cwd, stdio: 'ignore' });
  return m.hookSet;
}
