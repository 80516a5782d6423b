import { stringify } from 'smol-toml';
import { coveringGlobs } from './reuse-toml-globs.js';
import type { TeamFilesLicensing } from './reuse-team-files.js';
import { isDocumentationFile } from '../repo/documentation-files.js';

/** Files declared under one licence: globs over the team's files, and the licence. */
export interface TomlGroup {
  globs: string[];
  licence: string;
}

/**
 * REUSE.toml (REUSE 3.3, https://reuse.software/spec-3.3/#reusetoml): the team's files declared
 * under the project's licences without editing them, one annotation per licence. `closest`
 * precedence: a file's own header, if one is added later, wins over the annotation. reuse reads
 * it from version 3.0 on.
 */
export function reuseToml(options: { groups: readonly TomlGroup[]; copyright: string }): string {
  return stringify({
    version: 1,
    annotations: options.groups.map((group) => ({ path: [...group.globs], precedence: 'closest', 'SPDX-FileCopyrightText': options.copyright, 'SPDX-License-Identifier': group.licence })),
  });
}

/**
 * The team's files by licence, each group's globs checked against every other file of the tree.
 * Documentation and data (docs/, data/: not their code or build files) go under the documentation
 * licence when it differs from the code's, as the policy asks
 * (https://github.com/DISIC/politique-de-contribution-open-source/blob/master/ouverture.md).
 */
export function teamGroups(sorted: TeamFilesLicensing, licences: { code: string; docs: string }, isEmpty: (path: string) => boolean): TomlGroup[] {
  const elsewhere = [...sorted.others, ...sorted.undeclared.map((file) => file.path)];
  // An empty file is no one's to license (REUSE leaves it out): a group of only empty files would declare a licence nothing uses.
  const docs = licences.docs === licences.code ? [] : sorted.team.filter((path) => isDocumentationFile(path) && !isEmpty(path));
  const code = docs.length === 0 ? sorted.team : sorted.team.filter((path) => !isDocumentationFile(path));
  return [
    { globs: coveringGlobs(code, [...docs, ...elsewhere]), licence: licences.code },
    { globs: coveringGlobs(docs, [...code, ...elsewhere]), licence: licences.docs },
  ].filter((group) => group.globs.length > 0);
}

/**
 * What the team pastes into REUSE.toml once it knows whose the files it could not attribute are:
 * one annotation per top-level folder, with globs that match none of the other files.
 */
export function undeclaredSnippet(sorted: TeamFilesLicensing): string {
  const undeclared = sorted.undeclared.map((file) => file.path);
  const declared = new Set(undeclared);
  const globs = coveringGlobs(undeclared, [...sorted.team, ...sorted.others.filter((path) => !declared.has(path))]);
  const byFolder = new Map<string, string[]>();
  for (const glob of globs) {
    const slash = glob.indexOf('/');
    const folder = slash < 0 ? '' : glob.slice(0, slash);
    const group = byFolder.get(folder);
    if (group) group.push(glob);
    else byFolder.set(folder, [glob]);
  }
  const annotations = [...byFolder.values()].map((paths) => ({ path: paths, 'SPDX-FileCopyrightText': 'TODO', 'SPDX-License-Identifier': 'TODO' }));
  return stringify({ annotations }).trim();
}
