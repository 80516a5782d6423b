import type { Lang } from '../i18n/lang.js';
import { translator } from '../i18n/render.js';

/** What became of a file as it is written: one line each, as the run goes (the summary follows). */
export type FileStatus = 'created' | 'kept' | 'replaced' | 'identical' | 'removed';

const STATUSES: readonly FileStatus[] = ['created', 'kept', 'replaced', 'identical', 'removed'];

/** `   créé LICENSE`: the status right-aligned on the language's longest one, then the path. */
export function fileLogLine(status: FileStatus, path: string, lang: Lang): string {
  const t = translator(lang);
  const width = Math.max(...STATUSES.map((each) => t(`terminal.file.${each}`).length));
  return `${t(`terminal.file.${status}`).padStart(width)} ${path}`;
}
