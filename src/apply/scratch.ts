import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { msg } from '../i18n/message.js';
import type { GitTransport } from '../repo/git.js';
import { type Changes, changeCount, commitMessage, parseNameStatus } from './commit-message.js';
import { runGenerator } from './generator-process.js';
import { StepFailure, gitQuery, gitStep, oneLine } from './git-step.js';
import { type Identity, operatorCredentialHelpers } from './identity.js';
import type { ReadyRepository } from './repository.js';
import { untrackedFiles } from './repository.js';
import { transportOf } from './transport.js';

export interface ApplyPlan {
  /** The preset as the generator receives it (a path made absolute, or a package name). */
  presetArgument: string;
  /** The preset's name in the commit subject. */
  presetName: string;
  branch: string;
  write: boolean;
  push: string | undefined;
  identity: Identity;
  version: string;
  generatorOptions: readonly string[];
}

export type WorkResult =
  | { kind: 'unchanged' }
  | { kind: 'changed'; changes: Changes; diff?: string; pushed?: string }
  | { kind: 'refused'; reason: string };

const FILE: readonly GitTransport[] = ['file'];
const NUL = '\0';

/** The scratch clone made to look like the repository to the generator: its folder name, origin URL and local identity. */
function cloneLike(repository: ReadyRepository, scratch: string): string {
  const clone = join(scratch, basename(repository.top));
  gitStep(scratch, ['clone', '--quiet', '--shared', '--no-tags', '--single-branch', '--branch', repository.current, '--', repository.top, clone], { allowTransports: FILE, timeoutMs: 10 * 60_000 });
  if (repository.originUrl === undefined) gitStep(clone, ['remote', 'remove', 'origin']);
  else gitStep(clone, ['remote', 'set-url', 'origin', repository.originUrl]);
  for (const [key, value] of Object.entries(repository.localIdentity)) if (value !== undefined) gitStep(clone, ['config', key, value]);
  return clone;
}

/** Everything the generator changed, staged without handing git the repository's ignore rules (repository.ts). */
function stageAll(clone: string): Changes {
  const tracked = gitStep(clone, ['diff-files', '--name-only', '-z', '--no-renames']).split(NUL).filter((path) => path !== '');
  const paths = [...tracked, ...untrackedFiles(clone)];
  if (paths.length > 0) gitStep(clone, ['update-index', '--add', '--remove', '--', ...paths]);
  return parseNameStatus(gitStep(clone, ['diff-index', '--cached', '--name-status', '-z', '--no-renames', 'HEAD']));
}

function commit(clone: string, plan: ApplyPlan, changes: Changes): void {
  const { subject, body } = commitMessage(plan.presetName, changes, plan.version);
  const { name, email } = plan.identity;
  gitStep(clone, ['-c', `user.name=${name}`, '-c', `user.email=${email}`, 'commit', '--quiet', '--no-verify', '--signoff', '--cleanup=whitespace', '-m', subject, '-m', body]);
}

/**
 * `--push REMOTE`: the remote's URL read from the repository, pushed to from the scratch clone
 * (whose config is git's default, not the repository's: no `remote.*.receivepack` program, no
 * `http.*` setting of the repository), with only the transport that URL names allowed and the
 * operator's own credential helpers.
 */
function push(repository: ReadyRepository, clone: string, plan: ApplyPlan, remote: string): void {
  const urls = gitQuery(repository.top, ['remote', 'get-url', '--push', '--all', '--', remote])?.split('\n').filter((url) => url !== '');
  if (!urls || urls.length === 0) throw new StepFailure(msg('apply.error.noRemote', { remote }));
  for (const url of urls) {
    const transport = transportOf(url);
    if (!transport) throw new StepFailure(msg('apply.error.transport', { remote, url: oneLine(url) }));
    const refspec = `refs/heads/${plan.branch}:refs/heads/${plan.branch}`;
    // A local path is the repository's: relative to its folder, not the clone's.
    const target = transport === 'file' && !url.startsWith('file:') ? resolve(repository.top, url) : url;
    try {
      gitStep(clone, [...operatorCredentialHelpers(), 'push', '--quiet', '--no-verify', '--receive-pack=git-receive-pack', '--', target, refspec], { allowTransports: [transport], timeoutMs: 10 * 60_000 });
    } catch (error) {
      if (!(error instanceof StepFailure) || error.reason.id !== 'apply.error.git') throw error;
      throw new StepFailure(msg('apply.error.push', { remote, detail: error.reason.params.detail }));
    }
  }
}

/**
 * The work for one repository, in a scratch clone that is always deleted: the operator's work
 * tree, index and checkout are never touched. `--write` brings the branch into the repository
 * with `git fetch` run in it (a push into it would run its receive hooks).
 */
export function applyInScratch(repository: ReadyRepository, plan: ApplyPlan): WorkResult {
  const scratch = mkdtempSync(join(tmpdir(), 'codegouv-apply-'));
  try {
    const clone = cloneLike(repository, scratch);
    gitStep(clone, ['switch', '--quiet', '--create', plan.branch]);
    const run = runGenerator(clone, ['--preset', plan.presetArgument, ...plan.generatorOptions]);
    if (run.kind === 'refused') return { kind: 'refused', reason: run.stderr };
    if (run.kind === 'failed') throw new StepFailure(msg('apply.error.generator', { code: run.code, detail: oneLine(run.stderr) }));
    const changes = stageAll(clone);
    if (changeCount(changes) === 0) return { kind: 'unchanged' };
    if (!plan.write) {
      const diff = gitStep(clone, ['diff', '--cached', '--stat', '--patch', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', 'HEAD']);
      return { kind: 'changed', changes, diff };
    }
    commit(clone, plan, changes);
    const refspec = `refs/heads/${plan.branch}:refs/heads/${plan.branch}`;
    gitStep(repository.top, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-auto-maintenance', '--', clone, refspec], { allowTransports: FILE, timeoutMs: 10 * 60_000 });
    if (plan.push === undefined) return { kind: 'changed', changes };
    push(repository, clone, plan, plan.push);
    return { kind: 'changed', changes, pushed: plan.push };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
