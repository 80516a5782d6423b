import ejs from 'ejs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatePath } from '../paths.js';

/**
 * Escapes only what would change how Markdown renders inline text; apostrophes, quotes, accents
 * and `&` come out exactly as typed.
 */
export function md(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** Renders `templates/<relativePath>` with EJS (`<%-` only: no HTML entities). */
export function renderTemplate(relativePath: string, data: Record<string, unknown>): string {
  const path = templatePath(relativePath);
  const source = readFileSync(path, 'utf8');
  const output = ejs.render(source, { md, ...data }, { filename: path, async: false });
  return tidyMarkdown(output);
}

/** At most one blank line in a row and exactly one final newline, whatever the template logic left. */
function tidyMarkdown(text: string): string {
  return `${text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
