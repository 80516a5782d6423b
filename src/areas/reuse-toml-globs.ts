import { globList } from '../repo/reuse/glob.js';

/**
 * REUSE.toml `path` globs (REUSE 3.3: `*` stays within a folder, `**` crosses folders, `\`
 * escapes) that cover a set of files and, checked with the same matcher `check` uses, match
 * none of the files they must leave alone. Files are grouped by top-level folder and extension
 * (`src/**\/*.py`), so that a file added later beside them is covered too; a group whose glob
 * would match a file to leave alone is split folder by folder, down to single paths.
 */

/** A name as a literal glob: only `\` and `*` are special in REUSE.toml paths. */
const literal = (text: string) => text.replace(/[\\*]/gu, (char) => `\\${char}`);

/** `*.py` for any Python file, the name itself for `Makefile` or `.gitignore`. */
function suffixOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `*.${literal(name.slice(dot + 1))}` : literal(name);
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
};

class Avoided {
  constructor(private readonly paths: readonly string[]) {}

  /** Whether the glob, rooted in `folder`, matches one of the paths to leave alone. */
  matchedBy(glob: string, folder: string): boolean {
    const list = globList('reuse-toml', [glob]);
    return this.paths.some((path) => path.startsWith(`${folder}/`) && list.lastMatch(path) >= 0);
  }
}

function folderGlobs(folder: string, suffix: string, files: readonly string[], avoided: Avoided): string[] {
  const everywhere = `${literal(folder)}/**/${suffix}`;
  if (!avoided.matchedBy(everywhere, folder)) return [everywhere];
  const isDirect = (path: string) => path.lastIndexOf('/') === folder.length;
  const direct = files.filter(isDirect);
  const nested = groupBy(files.filter((path) => !isDirect(path)), (path) => path.slice(0, path.indexOf('/', folder.length + 1)));
  const here = `${literal(folder)}/${suffix}`;
  const globs = direct.length === 0 ? [] : avoided.matchedBy(here, folder) ? direct.map(literal) : [here];
  for (const [subfolder, inside] of nested) globs.push(...folderGlobs(subfolder, suffix, inside, avoided));
  return globs;
}

/** Globs covering every path of `cover` and none of `avoid` (paths relative to the root, `/`-separated). */
export function coveringGlobs(cover: readonly string[], avoid: readonly string[]): string[] {
  const avoided = new Avoided(avoid);
  const globs = cover.filter((path) => !path.includes('/')).map(literal);
  const byFolder = groupBy(cover.filter((path) => path.includes('/')), (path) => path.slice(0, path.indexOf('/')));
  for (const [folder, files] of byFolder) {
    for (const [suffix, group] of groupBy(files, suffixOf)) globs.push(...folderGlobs(folder, suffix, group, avoided));
  }
  return globs;
}
