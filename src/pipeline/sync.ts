import type { PlannedFile } from '../areas/types.js';
import type { PreviousRun } from './previous-run.js';

type SyncAction =
  /** New file. */
  | 'create'
  /** Already what the answers give: nothing to do. */
  | 'identical'
  /** Changed by the team: written only with --force. */
  | 'force'
  /** Changed by the team: the conflict prompt asks (interactive mode). */
  | 'ask'
  /** Changed by the team: kept byte for byte (--yes without --force). */
  | 'keep'
  /** Written by an earlier run, untouched since, no longer part of the output: deleted (--force). */
  | 'remove'
  /** The same, in interactive mode: deleted if the user agrees. */
  | 'ask-remove'
  /** The same, in --yes mode without --force: left in place and reported. */
  | 'keep-obsolete';

export interface SyncStep {
  path: string;
  action: SyncAction;
  file?: PlannedFile;
  before: string | undefined;
}

export interface SyncInput {
  /** Files of the areas this run owns: created when missing. */
  planned: PlannedFile[];
  /** Files of areas an earlier run wrote: only kept in step, never created. */
  dependent: PlannedFile[];
  /** What the earlier run wrote. */
  previous: PreviousRun;
  read(path: string): string | undefined;
  force: boolean;
  yes: boolean;
}

/**
 * Decides, file by file, what a run does: an existing file is never replaced or deleted without
 * consent (--force or a yes at the prompt); in --yes mode it is kept and reported.
 */
export function planSync(input: SyncInput): SyncStep[] {
  const steps: SyncStep[] = [];
  const seen = new Set<string>();
  const decide = (file: PlannedFile, owned: boolean) => {
    if (seen.has(file.path)) return;
    seen.add(file.path);
    const before = input.read(file.path);
    if (before === undefined) {
      // A licence text is needed by whichever file uses it (REUSE), whoever's area it is.
      if (owned || file.path.startsWith('LICENSES/')) steps.push({ path: file.path, action: 'create', file, before });
      return;
    }
    if (before === file.content) {
      steps.push({ path: file.path, action: 'identical', file, before });
      return;
    }
    // Another area's file is kept in step only if codegouv wrote it, and only where the new answers change it.
    if (!owned && !input.previous.written.has(file.path)) return;
    if (!owned && !input.previous.wrote(file.path, before) && input.previous.produces(file.path, file.content)) return;
    const action: SyncAction = input.force ? 'force' : input.yes ? 'keep' : 'ask';
    steps.push({ path: file.path, action, file, before });
  };
  for (const file of input.planned) decide(file, true);
  for (const file of input.dependent) decide(file, false);
  for (const path of input.previous.paths) {
    if (seen.has(path)) continue;
    const before = input.read(path);
    // Only a file still exactly as generated may go; one the team edited is never deleted.
    if (before !== undefined && input.previous.wrote(path, before)) {
      steps.push({ path, action: input.force ? 'remove' : input.yes ? 'keep-obsolete' : 'ask-remove', before });
    }
  }
  return steps;
}
