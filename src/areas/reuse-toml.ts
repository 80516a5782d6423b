import { stringify } from 'smol-toml';
import { coveringGlobs } from './reuse-toml-globs.js';
import type { TeamFilesLicensing } from './reuse-team-files.js';

/**
 * REUSE.toml (REUSE 3.3, https://reuse.software/spec-3.3/#reusetoml): the team's files declared
 * under the project's licence without editing them. `closest` precedence: a file's own header,
 * if one is added later, wins over the annotation. reuse reads it from version 3.0 on.
 */
export function reuseToml(options: { globs: readonly string[]; copyright: string; licence: string }): string {
  return stringify({
    version: 1,
    annotations: [{ path: [...options.globs], precedence: 'closest', 'SPDX-FileCopyrightText': options.copyright, 'SPDX-License-Identifier': options.licence }],
  });
}

/** The globs of the team's files, checked against every other file of the tree. */
export function teamGlobs(sorted: TeamFilesLicensing): string[] {
  return coveringGlobs(sorted.team, [...sorted.others, ...sorted.undeclared.map((file) => file.path)]);
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
