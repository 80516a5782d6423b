import { type DetectedLicence, closestLicence, detectLicence } from '../licence/detect.js';
import type { RepositoryTree } from './tree.js';

/** Root files forges and licensee read as the licence: LICENSE, LICENCE, COPYING and their variants. */
export const LICENCE_FILE = /^(?:(?:UN)?LICEN[CS]E|COPYING)(?:[-.].*)?$/iu;

interface LicenceFile {
  path: string;
  /** The authorised licence or etalab-2.0 the text holds (similarity ≥ 0.95). */
  detected: DetectedLicence | undefined;
  /** The closest known text, authorised or not, to explain a failed detection. */
  closest: DetectedLicence | undefined;
}

export interface LicenceFinding {
  files: LicenceFile[];
  /**
   * The licence the root files give the project: one id per distinct detected licence, with
   * the FSF layout (COPYING.LESSER + COPYING holding the GPL) read as LGPL-3.0-or-later.
   */
  licences: string[];
}

export function findLicence(tree: RepositoryTree): LicenceFinding {
  const files = tree
    .rootFiles()
    .filter((path) => LICENCE_FILE.test(path) && !/\.license$/iu.test(path))
    .map((path) => {
      const text = tree.text(path) ?? '';
      return { path, detected: detectLicence(text), closest: closestLicence(text) };
    });
  const detected = new Set(files.flatMap((file) => (file.detected ? [file.detected.id] : [])));
  // The LGPL is a set of additional permissions on top of the GPL, which it ships alongside.
  if (detected.has('LGPL-3.0-or-later')) detected.delete('GPL-3.0-or-later');
  return { files, licences: [...detected] };
}
