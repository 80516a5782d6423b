import { execFileSync } from 'node:child_process';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';

/** `core.hooksPath .githooks` for the opt-in sign-off hook; returns what to tell the user. */
export function enableHook(cwd: string, skipGit: boolean): Message {
  if (skipGit) return msg('run.hookSkipped');
  try {
    const inside = execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (inside.trim() !== 'true') return msg('run.hookNotGit');
  } catch {
    return msg('run.hookNotGit');
  }
  execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { cwd, stdio: 'ignore' });
  return msg('run.hookSet');
}
