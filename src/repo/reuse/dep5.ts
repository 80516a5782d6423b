import { dep5Pattern } from './glob.js';
import type { LicensingInfo } from './tags.js';

/** One `Files:` paragraph of `.reuse/dep5` (Debian copyright format 1.0, deprecated by REUSE 3.2). */
export interface Dep5Paragraph {
  patterns: RegExp[];
  info: LicensingInfo;
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

export function parseDep5(source: string): Dep5Paragraph[] {
  return paragraphs(source)
    .filter((fields) => fields.has('files'))
    .map((fields) => {
      const globs = (fields.get('files') ?? []).join(' ').split(/\s+/u).filter(Boolean);
      const copyrights = (fields.get('copyright') ?? []).filter(Boolean);
      const expression = fields.get('license')?.[0];
      return { patterns: globs.map(dep5Pattern), info: { copyrights, expressions: expression ? [expression] : [] } };
    });
}

/** The last matching paragraph wins, as in Debian's format. */
export function dep5InfoFor(paragraphsOfFile: readonly Dep5Paragraph[], path: string): LicensingInfo | undefined {
  let found: LicensingInfo | undefined;
  for (const paragraph of paragraphsOfFile) {
    if (paragraph.patterns.some((pattern) => pattern.test(path))) found = paragraph.info;
  }
  return found;
}
