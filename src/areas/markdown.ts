import ejs from 'ejs';
import { readFileSync } from 'node:fs';
import { templatePath } from '../support/paths.js';
import { UsageError } from '../support/errors.js';

/**
 * Escapes only what would change how Markdown renders inline text; apostrophes, quotes, accents
 * and `&` come out exactly as typed.
 */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** A text that may hold Markdown (publiccode.yml longDescription): only raw HTML is neutralised. */
function mdBlock(text: string): string {
  return text.replace(/[<>]/g, '\\$&');
}

/** Renders `templates/<relativePath>` with EJS (`<%-` only: no HTML entities). */
export function renderTemplate(relativePath: string, data: Record<string, unknown>): string {
  const path = templatePath(relativePath);
  const source = readFileSync(path, 'utf8');
  let output: string;
  try {
    output = ejs.render(source, { md, mdBlock, ...data }, { filename: path, async: false });
  } catch (error) {
    // A preset's template override with a mistake: say which file, without a stack trace.
    throw new UsageError(`${path}: ${(error as Error).message}`);
  }
  return tidyMarkdown(output);
}

/** At most one blank line in a row and exactly one final newline, whatever the template logic left. */
function tidyMarkdown(text: string): string {
  return `${text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
