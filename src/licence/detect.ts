import { readFileSync } from 'node:fs';
import { AUTHORISED_LICENCES, DOCUMENTATION_LICENCES } from '../policy/licences.js';
import { builtPath } from '../support/paths.js';
import { lgplOnly, spdxLicenceText } from './text.js';

/**
 * Which licence a LICENSE-like text holds, among the authorised code licences and Licence
 * Ouverte 2.0, in the spirit of licensee (github/licensee): an exact match of the normalised
 * texts, or else the best Dice coefficient, accepted from 0.95.
 *
 * The coefficient is computed on word pairs rather than on licensee's single words: single
 * words cannot tell BSD-4-Clause from BSD-3-Clause (0.95) or CeCILL 2.0 from 2.1 (0.97).
 */
export interface DetectedLicence {
  id: string;
  /** 1 for an exact match of the normalised texts, else the Dice coefficient (0–1). */
  similarity: number;
}

export const DETECTION_THRESHOLD = 0.95;

const DETECTABLE_LICENCES: readonly string[] = [...AUTHORISED_LICENCES.map((licence) => licence.id), ...DOCUMENTATION_LICENCES];

/**
 * Licences that are not authorised but read almost like an authorised one. They are compared
 * too, so that their text is named for what it is instead of passing for its neighbour.
 */
const LOOKALIKES: readonly string[] = [
  'CECILL-2.0', 'CECILL-1.1', 'EUPL-1.1', 'EPL-1.0', 'MPL-1.1', 'BSD-4-Clause', 'BSD-3-Clause-Clear', 'Apache-1.1',
  'GPL-2.0-only', 'LGPL-2.1-only', 'ISC', '0BSD', 'MIT-0', 'X11', 'Unlicense', 'WTFPL', 'CC0-1.0', 'CC-BY-4.0', 'ODbL-1.0',
];

interface Reference {
  id: string;
  /** The length of its SPDX text, which the sizes the build wrote are checked against. */
  readonly length: number;
  /** Its first lines normalised: a text that does not start with them is not this reference. */
  readonly start: string;
  readonly normalised: string;
  /** Its word pairs, computed when a text is not an exact match of any reference. */
  readonly pairs: ReadonlySet<number>;
}

/**
 * Lines that carry no licence terms: copyright notices (a year or a placeholder after
 * "Copyright", so that a re-wrapped line starting with "copyright license to…" stays), SPDX
 * tags, "All rights reserved", lone placeholders.
 */
function isNoticeLine(line: string): boolean {
  // What `/^[\s#*/;>!-]*(?:(?:copyright\b|\(c\)|©).*(?:\d{4}|<[^>]*>|\[[^\]]*\])|spdx-[a-z]+:|all
  // rights reserved|<[^>]*>\s*$|\[[^\]]*\]\s*$)/iu` tests, in linear time (its `.*` before a
  // bracket scan backtracks quadratically on a long line). No alternative starts with a
  // character of the leading class, so the notice starts where that class's run ends.
  const rest = line.slice(LEADING.exec(line)?.[0].length ?? 0);
  const holder = NOTICE_WORD.exec(rest);
  if (holder) return holdsYearOrPlaceholder(rest.slice(holder[0].length));
  return SPDX_OR_RESERVED.test(rest) || isLonePlaceholder(rest, '<', '>') || isLonePlaceholder(rest, '[', ']');
}

const LEADING = /^[\s#*/;>!-]*/u;
const NOTICE_WORD = /^(?:copyright\b|\(c\)|©)/iu;
const SPDX_OR_RESERVED = /^(?:spdx-[a-z]+:|all rights reserved)/iu;

/** A year or a placeholder starts on the notice's line (a placeholder may close further on). */
function holdsYearOrPlaceholder(text: string): boolean {
  const lineEnd = text.search(/[\n\r\u2028\u2029]/u);
  const line = lineEnd < 0 ? text : text.slice(0, lineEnd);
  if (/\d{4}/u.test(line)) return true;
  return [['<', '>'], ['[', ']']].some(([open = '', close = '']) => {
    const start = line.indexOf(open);
    return start >= 0 && text.includes(close, start + 1);
  });
}

/** The text is `open … close` then only white space, with no `close` in between. */
function isLonePlaceholder(text: string, open: string, close: string): boolean {
  if (!text.startsWith(open)) return false;
  const end = text.indexOf(close, 1);
  return end >= 0 && text.slice(end + 1).trim() === '';
}

/** GPL-family and Apache texts end their terms with this line; what follows is how-to-apply boilerplate. */
const END_OF_TERMS = /end\s+of\s+terms\s+and\s+conditions/iu;

/** Lower case words of the licence terms, without notices, markup or white space differences. */
function normaliseLicenceText(text: string): string {
  const terms = text.split(END_OF_TERMS)[0] ?? '';
  return terms
    .split(/\r\n?|\n/u)
    .filter((line) => !isNoticeLine(line))
    .join('\n')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/https:\/\//gu, 'http://')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Each word of the reference texts as a number, so that a word pair is one small integer (a Set
 * of those costs far less to build and compare than a Set of strings). A word of a compared text
 * that no reference holds gets a number of its own for that text only: a pair holding it can
 * match no reference, and only its count matters.
 */
const referenceWords = new Map<string, number>();
/**
 * Pairs of words numbered below this are `first · SMALL + second`, an integer V8 keeps unboxed;
 * the rare pair of a text with more words is a negative number of its own, which no reference
 * pair equals.
 */
const SMALL = 2 ** 15;
const LARGE = 2 ** 26;

function wordNumbers(words: readonly string[], known: Map<string, number>, own: Map<string, number>): number[] {
  return words.map((word) => {
    let id = known.get(word) ?? own.get(word);
    if (id === undefined) {
      id = known.size + own.size;
      own.set(word, id);
    }
    return id;
  });
}

/** A pair of word numbers as one number, distinct for distinct pairs (numbers stay below LARGE: a compared text has fewer than 2^17 words). */
const pairKey = (first: number, second: number) => (first < SMALL && second < SMALL ? first * SMALL + second : -(first * LARGE + second) - 1);

/** The distinct pairs of consecutive words, each as one number. */
function wordPairs(normalised: string, isReference: boolean): Set<number> {
  const words = normalised.split(' ');
  // A reference's words join the shared numbering; a compared text's new words stay its own.
  const ids = isReference ? wordNumbers(words, new Map(), referenceWords) : wordNumbers(words, referenceWords, new Map());
  const pairs = new Set<number>();
  for (let index = 0; index + 1 < ids.length; index += 1) pairs.add(pairKey(ids[index] as number, ids[index + 1] as number));
  return pairs;
}

function dice(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size + b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const pair of small) if (large.has(pair)) common += 1;
  return (2 * common) / (a.size + b.size);
}

/** Lines of a reference normalised to rule it out cheaply: the normalised start of a text is the start of its normalisation. */
const PREFIX_LINES = 12;

/** A reference, normalised when first compared. */
function reference(id: string, text: string): Reference {
  let start: string | undefined;
  let normalised: string | undefined;
  let pairs: ReadonlySet<number> | undefined;
  return {
    id,
    length: text.length,
    get start() {
      start ??= normaliseLicenceText(text.split(/\r\n?|\n/u, PREFIX_LINES).join('\n'));
      return start;
    },
    get normalised() {
      normalised ??= normaliseLicenceText(text);
      return normalised;
    },
    get pairs() {
      pairs ??= wordPairs(this.normalised, true);
      return pairs;
    },
  };
}

let detectable: readonly Reference[] | undefined;
let lookalikes: readonly Reference[] | undefined;

/** The detectable texts in the order exact matches are looked for, each read once from spdx-license-list. */
function detectableReferences(): readonly Reference[] {
  detectable ??= [
    ...DETECTABLE_LICENCES.map((id) => reference(id, spdxLicenceText(id))),
    // The SPDX LGPL text has the GPL appended; the FSF layout keeps the LGPL alone in COPYING.LESSER.
    reference('LGPL-3.0-or-later', lgplOnly(spdxLicenceText('LGPL-3.0-or-later'))),
  ];
  return detectable;
}

/**
 * The detectable licence whose normalised text is exactly `normalised`, normalising in full only
 * the references whose first lines match (the common case, a copy of an SPDX text, then costs one
 * normalisation instead of seventeen).
 */
function exactReference(normalised: string): string | undefined {
  return detectableReferences().find((candidate) => normalised.startsWith(candidate.start) && candidate.normalised === normalised)?.id;
}

function lookalikeReferences(): readonly Reference[] {
  lookalikes ??= LOOKALIKES.map((id) => reference(id, spdxLicenceText(id)));
  return lookalikes;
}

/**
 * Only the start of a text is compared (a 50 MB LICENSE would cost seconds and hundreds of MB).
 * The longest reference text is about 40 KB, and Dice cannot reach 0.95 between texts whose
 * lengths differ by more than 10%: past 256 KiB of terms no text is detected either way, and the
 * first 256 KiB say how far it is as well as the whole would.
 */
const MAX_COMPARED_LENGTH = 256 * 1024;

const cache = new Map<string, DetectedLicence | undefined>();
const CACHE_LIMIT = 256;

function compare(text: string): DetectedLicence | undefined {
  const normalised = normaliseLicenceText(text);
  if (normalised === '') return undefined;
  const exact = exactReference(normalised);
  if (exact) return { id: exact, similarity: 1 };
  const references = comparedReferences();
  const sizes = referencePairCounts();
  const size = wordPairs(normalised, false).size;
  let pairs: ReadonlySet<number> | undefined;
  let numbered = -1;
  let best: DetectedLicence | undefined;
  const bySize = references
    .map((reference, index) => ({ reference, size: sizes[index] as number }))
    .sort((a, b) => Math.abs(a.size - size) - Math.abs(b.size - size));
  for (const { reference: candidate, size: candidateSize } of bySize) {
    // Dice cannot exceed 2·min/(a+b): a text whose size alone rules it out is never normalised.
    const bound = (2 * Math.min(candidateSize, size)) / (candidateSize + size);
    if (best && bound <= best.similarity) continue;
    // A shared word must have one number: the text is numbered after every reference compared.
    void candidate.pairs;
    if (numbered !== referenceWords.size) [pairs, numbered] = [wordPairs(normalised, false), referenceWords.size];
    const similarity = dice(candidate.pairs, pairs!);
    if (!best || similarity > best.similarity) best = { id: candidate.id, similarity };
  }
  return best;
}

/** Every reference a text that is no exact match is compared with, in the order of the sizes the build writes. */
const comparedReferences = (): readonly Reference[] => [...detectableReferences(), ...lookalikeReferences()];

/**
 * Each reference's number of distinct word pairs, which bounds the Dice coefficient it can reach
 * before its text is normalised (about 1 ms per text: 36 of them are 40 ms of a single audit).
 * The build writes them (scripts/licence-pair-counts.ts) with each text's length; a count is
 * taken only for a text of that length, else the text is normalised here, as without the file.
 */
let pairCounts: readonly number[] | undefined;

function referencePairCounts(): readonly number[] {
  if (pairCounts) return pairCounts;
  let built: readonly unknown[] | undefined;
  try {
    built = JSON.parse(readFileSync(builtPath(PAIR_COUNTS_FILE), 'utf8')) as unknown[];
  } catch {
    built = undefined;
  }
  pairCounts = comparedReferences().map((reference, index) => {
    const entry = built?.[index];
    return Array.isArray(entry) && entry[0] === reference.length && typeof entry[1] === 'number' ? entry[1] : reference.pairs.size;
  });
  return pairCounts;
}

export const PAIR_COUNTS_FILE = 'licence-pair-counts.json';

/** What the build writes to dist/licence-pair-counts.json: each reference text's length and distinct word pairs. */
export function builtPairCounts(): [number, number][] {
  return comparedReferences().map((reference) => [reference.length, reference.pairs.size]);
}

/**
 * The closest known licence whatever its similarity, to say how far a text is from the
 * authorised ones: an authorised id, etalab-2.0, or a look-alike such as GPL-2.0-only.
 */
export function closestLicence(fullText: string): DetectedLicence | undefined {
  const text = fullText.slice(0, MAX_COMPARED_LENGTH);
  if (!cache.has(text)) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, compare(text));
  }
  const found = cache.get(text);
  return found && { ...found };
}

/** The authorised licence (or etalab-2.0) that the text holds, if any. */
export function detectLicence(text: string): { id: string; similarity: number } | undefined {
  const best = closestLicence(text);
  return best && best.similarity >= DETECTION_THRESHOLD && DETECTABLE_LICENCES.includes(best.id) ? best : undefined;
}
