import type { Lang } from '../policy/enums.js';

import type { SyncStep } from './sync.js';

export type FileOutcome = 'created' | 'identical' | 'updated' | 'overwritten' | 'kept' | 'removed';

/** What became of a file, read back from the disk after Yeoman's commit and conflict prompts. */
export function outcomeOf(step: SyncStep, now: string | undefined): FileOutcome {
  switch (step.action) {
    case 'create':
      return now === undefined ? 'kept' : 'created';
    case 'identical':
      return 'identical';
    case 'update':
      return 'updated';
    case 'remove':
      return now === undefined ? 'removed' : 'kept';
    case 'keep':
      return 'kept';
    default:
      return now === step.file?.content ? 'overwritten' : 'kept';
  }
}

export interface RunSummary {
  files: { path: string; outcome: FileOutcome }[];
  todo: string[];
}

const TITLES = {
  fr: {
    created: 'Créés', identical: 'Inchangés', updated: 'Mis à jour (générés et non modifiés depuis)', overwritten: 'Remplacés',
    kept: 'Conservés (existants, non modifiés ; --force pour les remplacer)', removed: 'Supprimés (générés, non modifiés, plus utilisés)', todo: 'Reste à faire',
  },
  en: {
    created: 'Created', identical: 'Unchanged', updated: 'Updated (generated and untouched since)', overwritten: 'Overwritten',
    kept: 'Kept (existing, not modified; --force to replace them)', removed: 'Removed (generated, untouched, no longer used)', todo: 'Still to do',
  },
};

export function formatSummary(summary: RunSummary, lang: Lang): string {
  const titles = TITLES[lang];
  const lines: string[] = [];
  for (const outcome of ['created', 'updated', 'overwritten', 'removed', 'identical', 'kept'] as const) {
    const paths = summary.files.filter((file) => file.outcome === outcome).map((file) => file.path);
    if (paths.length > 0) lines.push(`${titles[outcome]} (${paths.length}) :`.replace(' :', lang === 'fr' ? ' :' : ':'), ...paths.map((path) => `  ${path}`));
  }
  if (summary.todo.length > 0) lines.push(`${titles.todo} :`.replace(' :', lang === 'fr' ? ' :' : ':'), ...summary.todo.map((item) => `  - ${item}`));
  return lines.join('\n');
}
