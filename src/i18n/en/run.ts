import type { run as fr } from '../fr/run.js';

export const run = {
  'run.noTerminal': 'No terminal to ask the questions: run again with --yes and the answers as flags or in an --answers file.',
  'run.badLang': ({ value }: { value: string }) => `--lang: unknown "${value}"; possible values: fr, en`,
  'run.hookSet': 'Sign-off hook enabled: git config core.hooksPath .githooks',
  'run.hookNotGit': 'The folder is not a git repository: enable the hook later with "git config core.hooksPath .githooks".',
  'run.hookSkipped': '--skip-git: git configuration left unchanged; enable the hook with "git config core.hooksPath .githooks".',
  // The French spacing is what earlier versions printed in English too.
  'run.notice': ({ notice }: { notice: string }) => `Note : ${notice}`,
  'run.confirmRemoval': ({ path }: { path: string }) => `${path} was generated, is untouched since and no longer used. Delete it?`,
  'run.dryRun': '--dry-run: nothing was written; the differences are shown above.',
  'run.deferred': ({ keys }: { keys: readonly string[] }) => `Changed answers not stored, because existing files were kept: ${keys.join(', ')}. Run again with --force to apply them.`,
  'run.files.created': ({ count }: { count: number }) => `Created (${count}):`,
  'run.files.identical': ({ count }: { count: number }) => `Unchanged (${count}):`,
  'run.files.overwritten': ({ count }: { count: number }) => `Overwritten (${count}):`,
  'run.files.completed': ({ count }: { count: number }) => `Completed (the team's files, sections added, nothing else changed) (${count}):`,
  'run.files.kept': ({ count }: { count: number }) => `Kept (existing, not modified; --force to update them) (${count}):`,
  'run.files.removed': ({ count }: { count: number }) => `Removed (generated, untouched, no longer used) (${count}):`,
  'run.files.obsolete': ({ count }: { count: number }) => `No longer used, left in place (delete them, or run again with --force) (${count}):`,
  'run.todo': 'Still to do:',
  'run.notCompliant': 'Still not compliant (codegouv check):',
  'run.compliant': 'Compliant: codegouv check finds no required or recommended rule broken.',
  'run.remaining': ({ id, level, text, fix }: { id: string; level: 'MUST' | 'SHOULD'; text: string; fix: string }) =>
    `${id} [${({ MUST: 'required', SHOULD: 'recommended' })[level]}] ${text}${fix ? ` → fix: ${fix}` : ''}`,
} satisfies typeof fr;
