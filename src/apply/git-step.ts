import { type Message, msg } from '../i18n/message.js';
import { type GitOptions, type GitResult, gitSync } from '../repo/git.js';
import { printable } from '../support/terminal.js';

/** A step of `apply` that failed: the repository's line says why. */
export class StepFailure extends Error {
  constructor(readonly reason: Message) {
    super(reason.id);
  }
}

/** git's own words, on one line (a repository's names may hold anything). */
export function oneLine(text: string): string {
  return printable(text.trim().split('\n').map((line) => line.trim()).filter((line) => line !== '').join(' ; ').slice(0, 2000));
}

function stepFailure(result: Extract<GitResult, { ok: false }>, args: readonly string[]): StepFailure {
  if (result.failure === 'missing') return new StepFailure(msg('apply.error.gitMissing'));
  if (result.failure === 'not-repository') return new StepFailure(msg('apply.error.notRepository'));
  if (result.failure === 'unsafe') return new StepFailure(msg('apply.error.unsafe', { reason: oneLine(result.stderr) }));
  const step = args.find((arg) => !arg.startsWith('-') && !arg.includes('=')) ?? '';
  return new StepFailure(msg('apply.error.git', { step, detail: oneLine(result.stderr) }));
}

/** `git ARGS` in `cwd` through repo/git.ts, its output; a failure becomes the repository's error line. */
export function gitStep(cwd: string, args: readonly string[], options: GitOptions = {}): string {
  const result = gitSync(cwd, args, options);
  if (result.ok) return result.stdout;
  throw stepFailure(result, args);
}

/** The output of a query git may answer no to (a ref, HEAD as a branch, a setting): undefined for no; a git that cannot run is still an error. */
export function gitQuery(cwd: string, args: readonly string[]): string | undefined {
  const result = gitSync(cwd, args, { timeoutMs: 30_000 });
  if (result.ok) return result.stdout;
  if (result.failure === 'failed') return undefined;
  throw stepFailure(result, args);
}
