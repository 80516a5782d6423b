/**
 * Text for a terminal, where file names, commit subjects and publiccode.yml values from a
 * repository end up: escape sequences (ESC, CSI…) could recolour, retitle or rewrite the screen,
 * and bidirectional controls could reorder what is read. Each such character is shown as a
 * visible `\u{…}` instead; line feeds and tabs are kept.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
}
