/**
 * What would let an answer break the file it is written into, and must be removed:
 * - control characters (C0, DEL, C1), but line feeds, tabs and CRLF in a multi-line answer;
 * - Unicode line separators (U+0085, U+2028, U+2029): YAML 1.1 readers and some editors break
 *   lines there, so a value could start a new key or a new CI job;
 * - bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069): the text would read
 *   otherwise than it is (Trojan Source, CVE-2021-42574);
 * - in a single-line answer, what opens or closes a comment in a syntax we write values into
 *   (`<!-- -->` in Markdown SPDX headers, `/* *\/` in C-style headers).
 * Multi-line answers (longDescription) go only into YAML block scalars, escaped Markdown and JSON.
 */
export type UnsafeText =
  | { kind: 'control' | 'lineBreak' | 'lineSeparator' | 'bidi'; code: string }
  | { kind: 'comment'; sequence: string };

const COMMENT_SEQUENCES = ['<!--', '-->', '/*', '*/'];

const codeOf = (point: number) => `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;

function unsafeCharacter(point: number, next: number | undefined, multiline: boolean): UnsafeText['kind'] | undefined {
  if (point === 0x0a) return multiline ? undefined : 'lineBreak';
  if (point === 0x0d) return multiline && next === 0x0a ? undefined : 'lineBreak';
  if (point === 0x09) return multiline ? undefined : 'control';
  if (point === 0x85 || point === 0x2028 || point === 0x2029) return 'lineSeparator';
  if (point < 0x20 || (point >= 0x7f && point <= 0x9f)) return 'control';
  if (point === 0x061c || point === 0x200e || point === 0x200f || (point >= 0x202a && point <= 0x202e) || (point >= 0x2066 && point <= 0x2069)) return 'bidi';
  return undefined;
}

/** The first thing in `text` that could break what it is written into, or undefined. */
export function unsafeIn(text: string, multiline: boolean): UnsafeText | undefined {
  for (let index = 0; index < text.length; index++) {
    const point = text.charCodeAt(index);
    const kind = unsafeCharacter(point, text.charCodeAt(index + 1), multiline);
    if (kind) return { kind, code: codeOf(point) } as UnsafeText;
  }
  if (multiline) return undefined;
  const sequence = COMMENT_SEQUENCES.find((candidate) => text.includes(candidate));
  return sequence ? { kind: 'comment', sequence } : undefined;
}
