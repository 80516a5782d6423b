import { LICENCE_FILE } from '../repo/licence-file-name.js';
import { decodeText, extractLicensing, mayDeclareLicensing } from '../repo/reuse/tags.js';
import { readBytes } from '../repo/read.js';
import type { RepositoryTree } from '../repo/tree.js';
import { type ExclusionClass, treeExclusions } from './reuse-toml-exclusions.js';
import { licenceWordsAgree, namesHolder } from './own-notice.js';

const MAX_SCANNED_BYTES = 1_000_000;

/** Files REUSE itself never asks licensing information for. */
function exempt(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  return LICENCE_FILE.test(name) || path.endsWith('.license') || name === 'REUSE.toml' || path.startsWith('LICENSES/') || path.startsWith('.reuse/') || path === '.yo-rc.json';
}

/** `(c) 2017 ANSSI-FR` without the word Copyright: reuse does not read it as a notice, but it is one. */
const BARE_C = [Buffer.from('(c)'), Buffer.from('(C)')];
const BARE_NOTICE = /\([cC]\)[ \t]*\d/u;
/** Where a file's licence words are read: its header, not a licence text quoted further down. */
const HEADER_BYTES = 4_000;

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? undefined : end);
}

/** `notice-ours`: a copyright notice naming the administration, without other licence words than the project's. */
type OwnLicensing = 'licence' | 'notice' | 'notice-ours' | 'none' | 'unread';

interface Project {
  holder: string;
  licence: string;
}

/** What the file says of itself, read as `check` and reuse read it: a licence tag, a copyright notice, nothing. */
function ownLicensing(tree: RepositoryTree, path: string, project: Project | undefined): OwnLicensing {
  if (tree.has(`${path}.license`)) return 'licence';
  // Larger files (and links leaving the folder, special files) cannot be read whole: they might carry a notice.
  const read = readBytes(tree.root, path, MAX_SCANNED_BYTES);
  if (!read.ok) return 'unread';
  if (!mayDeclareLicensing(read.bytes) && !BARE_C.some((marker) => read.bytes.includes(marker))) return 'none';
  const text = decodeText(read.bytes);
  const info = extractLicensing(text);
  if (info.expressions.length > 0) return 'licence';
  const bare = BARE_NOTICE.exec(text);
  if (info.copyrights.length === 0 && !bare) return 'none';
  const notices = [...info.copyrights, ...(bare ? [lineAround(text, bare.index)] : [])];
  const head = text.slice(0, HEADER_BYTES);
  return project && namesHolder(notices, project.holder) && licenceWordsAgree(head, project.licence) ? 'notice-ours' : 'notice';
}

/** Folders below the root holding their own licence file: another project's code, under its own terms. */
function ownLicenceFolders(tree: RepositoryTree): string[] {
  return [...new Set(tree.files.filter((path) => path.includes('/') && LICENCE_FILE.test(path.slice(path.lastIndexOf('/') + 1))).map((path) => path.slice(0, path.lastIndexOf('/'))))];
}

interface UndeclaredFile {
  path: string;
  class: ExclusionClass;
}

export interface TeamFilesLicensing {
  /** Files without licensing information that codegouv declares as the team's (in REUSE.toml). */
  team: string[];
  /** Files without licensing information codegouv cannot attribute: the team declares them. */
  undeclared: UndeclaredFile[];
  /** Every other file: a glob covering the team's files must match none of them. */
  others: string[];
}

/**
 * The repository's files sorted for REUSE.toml. `generated` lists the paths this run writes
 * itself (they get their own header); `project`, the administration and the project's licence. The files are those `check` audits: what git lists, else
 * every file but .git and node_modules.
 */
export function sortForReuseToml(tree: RepositoryTree, generated: ReadonlySet<string>, project?: Project): TeamFilesLicensing {
  const licensed = ownLicenceFolders(tree);
  const pathExclusion = treeExclusions(tree);
  const result: TeamFilesLicensing = { team: [], undeclared: [], others: [...generated].filter((path) => !tree.has(path)) };
  for (const path of [...tree.files].sort()) {
    if (generated.has(path) || exempt(path)) {
      result.others.push(path);
      continue;
    }
    const read = ownLicensing(tree, path, project);
    // A notice naming the administration, with no other licence: the file is the administration's.
    const own = read === 'notice-ours' ? 'none' : read;
    const excluded = own === 'notice' ? 'ownNotice'
      : own === 'unread' ? 'unread'
      : licensed.some((folder) => path.startsWith(`${folder}/`)) ? 'ownLicenceFolder'
      : pathExclusion(path);
    if (own === 'none' && !excluded) result.team.push(path);
    else result.others.push(path);
    if (own !== 'licence' && excluded) result.undeclared.push({ path, class: excluded });
  }
  return result;
}
