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

/** Phrases that grant later versions (SPDX ids and the FSF notice, in English and French). */
const OR_LATER = [
  '-or-later', 'gplv3+', 'gpl-3.0+', 'gpl v3+', 'gpl 3+', 'v3 or later', 'version 3 or later', 'v3 or any later',
  'any later version', 'toute version ultérieure', 'version ultérieure', 'or later (agplv3+)', 'or later (gplv3+)', 'or later (lgplv3+)',
];
/** Phrases that restrict the grant to version 3. */
const ONLY = ['-3.0-only', 'v3 only', 'version 3 only', 'version 3 seulement', 'uniquement la version 3'];

/**
 * A mention of the licence concerned, so that an unrelated "-or-later" (a GPL-3.0-or-later
 * publiccode.yml beside an AGPL text, a Python version) says nothing about it.
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

function verdictOf(text: string, mentions: readonly string[]): GnuGrant | undefined {
  const lower = text.toLowerCase();
  if (!mentions.some((mention) => lower.includes(mention))) return undefined;
  if (OR_LATER.some((phrase) => lower.includes(phrase))) return 'or-later';
  if (ONLY.some((phrase) => lower.includes(phrase))) return 'only';
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
    const grant = text === undefined ? undefined : verdictOf(text, mentions);
    if (grant) return { grant, source: path };
  }
  let read = 0;
  for (const path of tree.files) {
    if (read >= MAX_HEADER_FILES) break;
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!SOURCE_EXTENSION.test(name) || LICENCE_FILE.test(name)) continue;
    read += 1;
    const bytes = tree.bytes(path);
    const grant = bytes ? verdictOf(bytes.subarray(0, HEADER_BYTES).toString('utf8'), mentions) : undefined;
    if (grant) return { grant, source: path };
  }
  return { grant: 'only' };
}
