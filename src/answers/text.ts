let segmenter: Intl.Segmenter | undefined;

/** Length as a reader sees it: Unicode grapheme clusters, as the publiccode.yml parser counts. */
export function graphemeLength(text: string): number {
  let count = 0;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/;

export function hasControlCharacters(text: string, allowNewlines: boolean): boolean {
  return CONTROL_CHARACTERS.test(text) || (!allowNewlines && /[\n\r]/.test(text));
}
