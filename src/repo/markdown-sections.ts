/**
 * A Markdown document cut at its headings (ATX and setext; none inside fenced code or an HTML
 * comment), each part's text kept apart from the blank lines that end it: line by line, linear.
 */

/** One part of a Markdown document: the text before the first heading, or a heading and what follows it. */
export interface Section {
  /** The heading's level and text, numbered when repeated; `<spdx>` for the REUSE header, `<top>` before the first heading. */
  key: string;
  /** The heading as a reader sees it, for messages. */
  heading: string;
  /** 1 to 6; 0 for the parts before the first heading. */
  level: number;
  /** The text, line ends as `\n`, without the blank lines that end it. */
  core: string;
  /** The whitespace that ends it, as the file has it. */
  tail: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/u;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/u;
/** A line that cannot be a setext heading's text: blank, a list item, a quote, a table row, a heading. */
const NOT_SETEXT_TEXT = /^\s*$|^ {0,3}(?:[-*+>|#]|\d+[.)])/u;

/** Leading and trailing `#` and blanks of an ATX heading, without a regular expression over the line. */
function atxText(line: string, level: number): string {
  let text = line.trim().slice(level).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t') text = text.slice(0, end);
  return text.trim();
}

/** The lines of a text, each with its own line end. */
function linesOf(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  while (from < text.length) {
    const end = text.indexOf('\n', from);
    const next = end < 0 ? text.length : end + 1;
    lines.push(text.slice(from, next));
    from = next;
  }
  return lines;
}

const bare = (line: string) => line.replace(/\r?\n$/u, '');

/**
 * Read line by line, whether a line of Markdown is code or a comment rather than text: inside a
 * fenced code block (a `#` there is a shell comment) or an HTML comment (not shown), or the line
 * that opens or closes one. A fence closes only on as many of the same character.
 */
export function markdownSkipper(): (line: string) => boolean {
  let fence: string | undefined;
  let comment = false;
  return (line) => {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      return true;
    }
    if (marker !== undefined) {
      fence = marker;
      return true;
    }
    if (comment) {
      if (line.includes('-->')) comment = false;
      return true;
    }
    if (line.includes('<!--')) {
      comment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
      return true;
    }
    return false;
  };
}

/** Where each section starts (line index) and its heading: fenced code and HTML comments are not headings. */
function headingsOf(lines: readonly string[]): { at: number; level: number; heading: string }[] {
  const found: { at: number; level: number; heading: string }[] = [];
  const hidden = markdownSkipper();
  for (let index = 0; index < lines.length; index += 1) {
    const line = bare(lines[index]!);
    if (hidden(line)) continue;
    const atx = ATX.exec(line);
    if (atx) {
      found.push({ at: index, level: atx[1]!.length, heading: atxText(line, atx[1]!.length) });
      continue;
    }
    const next = lines[index + 1] === undefined ? '' : bare(lines[index + 1]!);
    const before = index > 0 ? bare(lines[index - 1]!) : '';
    if (SETEXT.test(next) && !NOT_SETEXT_TEXT.test(line) && before.trim() === '' && next.trim() !== '') {
      found.push({ at: index, level: next.trim()[0] === '=' ? 1 : 2, heading: line.trim() });
      index += 1;
    }
  }
  return found;
}

/** The end of a REUSE header opening the document (`<!-- … SPDX-… -->`), as a line index, or 0. */
function spdxHeaderEnd(lines: readonly string[]): number {
  if (!lines[0]?.trimStart().startsWith('<!--')) return 0;
  for (let index = 0; index < Math.min(lines.length, 40); index += 1) {
    if (lines[index]!.includes('-->')) return lines.slice(0, index + 1).some((line) => line.includes('SPDX-')) ? index + 1 : 0;
  }
  return 0;
}

function section(key: string, heading: string, level: number, text: string): Section {
  const normal = text.split('\r\n').join('\n');
  const core = normal.trimEnd();
  return { key, heading, level, core, tail: text.slice(text.trimEnd().length) };
}

/** A Markdown document as its sections, in order; joined back (`core` in the file's line ends + `tail`) they are the document. */
export function sectionsOf(text: string): Section[] {
  const lines = linesOf(text);
  const spdx = spdxHeaderEnd(lines);
  const starts = headingsOf(lines).filter(({ at }) => at >= spdx);
  const sections: Section[] = [];
  if (spdx > 0) sections.push(section('<spdx>', '', 0, lines.slice(0, spdx).join('')));
  sections.push(section('<top>', '', 0, lines.slice(spdx, starts[0]?.at ?? lines.length).join('')));
  const seen = new Map<string, number>();
  starts.forEach(({ at, level, heading }, index) => {
    const name = `${level} ${heading}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    sections.push(section(count === 1 ? name : `${name} (${count})`, heading, level, lines.slice(at, starts[index + 1]?.at ?? lines.length).join('')));
  });
  return sections;
}
