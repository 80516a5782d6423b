import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { msg } from '../i18n/message.js';
import { discoverRepository } from '../repo/git-dir.js';
import { loadTreeSync } from '../repo/tree.js';
import { realPathOrUndefined } from '../support/confined-path.js';
import { StepFailure, gitQuery, gitStep } from './git-step.js';

/** A repository `apply` may work on: what its scratch clone needs to look like it. */
export interface ReadyRepository {
  top: string;
  /** The branch checked out: the scratch clone starts from it. */
  current: string;
  /** What the generator infers the repository URL from; none when the repository has no origin. */
  originUrl: string | undefined;
  /** The repository's own user.name / user.email, which the generator reads as contact hints. */
  localIdentity: Record<'user.name' | 'user.email', string | undefined>;
}

export type Precondition = { kind: 'ready'; repository: ReadyRepository } | { kind: 'skipped'; reason: StepFailure['reason'] };

const NUL = '\0';

/**
 * Untracked files not ignored, as the audit lists them: ignore rules are applied by our linear
 * matcher (repo/work-tree-ignores.ts), never handed to git's backtracking one.
 */
export function untrackedFiles(top: string): string[] {
  const tracked = new Set(gitStep(top, ['ls-files', '-z', '--cached']).split(NUL));
  const tree = loadTreeSync(top);
  return [...tree.files, ...tree.skipped.map(({ path }) => path)].filter((path) => !tracked.has(path));
}

function optional(top: string, args: readonly string[]): string | undefined {
  return gitQuery(top, args)?.trim() || undefined;
}

/**
 * The checks before anything is cloned: a git repository's top folder with a commit, on a
 * branch, the new branch's name free, nothing uncommitted (untracked files included: the
 * branch would not hold them). Throws a StepFailure for an error, returns a skip for the rest.
 */
export function checkRepository(path: string, branch: string): Precondition {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new StepFailure(msg('apply.error.missing'));
  if (!statSync(absolute).isDirectory()) throw new StepFailure(msg('apply.error.notRepository'));
  const discovery = discoverRepository(absolute);
  if (discovery.kind !== 'found') throw new StepFailure(msg('apply.error.notRepository'));
  const top = discovery.repository.top;
  if (top !== (realPathOrUndefined(absolute) ?? absolute)) throw new StepFailure(msg('apply.error.notTop', { top }));
  // git's checks first (a git directory holding what would hang git is refused here).
  if (gitStep(top, ['rev-parse', '--is-bare-repository']).trim() !== 'false') throw new StepFailure(msg('apply.error.notRepository'));
  const current = optional(top, ['symbolic-ref', '-q', '--short', 'HEAD']);
  if (current === undefined) return { kind: 'skipped', reason: msg('apply.skip.detached') };
  if (gitQuery(top, ['rev-parse', '--verify', '-q', 'HEAD^{commit}']) === undefined) throw new StepFailure(msg('apply.error.noCommit'));
  if (gitQuery(top, ['rev-parse', '--verify', '-q', `refs/heads/${branch}`]) !== undefined) return { kind: 'skipped', reason: msg('apply.skip.branchExists', { branch }) };
  const changed = gitStep(top, ['status', '--porcelain', '-z', '--untracked-files=no', '--ignore-submodules=none']) !== '';
  if (changed || untrackedFiles(top).length > 0) return { kind: 'skipped', reason: msg('apply.skip.dirty') };
  return {
    kind: 'ready',
    repository: {
      top,
      current,
      originUrl: optional(top, ['remote', 'get-url', 'origin']),
      localIdentity: {
        'user.name': optional(top, ['config', '--local', '--get', 'user.name']),
        'user.email': optional(top, ['config', '--local', '--get', 'user.email']),
      },
    },
  };
}
