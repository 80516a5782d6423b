import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import type { Lang } from '../policy/enums.js';
import type { SyncStep } from './sync.js';

/** In the order the summary lists them. */
export const FILE_OUTCOMES = ['created', 'completed', 'overwritten', 'removed', 'identical', 'kept', 'obsolete'] as const;
export type FileOutcome = (typeof FILE_OUTCOMES)[number];

/** What became of a file, read back from the disk after Yeoman's commit and conflict prompts. */
export function outcomeOf(step: SyncStep, now: string | undefined): FileOutcome {
  switch (step.action) {
    case 'create':
      return now === undefined ? 'kept' : 'created';
    case 'identical':
      return 'identical';
    case 'remove':
    case 'ask-remove':
      return now === undefined ? 'removed' : 'obsolete';
    case 'keep-obsolete':
      return 'obsolete';
    case 'keep':
      return 'kept';
    default:
      return now !== step.file?.content ? 'kept' : step.file?.completes ? 'completed' : 'overwritten';
  }
}

export interface RunSummary {
  files: { path: string; outcome: FileOutcome }[];
  /** The planners' todo, said in the interface language. */
  todo: Message[];
  /** The run's own todo (answers not stored), said in the interface language. */
  deferred: Message[];
  /** Rules `codegouv check` still finds broken, with their fix. */
  notCompliant?: Message[];
}

export function formatSummary(summary: RunSummary, lang: Lang): string {
  const lines: string[] = [];
  for (const outcome of FILE_OUTCOMES) {
    const paths = summary.files.filter((file) => file.outcome === outcome).map((file) => file.path);
    if (paths.length > 0) lines.push(render(msg(`run.files.${outcome}`, { count: paths.length }), lang), ...paths.map((path) => `  ${path}`));
  }
  if (summary.notCompliant) {
    if (summary.notCompliant.length === 0) lines.push(render(msg('run.compliant'), lang));
    else lines.push(render(msg('run.notCompliant'), lang), ...summary.notCompliant.map((item) => `  - ${render(item, lang)}`));
  }
  const todo = [...summary.todo.map((item) => render(item, lang)), ...summary.deferred.map((item) => render(item, lang))];
  if (todo.length > 0) lines.push(render(msg('run.todo'), lang), ...todo.map((item) => `  - ${item}`));
  return lines.join('\n');
}
