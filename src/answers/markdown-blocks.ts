/**
 * A README read as a reader skims it: headings, paragraphs, lists, and what carries no prose
 * (code, tables, HTML blocks, comments). One pass over the lines, no regular expression on a
 * whole line that could backtrack: the text is the repository's, hence hostile.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'code' }
  | { kind: 'table' };

/** Enough for any README's opening; the rest of a long README is not scanned. */
const MAX_LINES = 3000;
/** Longer than publiccode.yml's longest text: a longer paragraph or item is cut here, so that cleaning it stays cheap. */
const MAX_BLOCK_CHARS = 12_000;
const capped = (text: string) => (text.length > MAX_BLOCK_CHARS ? text.slice(0, MAX_BLOCK_CHARS) : text);

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The text after a list marker (`- `, `* `, `+ `, `1. `, `1) `), or undefined. */
function listItem(trimmed: string): string | undefined {
  const first = trimmed[0];
  if ((first === '-' || first === '*' || first === '+') && (trimmed[1] === ' ' || trimmed[1] === '\t')) return trimmed.slice(2).trim();
  let digits = 0;
  while (digits < trimmed.length && digits < 4 && trimmed[digits]! >= '0' && trimmed[digits]! <= '9') digits++;
  if (digits === 0 || digits > 3) return undefined;
  const mark = trimmed[digits];
  return (mark === '.' || mark === ')') && trimmed[digits + 1] === ' ' ? trimmed.slice(digits + 2).trim() : undefined;
}

/** `#`…`######` then a space: the heading's level and text (closing `#`s removed). */
function atxHeading(trimmed: string): { level: number; text: string } | undefined {
  let level = 0;
  while (level < trimmed.length && trimmed[level] === '#') level++;
  if (level === 0 || level > 6 || (level < trimmed.length && trimmed[level] !== ' ' && trimmed[level] !== '\t')) return undefined;
  let end = trimmed.length;
  while (end > level && trimmed[end - 1] === '#') end--;
  return { level, text: trimmed.slice(level, end).trim() };
}

const only = (text: string, char: string) => text.length > 0 && [...text].every((c) => c === char);

/** `<h1>`…`<h6>` inside an HTML line: the level, or undefined. */
function htmlHeadingLevel(line: string): number | undefined {
  const lower = line.toLowerCase();
  for (let level = 1; level <= 6; level++) if (lower.includes(`<h${level}`)) return level;
  return undefined;
}

const startsHtml = (trimmed: string) => trimmed[0] === '<' && /^<[A-Za-z/!]/.test(trimmed);

export function markdownBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { items: string[]; indent: number; blank: boolean } | undefined;
  let fence: string | undefined;
  let comment = false;
  let admonition = false;
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: capped(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ kind: 'list', items: list.items.map(capped) });
    list = undefined;
  };
  const flush = () => {
    flushParagraph();
    flushList();
  };
  const lines = source.split('\n', MAX_LINES);
  for (const raw of lines) {
    const line = capped(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
    const trimmed = line.trim();
    if (fence !== undefined) {
      if (trimmed.startsWith(fence)) fence = undefined;
      continue;
    }
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    const marker = trimmed.slice(0, 3);
    // A fence's info string has no backtick: "```tool.py``` is…" is a paragraph.
    if ((marker === '```' && !trimmed.slice(3).includes('`')) || marker === '~~~') {
      flush();
      blocks.push({ kind: 'code' });
      fence = marker;
      continue;
    }
    if (trimmed.startsWith('<!--')) {
      flush();
      comment = !trimmed.includes('-->', 4);
      continue;
    }
    if (trimmed[0] !== '>') admonition = false;
    if (trimmed === '') {
      flushParagraph();
      if (list) list.blank = true;
      continue;
    }
    const heading = atxHeading(trimmed);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', ...heading });
      continue;
    }
    if (paragraph.length > 0 && !list && (only(trimmed, '=') || only(trimmed, '-'))) {
      blocks.push({ kind: 'heading', level: trimmed[0] === '=' ? 1 : 2, text: capped(paragraph.join(' ')) });
      paragraph = [];
      continue;
    }
    if (only(trimmed.replace(/ /g, ''), '-') || only(trimmed.replace(/ /g, ''), '*') || only(trimmed.replace(/ /g, ''), '_')) {
      flush();
      continue;
    }
    if (startsHtml(trimmed)) {
      flush();
      const level = htmlHeadingLevel(trimmed);
      if (level !== undefined) blocks.push({ kind: 'heading', level, text: trimmed });
      continue;
    }
    if (trimmed[0] === '|') {
      flush();
      if (blocks.at(-1)?.kind !== 'table') blocks.push({ kind: 'table' });
      continue;
    }
    const item = listItem(trimmed);
    const indent = indentOf(line);
    if (item !== undefined) {
      flushParagraph();
      if (list && indent > list.indent + 1) continue; // a nested item: detail of the one above
      if (!list) list = { items: [], indent, blank: false };
      list.items.push(item);
      list.blank = false;
      continue;
    }
    if (list && indent > list.indent && !list.blank) {
      list.items[list.items.length - 1] += ` ${trimmed}`;
      continue;
    }
    if (list && indent > list.indent) continue;
    flushList();
    if (trimmed[0] === '>') {
      const quoted = trimmed.slice(1).trim();
      // GitHub's `> [!NOTE]` and `> [!WARNING]` blocks speak about the README, not the project.
      if (quoted.startsWith('[!')) admonition = true;
      if (admonition) continue;
      if (quoted === '') flushParagraph();
      else paragraph.push(quoted);
      continue;
    }
    paragraph.push(trimmed);
  }
  flush();
  return blocks;
}
