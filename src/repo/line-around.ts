/**
 * The line of `text` that holds position `at`, as [start, end): back to the character after the
 * previous line break, but never before `from` (where the caller's last line ended), and on to the
 * next line break. A caller that looks for a marker, takes its line and goes on from that line's
 * end reads each character at most twice: linear overall.
 */
export function lineAround(text: string, at: number, from: number, isBreak: (code: number) => boolean): [number, number] {
  let start = at;
  while (start > from && !isBreak(text.charCodeAt(start - 1))) start -= 1;
  let end = at;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end += 1;
  return [start, end];
}
