import { lineAround } from './line-around.js';
import { decodeUtf8 } from './read.js';
import type { RepositoryTree } from './tree.js';

export type DocumentKind = 'readme' | 'contributing' | 'codeOfConduct' | 'security';

/** Name stems, and where forges look for each file (GitHub also reads .github/ and docs/). */
export const DOCUMENTS: Readonly<Record<DocumentKind, { stem: string; locations: readonly string[] }>> = {
  readme: { stem: 'README', locations: [''] },
  contributing: { stem: 'CONTRIBUTING', locations: ['', '.github/', 'docs/'] },
  codeOfConduct: { stem: 'CODE[_-]OF[_-]CONDUCT', locations: ['', '.github/', 'docs/'] },
  security: { stem: 'SECURITY', locations: ['', '.github/', 'docs/'] },
};

/**
 * Formats that are not « texte simple ou avec du marquage minimum (ie Markdown) »: binary,
 * office or heavy markup. Any other name (README, LICENSE.md, COPYING.LESSER) is read as text.
 */
export const NOT_TEXT_EXTENSIONS = new Set([
  'pdf', 'doc', 'docx', 'odt', 'ott', 'rtf', 'pages', 'epub', 'ps', 'html', 'htm', 'xhtml',
  'xls', 'xlsx', 'ods', 'ppt', 'pptx', 'odp', 'png', 'jpg', 'jpeg', 'gif', 'zip',
]);

/** Fewer letters than this, once comments and tags are set aside, is an empty shell. */
const MEANINGFUL_LETTERS = 20;

interface DocumentFile {
  path: string;
  /** Plain text or light markup, valid UTF-8 without NUL bytes. */
  textual: boolean;
  meaningful: boolean;
}

export interface DocumentFinding {
  files: DocumentFile[];
  /** The file forges show first: a meaningful textual one, unsuffixed names first. */
  main: DocumentFile | undefined;
  /** Content of `main`, '' when there is none. */
  text: string;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The text without HTML comments and SPDX tag lines (REUSE headers say nothing to a reader). */
function withoutTags(text: string): string {
  return withoutSpdxLines(withoutComments(text));
}

/**
 * Each `<!-- … -->` replaced by a space, as `/<!--[\s\S]*?-->/gu` would, in linear time (that
 * expression rescans the rest of the text from each unclosed `<!--`).
 */
export function withoutComments(text: string): string {
  let kept = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    const end = start < 0 ? -1 : text.indexOf('-->', start + 4);
    if (end < 0) return kept + text.slice(from);
    kept += `${text.slice(from, start)} `;
    from = end + 3;
  }
}

/** Each line holding an SPDX tag replaced by a space (`/^.*SPDX-[A-Za-z]+:.*$/gmu`), line by line. */
function withoutSpdxLines(text: string): string {
  // Only the lines holding `SPDX-` may hold a tag: they are found from it, the others are kept whole.
  let kept = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf('SPDX-', from);
    if (at < 0) return copied === 0 ? text : kept + text.slice(copied);
    const [start, end] = lineAround(text, at, from, isLineTerminator);
    if (SPDX_TAG.test(text.slice(start, end))) {
      kept += `${text.slice(copied, start)} `;
      copied = end;
    }
    from = end;
  }
}

const SPDX_TAG = /SPDX-[A-Za-z]+:/u;
const isLineTerminator = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

/** The last text given to {@link proseOf} and its prose: several rules read the same README's. */
let lastProse: { text: string; prose: string } | undefined;

/** Prose left once comments, SPDX tags and markup are removed. */
export function proseOf(text: string): string {
  if (lastProse?.text !== text) lastProse = { text, prose: withoutTags(text).replace(/[#*_`>|[\]()-]+/gu, ' ') };
  return lastProse.prose;
}

const LETTER = /^\p{L}$/u;

/**
 * Whether the text holds at least `count` letters (`\p{L}`), read no further than the last one
 * needed. An ASCII character is a letter when it is one of A–Z, a–z: only the others are asked of
 * the expression, one code point at a time, as `/\p{L}/gu` reads them.
 */
export function hasLetters(text: string, count: number): boolean {
  let found = 0;
  for (let index = 0; found < count; ) {
    if (index >= text.length) return false;
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) found += 1;
      index += 1;
      continue;
    }
    const point = text.codePointAt(index) as number;
    if (LETTER.test(String.fromCodePoint(point))) found += 1;
    index += point > 0xffff ? 2 : 1;
  }
  return true;
}

function isMeaningful(text: string): boolean {
  return hasLetters(withoutTags(text), MEANINGFUL_LETTERS);
}

export function isTextual(tree: RepositoryTree, path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (NOT_TEXT_EXTENSIONS.has(extensionOf(name))) return false;
  const bytes = tree.bytes(path);
  return bytes !== undefined && !bytes.includes(0) && decodeUtf8(bytes) !== undefined;
}

function rank(file: DocumentFile): number {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  const location = file.path.includes('/') ? 1 : 0;
  const suffixed = /^[^.]+\.[a-z]{2}(?:-[A-Z]{2})?\./u.test(name) ? 1 : 0;
  return (file.meaningful ? 0 : 8) + (file.textual ? 0 : 4) + suffixed * 2 + location;
}

const DOCUMENT_NAMES = Object.fromEntries(
  Object.entries(DOCUMENTS).map(([kind, { stem }]) => [kind, new RegExp(`^${stem}(?:\\.[a-z]{2}(?:-[A-Z]{2})?)?(?:\\.[A-Za-z0-9]+)?$`, 'iu')]),
) as Record<DocumentKind, RegExp>;

/** Whether `path` is a document of this kind where forges look for it: any case, language suffix or extension. */
export function isDocumentOf(kind: DocumentKind, path: string): boolean {
  const slash = path.lastIndexOf('/');
  return DOCUMENTS[kind].locations.includes(path.slice(0, slash + 1)) && DOCUMENT_NAMES[kind].test(path.slice(slash + 1)) && !path.endsWith('.license');
}

export function findDocument(tree: RepositoryTree, kind: DocumentKind): DocumentFinding {
  const files = tree.files
    .filter((path) => isDocumentOf(kind, path))
    .map((path) => {
      const textual = isTextual(tree, path);
      return { path, textual, meaningful: textual && isMeaningful(tree.text(path) ?? '') };
    })
    .sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  const main = files.find((file) => file.textual);
  return { files, main, text: main ? (tree.text(main.path) ?? '') : '' };
}
