import type { RepositoryTree } from '../tree.js';
import { type Dep5, dep5InfoFor, parseDep5 } from './dep5.js';
import { GlobError } from './glob.js';
import { type IdProblem, idsOf, isListedLicence, licenceFileId, problemOf } from './expression.js';
import { type ReuseToml, ReuseConfigError, parseReuseToml, resolveWithReuseToml } from './reuse-toml.js';
import { type LicensingInfo, decodeText, emptyInfo, extractLicensing, mayDeclareLicensing } from './tags.js';

/** What `reuse lint` would say about a tree (REUSE 3.3), computed from files read once. */
export interface ReuseReport {
  /** Resolved licensing of every covered file. */
  files: ReadonlyMap<string, LicensingInfo>;
  withoutCopyright: string[];
  withoutLicence: string[];
  /** Licence ids used by covered files without `LICENSES/<id>.<ext>`. */
  missingLicenceFiles: string[];
  /** `LICENSES/…` files no covered file uses. */
  unusedLicenceFiles: string[];
  badLicences: string[];
  deprecatedLicences: string[];
  licenceFilesWithoutExtension: string[];
  configErrors: string[];
}

/** reuse-tool's ignore lists: names anywhere in the tree (case-sensitive, as the tool). */
const IGNORED_FILE_NAMES = [
  /^LICEN[CS]E(?:[-.].*)?$/u,
  /^COPYING(?:[-.].*)?$/u,
  /\.license$/u,
  /^REUSE\.toml$/u,
  /^\.git$/u,
  /^\.hgtags$/u,
  /\.spdx(?:\.(?:rdf|json|xml|ya?ml))?$/u,
];
const IGNORED_DIRECTORIES = new Set(['LICENSES', '.reuse', '.git', '.hg', '.sl']);

function isCoveredPath(path: string): boolean {
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  return !parts.some((part) => IGNORED_DIRECTORIES.has(part)) && !IGNORED_FILE_NAMES.some((pattern) => pattern.test(name));
}

/** `content`: the file's bytes, already read (a large file is not kept by the tree: read once). */
function ownLicensing(tree: RepositoryTree, path: string, content: Buffer | undefined): LicensingInfo {
  // A sidecar takes precedence: the file's own content is then not used (REUSE 3.3, "Order of precedence").
  const sidecar = `${path}.license`;
  const bytes = tree.has(sidecar) ? tree.bytes(sidecar) : content;
  return bytes && mayDeclareLicensing(bytes) ? extractLicensing(decodeText(bytes)) : emptyInfo();
}

interface GlobalLicensing {
  tomls: ReuseToml[];
  dep5: Dep5 | undefined;
  errors: string[];
}

function globalLicensing(tree: RepositoryTree): GlobalLicensing {
  const errors: string[] = [];
  const tomls: ReuseToml[] = [];
  const tomlPaths = tree.files.filter((path) => path === 'REUSE.toml' || path.endsWith('/REUSE.toml'));
  for (const path of tomlPaths.sort((a, b) => a.split('/').length - b.split('/').length)) {
    try {
      tomls.push(parseReuseToml(path, tree.text(path) ?? ''));
    } catch (error) {
      if (!(error instanceof ReuseConfigError)) throw error;
      errors.push(error.message);
    }
  }
  const dep5Source = tree.has('.reuse/dep5') ? tree.text('.reuse/dep5') : undefined;
  if (dep5Source !== undefined && tomlPaths.length > 0) errors.push('REUSE.toml and .reuse/dep5 cannot be used together');
  let dep5: Dep5 | undefined;
  try {
    dep5 = dep5Source === undefined ? undefined : parseDep5(dep5Source);
  } catch (error) {
    if (!(error instanceof GlobError)) throw error;
    errors.push(`.reuse/dep5: ${error.message}`);
  }
  return { tomls, dep5, errors };
}

function licensingOf(tree: RepositoryTree, global: GlobalLicensing, path: string, content: Buffer | undefined): LicensingInfo {
  const own = () => {
    const info = ownLicensing(tree, path, content);
    const dep5 = dep5InfoFor(global.dep5, path);
    return dep5 ? { copyrights: [...info.copyrights, ...dep5.copyrights], expressions: [...info.expressions, ...dep5.expressions] } : info;
  };
  return global.tomls.length > 0 ? resolveWithReuseToml(global.tomls, path, own) : own();
}

/** `LICENSES/GPL-3.0-or-later.txt` → the id it holds, and whether it lacks an extension. */
function licenceFileIdOf(name: string): { id: string; withoutExtension: boolean } {
  if (isListedLicence(name) || !name.includes('.')) return { id: name, withoutExtension: true };
  return { id: name.replace(/\.[^.]*$/u, ''), withoutExtension: false };
}

export function reuseReport(tree: RepositoryTree): ReuseReport {
  const global = globalLicensing(tree);
  const files = new Map<string, LicensingInfo>();
  for (const path of tree.files) {
    if (!isCoveredPath(path)) continue;
    const content = tree.bytes(path);
    if (content?.length === 0) continue;
    files.set(path, licensingOf(tree, global, path, content));
  }

  const used = new Set<string>();
  const problems = new Map<string, IdProblem>();
  for (const info of files.values()) {
    for (const expression of info.expressions) {
      const { licences, exceptions } = idsOf(expression);
      for (const [id, exception] of [...licences.map((id) => [id, false] as const), ...exceptions.map((id) => [id, true] as const)]) {
        used.add(licenceFileId(id));
        const problem = problemOf(id, exception);
        if (problem) problems.set(id, problem);
      }
    }
  }

  const licenceFiles = tree.files
    .filter((path) => /^LICENSES\/[^/]+$/u.test(path) && !path.endsWith('.license'))
    .map((path) => ({ path, ...licenceFileIdOf(path.slice('LICENSES/'.length)) }));
  const provided = new Set(licenceFiles.map((file) => file.id));
  const entries = [...files.entries()];
  return {
    files,
    withoutCopyright: entries.filter(([, info]) => info.copyrights.length === 0).map(([path]) => path),
    withoutLicence: entries.filter(([, info]) => info.expressions.length === 0).map(([path]) => path),
    missingLicenceFiles: [...used].filter((id) => !provided.has(id)).sort(),
    unusedLicenceFiles: licenceFiles.filter((file) => !used.has(file.id)).map((file) => file.path),
    badLicences: [...problems].filter(([, problem]) => problem === 'unknown').map(([id]) => id).sort(),
    deprecatedLicences: [...problems].filter(([, problem]) => problem === 'deprecated').map(([id]) => id).sort(),
    licenceFilesWithoutExtension: licenceFiles.filter((file) => file.withoutExtension).map((file) => file.path),
    configErrors: global.errors,
  };
}
