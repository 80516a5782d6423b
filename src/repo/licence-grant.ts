import type { GnuGrant } from '../policy/licences.js';
import { LICENCE_FILE } from './licence-file-name.js';
import type { RepositoryTree } from './tree.js';

/**
 * Whether a GNU v3 licence text is granted for version 3 only or « or (at your option) any later
 * version ». The text itself cannot say (the FSF text is the same for both, and its appendix
 * shows the notice to copy): what the project writes elsewhere decides, the project-wide
 * statements first (manifests, publiccode.yml, README), then the notices at the top of its source
 * files. With no statement at all, the grant is version 3 only, as SPDX reads a bare `GPL-3.0`.
 */

/** The SPDX-style short name of each GNU v3 licence, by the id of its text. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  'AGPL-3.0-or-later': 'agpl',
  'LGPL-3.0-or-later': 'lgpl',
  'GPL-3.0-or-later': 'gpl',
};

/** Suffixes after the short name (`agpl-3.0-only`, `gplv3+`…) that state a grant. */
const ONLY_SUFFIXES = ['-3.0-only', '-3-only', 'v3-only', ' v3 only', '-3.0 only'];
const OR_LATER_SUFFIXES = ['-3.0-or-later', '-3-or-later', '-3.0+', '-3+', 'v3+', ' v3+', ' 3.0+', 'v3 or later', ' v3 or later', ' 3.0 or later', ' (agplv3+)', 'v3 or later (', ' version 3 or later'];

/** The FSF notice, in English and French: "version 3 of the License, or (at your option) any later version". */
const NOTICES: readonly (readonly [string, string])[] = [
  ['version 3 of the license, or', 'any later version'],
  ['version 3 de la licence, ou', 'toute version ultérieure'],
];
/** The notice's two halves sit within this many characters of each other. */
const NOTICE_SPAN = 120;

/**
 * A mention of the licence concerned, so that a statement about another licence (a
 * GPL-3.0-or-later publiccode.yml beside an AGPL text) says nothing about it.
 */
const MENTIONS: Readonly<Record<string, readonly string[]>> = {
  'AGPL-3.0-or-later': ['agpl', 'affero'],
  'LGPL-3.0-or-later': ['lgpl', 'lesser general public', 'générale limitée', 'generale limitee'],
  'GPL-3.0-or-later': ['gpl', 'general public license', 'licence publique générale'],
};

/** Project-wide files that state the licence, in the order they are trusted. */
const STATEMENTS = ['package.json', 'pyproject.toml', 'setup.cfg', 'setup.py', 'composer.json', 'Cargo.toml', 'DESCRIPTION', 'pom.xml', 'mix.exs', 'publiccode.yml', 'README.md', 'README', 'README.rst', 'README.txt', 'README.fr.md'];

const SOURCE_EXTENSION = /\.(?:py|js|mjs|cjs|ts|tsx|jsx|vue|java|kt|scala|rb|php|go|rs|c|h|cc|cpp|hpp|cs|ex|exs|erl|ml|mli|sh|pl|lua|r|sql|swift|dart|groovy|el|clj|hs)$/iu;
/** A licence notice sits at the top of a file: this much of each is read, from so many files. */
const HEADER_BYTES = 4096;
const MAX_HEADER_FILES = 300;

/** Whether `name` occurs at `at` as a word start (`gpl` inside `lgpl` or `agpl` does not count). */
const wordStart = (text: string, at: number) => at === 0 || !/[a-z]/u.test(text[at - 1] as string);

/** Whether `text` holds the short name followed by one of the suffixes. */
function statesWith(text: string, name: string, suffixes: readonly string[]): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!wordStart(text, at)) continue;
    const after = text.slice(at + name.length, at + name.length + 24);
    if (suffixes.some((suffix) => after.startsWith(suffix))) return true;
  }
  return false;
}

function noticeGrantsLater(text: string): boolean {
  return NOTICES.some(([start, end]) => {
    for (let at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
      if (text.slice(at, at + start.length + NOTICE_SPAN).includes(end)) return true;
    }
    return false;
  });
}

/**
 * The grant a text states for the licence: an explicit SPDX-style id first (`-only` winning, as
 * the narrower grant a licensor wrote down), then the FSF notice, in a text that names the licence.
 */
function verdictOf(text: string, textId: string, mentions: readonly string[]): GnuGrant | undefined {
  const lower = text.toLowerCase();
  const name = SHORT_NAMES[textId];
  if (!name || !mentions.some((mention) => lower.includes(mention))) return undefined;
  if (statesWith(lower, name, ONLY_SUFFIXES)) return 'only';
  if (statesWith(lower, name, OR_LATER_SUFFIXES)) return 'or-later';
  if (noticeGrantsLater(lower)) return 'or-later';
  return undefined;
}

export interface GrantFinding {
  grant: GnuGrant;
  /** The file that decided; none when no file states a grant. */
  source?: string;
}

/** The grant of the GNU v3 licence `textId` (its `-or-later` id) in this repository. */
export function gnuGrant(tree: RepositoryTree, textId: string): GrantFinding {
  const mentions = MENTIONS[textId] ?? [];
  for (const path of STATEMENTS) {
    const text = tree.has(path) ? tree.text(path) : undefined;
    const grant = text === undefined ? undefined : verdictOf(text, textId, mentions);
    if (grant) return { grant, source: path };
  }
  let read = 0;
  for (const path of tree.files) {
    if (read >= MAX_HEADER_FILES) break;
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!SOURCE_EXTENSION.test(name) || LICENCE_FILE.test(name)) continue;
    read += 1;
    const bytes = tree.bytes(path);
    const grant = bytes ? verdictOf(bytes.subarray(0, HEADER_BYTES).toString('utf8'), textId, mentions) : undefined;
    if (grant) return { grant, source: path };
  }
  return { grant: 'only' };
}
