import { type GlobList, globList } from './glob.js';
import type { LicensingInfo } from './tags.js';

/**
 * The `Files:` paragraphs of `.reuse/dep5` (Debian copyright format 1.0, deprecated by REUSE 3.2):
 * every glob compiled into one list, each glob knowing its paragraph.
 */
export interface Dep5 {
  globs: GlobList;
  paragraphOfGlob: number[];
  infos: LicensingInfo[];
}

type Fields = Map<string, string[]>;

/** Paragraphs are separated by blank lines; a line starting with white space continues the field above. */
function paragraphs(source: string): Fields[] {
  const result: Fields[] = [];
  let current: Fields | undefined;
  let lastField: string[] | undefined;
  for (const line of source.split(/\r\n?|\n/u)) {
    if (line.trim() === '') {
      current = undefined;
      lastField = undefined;
      continue;
    }
    if (line.startsWith('#')) continue;
    if (/^[ \t]/u.test(line)) {
      const continuation = line.trim();
      lastField?.push(continuation === '.' ? '' : continuation);
      continue;
    }
    const field = /^([^:\s]+):(.*)$/u.exec(line);
    if (!field) continue;
    if (!current) {
      current = new Map();
      result.push(current);
    }
    lastField = [(field[2] ?? '').trim()];
    current.set((field[1] ?? '').toLowerCase(), lastField);
  }
  return result;
}

export function parseDep5(source: string): Dep5 {
  const infos: LicensingInfo[] = [];
  const globs: string[] = [];
  const paragraphOfGlob: number[] = [];
  for (const fields of paragraphs(source).filter((candidate) => candidate.has('files'))) {
    const copyrights = (fields.get('copyright') ?? []).filter(Boolean);
    const expression = fields.get('license')?.[0];
    for (const glob of (fields.get('files') ?? []).join(' ').split(/\s+/u).filter(Boolean)) {
      globs.push(glob);
      paragraphOfGlob.push(infos.length);
    }
    infos.push({ copyrights, expressions: expression ? [expression] : [] });
  }
  return { globs: globList('dep5', globs), paragraphOfGlob, infos };
}

/** The last matching paragraph wins, as in Debian's format. */
export function dep5InfoFor(dep5: Dep5 | undefined, path: string): LicensingInfo | undefined {
  const glob = dep5?.globs.lastMatch(path) ?? -1;
  return glob < 0 ? undefined : dep5?.infos[dep5.paragraphOfGlob[glob] as number];
}
