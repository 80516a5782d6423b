import { readdirSync } from 'node:fs';
import { type DetectedLicence, closestLicence, detectLicence } from '../licence/detect.js';
import type { RepositoryTree } from './tree.js';
import { LICENCE_FILE, THIRD_PARTY_NOTICE } from './licence-file-name.js';
import { isCranLicenceStub } from './cran-licence-stub.js';
import { type GrantFinding, gnuGrant } from './licence-grant.js';
import { textIdOf, withGrant } from '../policy/licences.js';

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
   * the FSF layout (COPYING.LESSER + COPYING holding the GPL) read as the LGPL. A GNU v3 text
   * carries the grant the repository states (licence-grant.ts): `-only` or `-or-later`.
   */
  licences: string[];
  /** How the grant of a GNU v3 text was decided, when there is one. */
  grant?: GrantFinding;
}

const isGnuV3 = (id: string) => withGrant(id, 'only') !== withGrant(id, 'or-later');

export function findLicence(tree: RepositoryTree): LicenceFinding {
  const files = tree
    .rootFiles()
    .filter((path) => LICENCE_FILE.test(path) && !/\.license$/iu.test(path) && !THIRD_PARTY_NOTICE.test(path) && !isCranLicenceStub(tree.text(path) ?? ''))
    .map((path) => {
      const text = tree.text(path) ?? '';
      return { path, detected: detectLicence(text), closest: closestLicence(text) };
    });
  // The LGPL's COPYING holds the GPL: the LGPL's grant applies to both.
  const gnu = files.flatMap((file) => (file.detected && isGnuV3(file.detected.id) ? [textIdOf(file.detected.id)] : []));
  const family = gnu.includes('LGPL-3.0-or-later') ? 'LGPL-3.0-or-later' : gnu[0];
  const grant = family ? gnuGrant(tree, family) : undefined;
  if (grant) {
    for (const file of files) if (file.detected) file.detected.id = withGrant(file.detected.id, grant.grant);
  }
  const detected = new Set(files.flatMap((file) => (file.detected ? [file.detected.id] : [])));
  // The LGPL is a set of additional permissions on top of the GPL, which it ships alongside.
  for (const id of [...detected]) if (textIdOf(id) === 'LGPL-3.0-or-later') detected.delete(withGrant('GPL-3.0-or-later', id.endsWith('-only') ? 'only' : 'or-later'));
  return { files, licences: [...detected], ...(grant ? { grant } : {}) };
}

/**
 * Whether the folder has, at its root, a name {@link findLicence} would read: when it has none,
 * there is no licence to find and no tree to list (one directory read instead of a listing and a
 * git process). Unreadable: true, for the tree to say why.
 */
export function mayHoldLicenceFile(root: string): boolean {
  try {
    return readdirSync(root).some((name) => LICENCE_FILE.test(name));
  } catch {
    return true;
  }
}
