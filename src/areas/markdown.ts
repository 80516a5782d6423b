import ejs from 'ejs';
import { readFileSync } from 'node:fs';
import { templatePath } from '../support/paths.js';
import { UsageError } from '../support/errors.js';

/**
 * Escapes only what would change how Markdown renders inline text; apostrophes, quotes, accents
 * and `&` come out exactly as typed.
 */
export function md(text: string): string {
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

/** Spaces and tabs counted from the end: `/[ \t]+$/gm` backtracks quadratically on a long run of them. */
function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  while (line[end - 1] === ' ' || line[end - 1] === '\t') end -= 1;
  return line.slice(0, end);
}

/** At most one blank line in a row and exactly one final newline, whatever the template logic left. */
function tidyMarkdown(text: string): string {
  return `${text.split(/([\n\r\u2028\u2029])/).map(withoutTrailingBlanks).join('').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
