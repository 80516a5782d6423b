/**
 * Markdown inline syntax turned into the plain text a reader sees: images and HTML tags go,
 * links keep their text, emphasis and code marks go. A scan with bounded look-ahead (a `[`
 * without its `]` costs at most LOOK_AHEAD characters), so any line is cleaned in linear time.
 */
const LOOK_AHEAD = 4000;

/**
 * The next `char` at or after a position, for positions that never go back: each search
 * starts where the last one stopped, so a text full of `[` without `]` is scanned once.
 */
class NextIndex {
  private found = -2;
  constructor(private readonly text: string, private readonly char: string) {}
  from(position: number): number {
    if (this.found === -1 || this.found >= position) return this.found;
    this.found = this.text.indexOf(this.char, position);
    return this.found;
  }
}

/** Searches in one text, each within the look-ahead. */
class Closers {
  private readonly next: Record<string, NextIndex>;
  constructor(text: string) {
    this.next = { ']': new NextIndex(text, ']'), ')': new NextIndex(text, ')'), '>': new NextIndex(text, '>') };
  }
  find(close: ']' | ')' | '>', from: number): number {
    const index = this.next[close]!.from(from);
    return index !== -1 && index - from <= LOOK_AHEAD ? index : -1;
  }
}

/** `[text](url)` or `[text][ref]` at `start` (the `[`): the text and where the link ends, or undefined. */
function link(text: string, start: number, closers: Closers): { label: string; end: number } | undefined {
  const close = closers.find(']', start + 1);
  if (close === -1) return undefined;
  const label = text.slice(start + 1, close);
  if (text[close + 1] === '[') {
    const end = closers.find(']', close + 2);
    return end === -1 ? undefined : { label, end: end + 1 };
  }
  if (text[close + 1] !== '(') return undefined;
  const end = closers.find(')', close + 2);
  return end === -1 ? undefined : { label, end: end + 1 };
}

function withoutImages(text: string): string {
  const closers = new Closers(text);
  let out = '';
  let copied = 0;
  for (let index = text.indexOf('![', 0); index !== -1; index = text.indexOf('![', index + 1)) {
    if (index < copied) continue;
    const image = link(text, index + 1, closers);
    if (!image) continue;
    out += text.slice(copied, index);
    copied = image.end;
  }
  return out + text.slice(copied);
}

const isTagStart = (char: string | undefined) => char !== undefined && ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '/' || char === '!');

function withoutLinksAndTags(text: string): string {
  const closers = new Closers(text);
  const brackets = new NextIndex(text, '[');
  const angles = new NextIndex(text, '<');
  let out = '';
  let copied = 0;
  let index = 0;
  while (index < text.length) {
    const bracket = brackets.from(index);
    const angle = angles.from(index);
    const next = bracket === -1 ? angle : angle === -1 ? bracket : Math.min(bracket, angle);
    if (next === -1) break;
    index = next + 1;
    if (text[next] === '[') {
      const found = link(text, next, closers);
      if (!found) continue;
      out += text.slice(copied, next) + found.label;
      copied = index = found.end;
      continue;
    }
    if (!isTagStart(text[next + 1])) continue;
    const end = closers.find('>', next + 1);
    if (end === -1) continue;
    const inner = text.slice(next + 1, end);
    // An autolink <https://…> keeps its address; a tag goes.
    out += text.slice(copied, next) + (inner.includes('://') && !inner.includes(' ') ? inner : '');
    copied = index = end + 1;
  }
  return out + text.slice(copied);
}

const isWordChar = (char: string | undefined) =>
  char !== undefined && ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9') || (char > '\u007f' && /[\p{L}\p{N}]/u.test(char)));

/** Emphasis and code marks: `*`, backticks, and `_` at a word's edge (snake_case keeps its `_`). */
function withoutMarks(text: string): string {
  let out = '';
  let copied = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char !== '*' && char !== '`' && char !== '_') continue;
    if (char === '_' && isWordChar(text[index - 1]) && isWordChar(text[index + 1])) continue;
    out += text.slice(copied, index);
    copied = index + 1;
  }
  return out + text.slice(copied);
}

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The plain text of a Markdown line or paragraph, on one line with single spaces. */
export function plainText(markdown: string): string {
  let text = withoutMarks(withoutLinksAndTags(withoutImages(markdown)));
  for (const [entity, char] of Object.entries(ENTITIES)) text = text.split(entity).join(char);
  return text.replace(/\s+/g, ' ').trim();
}
