import { styleText } from 'node:util';
import { structuredPatch } from 'diff';
import type { Lang } from '../i18n/lang.js';
import { translator } from '../i18n/render.js';
import { printable } from '../support/terminal.js';

/** Lines of unchanged text shown around each change. */
const CONTEXT = 3;
/** A diff of two very different large files takes long (Myers' algorithm): it gives up instead. */
const MAX_EDIT_LENGTH = 5_000;

/**
 * The differences between the file on disk and the proposed one, for the conflict question:
 * a legend in the interface language, then each changed place (its lines in the current file),
 * `-` for a current line that would go, `+` for a proposed line, two spaces for context.
 * Text read from the folder is made printable (support/terminal.ts).
 */
export function renderDiff(path: string, current: string, proposed: string, options: { lang: Lang; colour: boolean; mode?: { executable: boolean } }): string {
  const t = translator(options.lang);
  const paint = (colour: 'red' | 'green' | 'dim', text: string) => (options.colour ? styleText(colour, text) : text);
  const lines = [t('terminal.diff.legend', { path: printable(path) })];
  if (options.mode) lines.push(paint('dim', t('terminal.diff.mode', options.mode)));
  const patch = structuredPatch(path, path, current, proposed, undefined, undefined, { context: CONTEXT, maxEditLength: MAX_EDIT_LENGTH });
  if (!patch) {
    lines.push(t('terminal.diff.tooLarge'));
    return lines.join('\n');
  }
  for (const hunk of patch.hunks) {
    const last = hunk.oldStart + Math.max(hunk.oldLines, 1) - 1;
    lines.push('', paint('dim', `— ${t('terminal.diff.lines', { from: Math.max(hunk.oldStart, 1), to: Math.max(last, 1) })} —`));
    for (const line of hunk.lines) {
      // `\ No newline at end of file`: a marker, in English, of no use here.
      if (line.startsWith('\\')) continue;
      const text = printable(line.slice(1));
      if (line.startsWith('-')) lines.push(paint('red', `- ${text}`));
      else if (line.startsWith('+')) lines.push(paint('green', `+ ${text}`));
      else lines.push(`  ${text}`);
    }
  }
  return lines.join('\n');
}
