import { type DocumentKind, DOCUMENTS, NOT_TEXT_EXTENSIONS, extensionOf, isDocumentOf } from './documents.js';
import { LICENCE_FILE, THIRD_PARTY_NOTICE } from './licence-file-name.js';
import type { RepositoryTree } from './tree.js';

/** The governance files a repository holds once, whatever their name, case or folder. */
export type TeamFileKind = DocumentKind | 'licence' | 'dco';

const TEAM_FILE_KINDS: readonly TeamFileKind[] = [...(Object.keys(DOCUMENTS) as DocumentKind[]), 'licence', 'dco'];

/** The team's file of each kind, at a path this run would not write. */
export type TeamFiles = Partial<Record<TeamFileKind, string>>;

const DCO_FILE = /^DCO(?:\.(?:md|txt|markdown))?$/iu;

/** The kind of governance file `path` is, where GitHub, GitLab and licensee look for it. */
export function teamFileKind(path: string): TeamFileKind | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (NOT_TEXT_EXTENSIONS.has(extensionOf(name)) || name.toLowerCase().endsWith('.license')) return undefined;
  const atRoot = !path.includes('/');
  if (atRoot && LICENCE_FILE.test(name) && !THIRD_PARTY_NOTICE.test(name)) return 'licence';
  if (atRoot && DCO_FILE.test(name)) return 'dco';
  return (Object.keys(DOCUMENTS) as DocumentKind[]).find((kind) => isDocumentOf(kind, path));
}

/** Root first, then `.github/`, then `docs/`; the shortest name first (README.md before README.en.md). */
const preference = (path: string) => [path.split('/').length, path.length, path] as const;

/**
 * The files of each kind the team already has at paths outside `ours` (the paths this run would
 * write for that kind): those are the team's, and the run must not write a second one.
 */
export function teamFilesOf(tree: RepositoryTree, ours: (kind: TeamFileKind) => ReadonlySet<string>): TeamFiles {
  const found: Partial<Record<TeamFileKind, string[]>> = {};
  for (const path of tree.files) {
    const kind = teamFileKind(path);
    if (kind === undefined || ours(kind).has(path)) continue;
    (found[kind] ??= []).push(path);
  }
  const team: TeamFiles = {};
  for (const kind of TEAM_FILE_KINDS) {
    const paths = found[kind]?.sort((a, b) => {
      const [x, y] = [preference(a), preference(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]);
    });
    if (paths?.[0]) team[kind] = paths[0];
  }
  return team;
}
