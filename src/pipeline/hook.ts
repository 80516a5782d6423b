import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { gitSync } from '../repo/git.js';
import { readText } from '../repo/read.js';
import type { SyncStep } from './sync.js';

const HOOKS_DIRECTORY = '.githooks';
/** The hook the dco area plans (src/areas/dco.ts). */
const SIGNOFF_HOOK = `${HOOKS_DIRECTORY}/prepare-commit-msg`;

/**
 * Whether `.githooks/` holds only files this run planned, each byte for byte as planned, our
 * hook among them. core.hooksPath runs every script of the folder on each commit: it is set
 * only over scripts we wrote, never over a team's own ones (a stored `signoffHook: true` says
 * nothing about what the folder holds now).
 */
function hooksAreOurs(cwd: string, steps: readonly SyncStep[]): boolean {
  const planned = new Map(steps.flatMap((step) => (step.file ? [[step.path, step.file.content] as const] : [])));
  if (!planned.has(SIGNOFF_HOOK)) return false;
  let names: string[];
  try {
    names = readdirSync(join(cwd, HOOKS_DIRECTORY));
  } catch {
    return false;
  }
  return names.includes('prepare-commit-msg') && names.every((name) => {
    const path = `${HOOKS_DIRECTORY}/${name}`;
    const read = readText(cwd, path);
    return read.ok && planned.get(path) === read.text;
  });
}

/** `core.hooksPath .githooks` for the opt-in sign-off hook; returns what to tell the user. */
export function enableHook(cwd: string, skipGit: boolean, steps: readonly SyncStep[]): Message {
  if (skipGit) return msg('run.hookSkipped');
  const inside = gitSync(cwd, ['rev-parse', '--is-inside-work-tree'], { timeoutMs: 10_000 });
  if (!inside.ok && inside.failure === 'missing') return msg('reads.hookGitMissing');
  if (!inside.ok || inside.stdout.trim() !== 'true') return msg('run.hookNotGit');
  if (!hooksAreOurs(cwd, steps)) return msg('reads.hookNotOurs', { path: SIGNOFF_HOOK });
  const set = gitSync(cwd, ['config', 'core.hooksPath', HOOKS_DIRECTORY], { timeoutMs: 10_000 });
  return set.ok ? msg('run.hookSet') : msg('run.hookNotGit');
}
