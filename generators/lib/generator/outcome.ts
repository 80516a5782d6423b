import type { Lang } from '../policy/enums.js';

export type FileOutcome = 'created' | 'identical' | 'overwritten' | 'kept';

export interface RunSummary {
  files: { path: string; outcome: FileOutcome }[];
  todo: string[];
}

const TITLES = {
  fr: { created: 'Créés', identical: 'Inchangés', overwritten: 'Remplacés', kept: 'Conservés (existants, non modifiés ; --force pour les remplacer)', todo: 'Reste à faire' },
  en: { created: 'Created', identical: 'Unchanged', overwritten: 'Overwritten', kept: 'Kept (existing, not modified; --force to replace them)', todo: 'Still to do' },
};

export function formatSummary(summary: RunSummary, lang: Lang): string {
  const titles = TITLES[lang];
  const lines: string[] = [];
  for (const outcome of ['created', 'overwritten', 'identical', 'kept'] as const) {
    const paths = summary.files.filter((file) => file.outcome === outcome).map((file) => file.path);
    if (paths.length > 0) lines.push(`${titles[outcome]} (${paths.length}) :`.replace(' :', lang === 'fr' ? ' :' : ':'), ...paths.map((path) => `  ${path}`));
  }
  if (summary.todo.length > 0) lines.push(`${titles.todo} :`.replace(' :', lang === 'fr' ? ' :' : ':'), ...summary.todo.map((item) => `  - ${item}`));
  return lines.join('\n');
}
