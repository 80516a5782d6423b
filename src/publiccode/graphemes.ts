const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Length in user-perceived characters (extended grapheme clusters), as the parser counts with uniseg. */
export function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}
