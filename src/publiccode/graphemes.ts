// Made on first use: creating it loads ICU's break rules, a cost every start-up would pay.
let made: Intl.Segmenter | undefined;
const segmenter = () => (made ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/**
 * V8's segmenter costs time proportional to the string's length for each segment it yields, so
 * one pass over a 1 MB description takes minutes. The text is segmented in windows of this many
 * code units instead: linear in the text.
 */
const WINDOW = 256;

/**
 * Printable ASCII, Latin-1 to Latin Extended-B and spacing modifiers, CJK unified ideographs:
 * Grapheme_Cluster_Break=Other, neither pictographic nor Indic (UAX #29), so each is a cluster of
 * its own unless a neighbour joins it. Left out: U+00AD (Control), © and ® (pictographic).
 */
const SIMPLE = '[ -~\\u00a0-\\u00a8\\u00aa-\\u00ac\\u00af-\\u02ff\\u4e00-\\u9fff]';
const SIMPLE_RUN = new RegExp(`${SIMPLE}{3,}`, 'gu');
/** A text made only of those characters: one cluster each, no segmenter needed (most answers). */
const ONLY_SIMPLE = new RegExp(`^${SIMPLE}*$`, 'u');

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Length in user-perceived characters (extended grapheme clusters), as the parser counts with uniseg.
 *
 * Whether a cluster boundary falls before a character depends only on that character and on
 * those since the previous boundary (UAX #29: every rule is `X × Y` or `X ÷ Y` with one character
 * on the right). So the boundaries found in a window starting on a boundary are right, except
 * the window's end: its last segment is left for the next window, which starts there.
 */
export function countGraphemes(text: string): number {
  if (ONLY_SIMPLE.test(text)) return text.length;
  // Between two of these characters there is always a boundary: the inside of a run of them is
  // counted directly, only its ends (which may join their neighbours) are segmented.
  let count = 0;
  text = text.replace(SIMPLE_RUN, (run) => {
    count += run.length - 2;
    return `${run[0]}${run[run.length - 1]}`;
  });
  let start = 0;
  let width = WINDOW;
  while (start < text.length) {
    let end = start + width;
    if (end >= text.length) {
      for (const _ of segmenter().segment(text.slice(start))) count += 1;
      return count;
    }
    if (isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
    let segments = 0;
    let lastStart = 0;
    for (const { index } of segmenter().segment(text.slice(start, end))) [segments, lastStart] = [segments + 1, index];
    if (segments > 1) {
      [count, start, width] = [count + segments - 1, start + lastStart, WINDOW];
    } else {
      // One cluster fills the window: widen it until the cluster ends (cheap, a single segment).
      width *= 2;
    }
  }
  return count;
}
