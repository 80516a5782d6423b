import { detectLicence } from '../licence/detect.js';
import { gplCompatibleLicence } from '../policy/licence-advice.js';
import { LICENCE_FILE } from './licence-file-name.js';
import type { RepositoryTree } from './tree.js';

/**
 * GPL code a repository already ships, which its own licence must be compatible with: a REUSE
 * licence text (`LICENSES/GPL-3.0-or-later.txt`), or, in a folder of copied code (`vendor/`,
 * `third_party/`…), a licence file holding the GPL or AGPL text or a manifest declaring it
 * (package.json `license`, R DESCRIPTION `License:`). What the tree already lists and reads;
 * no package manager is asked about installed dependencies.
 */
export interface BundledGpl {
  /** Where it was found. */
  path: string;
  /** The licence found there, as written. */
  found: string;
  /** The authorised licence compatible with it. */
  licence: string;
}

const COPIED_CODE_FOLDERS = new Set(['vendor', 'vendors', 'vendored', 'third_party', 'third-party', 'thirdparty', '3rdparty', 'external', 'externals', 'extern', 'deps']);
const REUSE_TEXT = /^LICENSES\/([A-Za-z0-9.+-]{1,60})\.txt$/u;
const DESCRIPTION_LICENCE = /^License:[ \t]*(\S{1,60})/mu;

function inCopiedCode(path: string): boolean {
  return path.split('/').slice(0, -1).some((segment) => COPIED_CODE_FOLDERS.has(segment.toLowerCase()));
}

function declaredIn(tree: RepositoryTree, path: string, name: string): string | undefined {
  const text = tree.text(path);
  if (text === undefined) return undefined;
  if (name === 'package.json') {
    try {
      const licence = (JSON.parse(text) as { license?: unknown }).license;
      return typeof licence === 'string' ? licence : undefined;
    } catch {
      return undefined;
    }
  }
  if (name === 'DESCRIPTION') return DESCRIPTION_LICENCE.exec(text)?.[1];
  if (LICENCE_FILE.test(name)) return detectLicence(text)?.id;
  return undefined;
}

/** The first GPL code found, in path order; undefined when there is none. */
export function findBundledGpl(tree: RepositoryTree): BundledGpl | undefined {
  for (const path of tree.files) {
    const reuse = REUSE_TEXT.exec(path);
    const name = path.slice(path.lastIndexOf('/') + 1);
    const found = reuse ? reuse[1] : inCopiedCode(path) ? declaredIn(tree, path, name) : undefined;
    const licence = found === undefined ? undefined : gplCompatibleLicence(found);
    if (found !== undefined && licence !== undefined) return { path, found, licence };
  }
  return undefined;
}
