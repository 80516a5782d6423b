import { LICENCE_FILE } from '../repo/licence-file-name.js';
import { decodeText, extractLicensing, mayDeclareLicensing } from '../repo/reuse/tags.js';
import { readBytes } from '../repo/read.js';
import type { RepositoryTree } from '../repo/tree.js';

const MAX_SCANNED_BYTES = 1_000_000;

/** Files REUSE itself never asks licensing information for. */
function exempt(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  return LICENCE_FILE.test(name) || path.endsWith('.license') || name === 'REUSE.toml' || path.startsWith('LICENSES/') || path.startsWith('.reuse/') || path === '.yo-rc.json';
}

/** Whether the file carries an SPDX-License-Identifier tag, read as `check` and reuse read it. */
function declaresLicence(tree: RepositoryTree, path: string): boolean {
  // Larger files (and links leaving the folder, special files) are not scanned: they get a dep5 entry.
  const read = readBytes(tree.root, path, MAX_SCANNED_BYTES);
  return read.ok && mayDeclareLicensing(read.bytes) && extractLicensing(decodeText(read.bytes)).expressions.length > 0;
}

/**
 * Files the team wrote that carry no licensing information: neither a header, nor a `.license`
 * sidecar. `generated` lists the paths this run writes itself (they get their own header).
 * The files are those `check` audits: what git lists, else every file but .git and node_modules.
 */
export function unlicensedTeamFiles(tree: RepositoryTree, generated: ReadonlySet<string>): string[] {
  return tree.files
    .filter((path) => !generated.has(path) && !exempt(path) && !tree.has(`${path}.license`) && !declaresLicence(tree, path))
    .sort();
}

/** dep5 patterns are blank-separated and `?` matches one character: the only way to name a space. */
function dep5Pattern(path: string): string {
  return path.replace(/[\s]/g, '?');
}

/**
 * `.reuse/dep5`: the team's files declared under the project's licence without editing them.
 * Both Debian's reuse 1.1 (REUSE 3.0) and the current reuse (3.3, where REUSE.toml is the new
 * form) read it; REUSE.toml would be ignored by reuse 1.1.
 */
export function dep5(options: { projectName: string; repositoryUrl: string; files: readonly string[]; copyright: string; licence: string }): string {
  return [
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
    `Upstream-Name: ${options.projectName}`,
    ...(options.repositoryUrl ? [`Source: ${options.repositoryUrl}`] : []),
    '',
    `Files: ${options.files.map(dep5Pattern).join('\n ')}`,
    `Copyright: ${options.copyright}`,
    `License: ${options.licence}`,
    '',
  ].join('\n');
}
