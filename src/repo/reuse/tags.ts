import { lineAround } from '../line-around.js';
import { decodeUtf8 } from '../read.js';

/** Copyright notices and SPDX license expressions declared by one file (or its sidecar, or an annotation). */
export interface LicensingInfo {
  copyrights: string[];
  expressions: string[];
}

export const emptyInfo = (): LicensingInfo => ({ copyrights: [], expressions: [] });

/**
 * Comment closers that may follow a tag on its line, stripped as reuse-tool does (its expression
 * `\s*(?:closer)*\s*$`, whose overlapping `\s*` backtrack in cubic time on a long line of
 * spaces): the closers are matched backwards from the end of the line, in linear time.
 */
const FIXED_CLOSERS = ['*/', '-->', '-}', '*)', '#}', '%}', '"""', "'''", ']]'];
/**
 * The tags, without their `(.*)$` or `(\S.*)$` value: `tagValue` finds the value in linear time,
 * where `.*$` after each of many tags on a long line would backtrack quadratically.
 */
const LICENSE_TAG = /SPDX-License-Identifier:[ \t]+/gu;
const COPYRIGHT_TAGS = [/SPDX-(?:File|Snippet)CopyrightText:\s+(?=\S)/gu, /Copyright(?:\s?\([cC]\))?\s+(?=\S)/gu, /©\s+(?=\S)/gu];

/**
 * What `(.*)$` captures after the first of the line's tags it can: the rest of the line, when no
 * line terminator (`.` stops at U+2028 and U+2029, which the split into lines keeps) follows.
 */
function tagValue(line: string, tag: RegExp): string | undefined {
  const lastTerminator = Math.max(line.lastIndexOf('\u2028'), line.lastIndexOf('\u2029'));
  tag.lastIndex = 0;
  for (let match = tag.exec(line); match; match = tag.exec(line)) {
    const end = match.index + match[0].length;
    if (end > lastTerminator) return line.slice(end);
    tag.lastIndex = match.index + 1;
  }
  return undefined;
}

/**
 * Only the start of a file is read: REUSE headers are at the top, and a tag past 1 MiB of text is
 * not worth reading 50 MB for. reuse-tool reads whole files; a tag that far down is missed here.
 */
const MAX_SCANNED_BYTES = 1024 * 1024;

/** Bytes that must be present for a file to declare anything (© in UTF-8 or Latin-1): skips decoding most files. */
const MARKERS = [Buffer.from('SPDX-'), Buffer.from('Copyright'), Buffer.from([0xa9])];

export function mayDeclareLicensing(content: Buffer): boolean {
  const scanned = content.subarray(0, MAX_SCANNED_BYTES);
  return MARKERS.some((marker) => scanned.includes(marker));
}

/** UTF-8, or Latin-1 for older files (reuse-tool guesses the encoding too). */
export function decodeText(content: Buffer): string {
  // Whole files are decoded once for all the rules (the tree's text is the same strict UTF-8).
  if (content.length <= MAX_SCANNED_BYTES) return decodeUtf8(content) ?? content.toString('latin1');
  const scanned = content.subarray(0, MAX_SCANNED_BYTES);
  try {
    // `stream`: a character cut by the limit is not an encoding error. A decoder of its own: a
    // shared one would keep the cut bytes and put them before the next file's text.
    return new TextDecoder('utf-8', { fatal: true }).decode(scanned, { stream: true });
  } catch {
    return scanned.toString('latin1');
  }
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/** Where `"\s*\/*>` or `'\s*\/*>` starts if it ends at `end`, else -1. */
function quotedCloserStart(text: string, end: number): number {
  let index = end - 1;
  if (text[index] !== '>') return -1;
  index -= 1;
  while (text[index] === '/') index -= 1;
  while (isSpace(text[index])) index -= 1;
  return text[index] === '"' || text[index] === "'" ? index : -1;
}

/** Where `]\s*::` starts if it ends at `end`, else -1. */
function bracketCloserStart(text: string, end: number): number {
  if (!text.startsWith('::', end - 2)) return -1;
  let index = end - 3;
  while (isSpace(text[index])) index -= 1;
  return text[index] === ']' ? index : -1;
}

/** The value without the comment closers (and white space) that end its line. */
function stripTrailingClosers(value: string): string {
  let end = value.trimEnd().length;
  for (;;) {
    const fixed = FIXED_CLOSERS.find((closer) => value.startsWith(closer, end - closer.length));
    const start = fixed ? end - fixed.length : Math.max(quotedCloserStart(value, end), bracketCloserStart(value, end));
    if (start < 0) break;
    end = start;
  }
  return value.slice(0, end).trim();
}

/** The text without its REUSE-IgnoreStart … REUSE-IgnoreEnd blocks (an unclosed one runs to the end). */
function withoutIgnoredBlocks(text: string): string {
  let kept = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf('REUSE-IgnoreStart', from);
    if (start < 0) return kept + text.slice(from);
    kept += text.slice(from, start);
    const end = text.indexOf('REUSE-IgnoreEnd', start);
    if (end < 0) return kept;
    from = end + 'REUSE-IgnoreEnd'.length;
  }
}

/**
 * The lines (split at `\r\n`, `\r` or `\n`) that hold `SPDX-`, `Copyright` or `©`, which every
 * tag holds (the patterns are case-sensitive), in order. They are found from these markers, so
 * that the many lines of a licence text without one are neither cut nor scanned again. Linear:
 * each marker's next place is looked for from the end of the last line taken.
 */
function linesWithMarkers(text: string): string[] {
  const lines: string[] = [];
  let spdx = text.indexOf('SPDX-');
  let copyright = text.indexOf('Copyright');
  let sign = text.indexOf('©');
  let from = 0;
  for (;;) {
    if (spdx >= 0 && spdx < from) spdx = text.indexOf('SPDX-', from);
    if (copyright >= 0 && copyright < from) copyright = text.indexOf('Copyright', from);
    if (sign >= 0 && sign < from) sign = text.indexOf('©', from);
    const at = firstPlace(firstPlace(spdx, copyright), sign);
    if (at < 0) return lines;
    const [start, end] = lineAround(text, at, from, isLineBreak);
    lines.push(text.slice(start, end));
    from = end;
  }
}

/** The earlier of two places, -1 standing for « not found ». */
const firstPlace = (a: number, b: number) => (a < 0 ? b : b < 0 ? a : Math.min(a, b));

const isLineBreak = (code: number) => code === 0x0a || code === 0x0d;

/**
 * The tags anywhere in a text (reuse-tool reads whole files), except between
 * REUSE-IgnoreStart and REUSE-IgnoreEnd.
 */
export function extractLicensing(text: string): LicensingInfo {
  const info = emptyInfo();
  for (const line of linesWithMarkers(withoutIgnoredBlocks(text))) {
    const found = tagValue(line, LICENSE_TAG);
    const licence = found === undefined ? undefined : stripTrailingClosers(found);
    if (licence) {
      info.expressions.push(licence);
      continue;
    }
    for (const pattern of COPYRIGHT_TAGS) {
      const match = tagValue(line, pattern);
      const notice = match === undefined ? undefined : stripTrailingClosers(match);
      if (notice) {
        info.copyrights.push(notice);
        break;
      }
    }
  }
  return info;
}
