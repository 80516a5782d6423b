import type { Lang } from '../policy/enums.js';

import type { SyncStep } from './sync.js';

export type FileOutcome = 'created' | 'identical' | 'overwritten' | 'kept' | 'removed' | 'obsolete';

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
      return now === step.file?.content ? 'overwritten' : 'kept';
  }
}

export interface RunSummary {
  files: { path: string; outcome: FileOutcome }[];
  todo: string[];
  /** Rules `codegouv check` still finds broken, with their fix. */
  notCompliant?: string[];
}

const TITLES = {
  fr: {
    created: 'Créés', identical: 'Inchangés', overwritten: 'Remplacés',
    kept: 'Conservés (existants, non modifiés ; --force pour les remplacer)', removed: 'Supprimés (générés, non modifiés, plus utilisés)',
    obsolete: 'Plus utilisés, laissés en place (supprimez-les, ou relancez avec --force)', todo: 'Reste à faire',
    notCompliant: 'Encore non conforme (codegouv check)', compliant: 'Conforme : codegouv check ne trouve plus aucune exigence obligatoire ou recommandée non respectée.',
  },
  en: {
    created: 'Created', identical: 'Unchanged', overwritten: 'Overwritten',
    kept: 'Kept (existing, not modified; --force to replace them)', removed: 'Removed (generated, untouched, no longer used)',
    obsolete: 'No longer used, left in place (delete them, or run again with --force)', todo: 'Still to do',
    notCompliant: 'Still not compliant (codegouv check)', compliant: 'Compliant: codegouv check finds no required or recommended rule broken.',
  },
};

export function formatSummary(summary: RunSummary, lang: Lang): string {
  const titles = TITLES[lang];
  const lines: string[] = [];
  for (const outcome of ['created', 'overwritten', 'removed', 'identical', 'kept', 'obsolete'] as const) {
    const paths = summary.files.filter((file) => file.outcome === outcome).map((file) => file.path);
    if (paths.length > 0) lines.push(`${titles[outcome]} (${paths.length}) :`.replace(' :', lang === 'fr' ? ' :' : ':'), ...paths.map((path) => `  ${path}`));
  }
  if (summary.notCompliant) {
    if (summary.notCompliant.length === 0) lines.push(titles.compliant);
    else lines.push(`${titles.notCompliant}${lang === 'fr' ? ' :' : ':'}`, ...summary.notCompliant.map((item) => `  - ${item}`));
  }
  if (summary.todo.length > 0) lines.push(`${titles.todo} :`.replace(' :', lang === 'fr' ? ' :' : ':'), ...summary.todo.map((item) => `  - ${item}`));
  return lines.join('\n');
}
