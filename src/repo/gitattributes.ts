import { patternExpression } from './gitignore.js';
import { type PatternSet, patternSet } from './pattern-set.js';
import type { RepositoryTree } from './tree.js';

/**
 * What a repository's .gitattributes files say of its paths for GitHub Linguist: code it marks
 * as vendored (someone else's) or generated (https://github.com/github-linguist/linguist/blob/main/docs/overrides.md).
 * Read as git reads attributes (https://git-scm.com/docs/gitattributes): the .gitattributes of
 * each folder of the tree, patterns relative to it as in .gitignore (no `!` patterns, a trailing
 * `/` matches no file); for each attribute the last line of the deepest file that names it
 * decides, `!attr` leaving it unspecified. Read as Linguist reads the value: set, or any value
 * but `false`, is true; `-attr` and `attr=false` are false. Not read: macros (`[attr]`), which
 * Linguist's attributes are not in practice, and `.git/info/attributes`, a clone's own file
 * that the repository does not publish. Matching is case-sensitive, as on the forge.
 */

export interface LinguistAttributes {
  /** `linguist-vendored`: true or false when a line decides it, undefined otherwise. */
  vendored?: boolean;
  /** `linguist-generated`, likewise. */
  generated?: boolean;
}

type Attribute = keyof LinguistAttributes;

const ATTRIBUTES: Readonly<Record<string, Attribute>> = { 'linguist-vendored': 'vendored', 'linguist-generated': 'generated' };

/** A state as git records it: true, false, or `!attr` (back to unspecified). */
type State = boolean | 'unspecified';

/** git ignores longer lines (attr.c, ATTR_MAX_LINE_LENGTH). */
const MAX_LINE_LENGTH = 2048;
/**
 * Lines naming a Linguist attribute, and the characters of their patterns, all files together:
 * real repositories have a few dozen lines, and the automaton grows with the patterns' length.
 */
const MAX_TREE_RULES = 20_000;
const MAX_TREE_PATTERN_CHARS = 16 * 1024;

interface AttributesFile {
  /** The folder holding it, `''` at the root. */
  folder: string;
  set: PatternSet;
  /** Per matching expression, in file order: what the line says of each attribute it names. */
  rules: Partial<Record<Attribute, State>>[];
}

/** git's C-style quoted pattern (`"a b.txt"`): its text and what follows, or undefined if malformed. */
function unquoted(line: string): { pattern: string; rest: string } | undefined {
  const bytes: number[] = [];
  const escapes: Readonly<Record<string, number>> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34 };
  for (let index = 1; index < line.length; index += 1) {
    const char = line[index] as string;
    if (char === '"') {
      const pattern = new TextDecoder('utf-8', { fatal: false }).decode(Uint8Array.from(bytes));
      return { pattern, rest: line.slice(index + 1) };
    }
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = line[index + 1] ?? '';
    if (next in escapes) {
      bytes.push(escapes[next] as number);
      index += 1;
    } else if (/^[0-3][0-7][0-7]$/u.test(line.slice(index + 1, index + 4))) {
      bytes.push(Number.parseInt(line.slice(index + 1, index + 4), 8));
      index += 3;
    } else return undefined;
  }
  return undefined;
}

const BLANK = new Set([' ', '\t', '\r', '\n']);

function words(text: string): string[] {
  const found: string[] = [];
  let current = '';
  for (const char of text) {
    if (!BLANK.has(char)) current += char;
    else if (current !== '') {
      found.push(current);
      current = '';
    }
  }
  if (current !== '') found.push(current);
  return found;
}

/** git's attribute names: letters, digits, `-`, `.`, `_`, not starting with `-`. */
const ATTRIBUTE_NAME = /^[0-9A-Za-z._][-0-9A-Za-z._]*$/u;

/** What one line says of the Linguist attributes, or undefined when git would ignore the line. */
function parseLine(line: string): { pattern: string; states: Partial<Record<Attribute, State>> } | undefined {
  let rest = line;
  while (rest !== '' && BLANK.has(rest[0] as string)) rest = rest.slice(1);
  if (rest === '' || rest.startsWith('#') || rest.startsWith('[attr]')) return undefined;
  let pattern: string;
  const quoted = rest.startsWith('"') ? unquoted(rest) : undefined;
  if (quoted) ({ pattern, rest } = quoted);
  else {
    [pattern = ''] = words(rest);
    rest = rest.slice(pattern.length);
  }
  // git warns and ignores negative patterns in attributes files.
  if (pattern.startsWith('!')) return undefined;
  const states: Partial<Record<Attribute, State>> = {};
  for (const word of words(rest)) {
    const prefix = word[0] === '-' || word[0] === '!' ? word[0] : '';
    const equals = word.indexOf('=');
    const name = word.slice(prefix.length, equals < 0 || prefix !== '' ? undefined : equals);
    // One invalid attribute name and git ignores the whole line.
    if (!ATTRIBUTE_NAME.test(name)) return undefined;
    const attribute = ATTRIBUTES[name];
    if (attribute === undefined) continue;
    states[attribute] = prefix === '-' ? false : prefix === '!' ? 'unspecified' : equals < 0 ? true : word.slice(equals + 1) !== 'false';
  }
  return { pattern, states };
}

function parseFile(text: string, folder: string, budget: { rules: number; chars: number }): AttributesFile {
  const expressions: string[] = [];
  const rules: AttributesFile['rules'] = [];
  for (const line of text.split('\n')) {
    if (budget.rules <= 0 || budget.chars <= 0) break;
    if (line.length > MAX_LINE_LENGTH) continue;
    const parsed = parseLine(line);
    if (parsed === undefined || Object.keys(parsed.states).length === 0 || parsed.pattern.endsWith('/')) continue;
    const expression = patternExpression(parsed.pattern);
    if (expression === undefined) continue;
    expressions.push(expression);
    rules.push(parsed.states);
    budget.rules -= 1;
    budget.chars -= parsed.pattern.length;
  }
  return { folder, set: patternSet(expressions), rules };
}

/**
 * The Linguist attributes of each path of the tree, from every .gitattributes the tree holds
 * (read through the tree: unreadable or oversized ones are reported there and read as empty).
 */
export function linguistAttributes(tree: RepositoryTree): (path: string) => LinguistAttributes {
  const budget = { rules: MAX_TREE_RULES, chars: MAX_TREE_PATTERN_CHARS };
  const files: AttributesFile[] = [];
  for (const path of tree.files) {
    if (path !== '.gitattributes' && !path.endsWith('/.gitattributes')) continue;
    const text = tree.text(path);
    if (text !== undefined) files.push(parseFile(text, path.slice(0, Math.max(0, path.length - '/.gitattributes'.length)), budget));
  }
  // Deepest first: a folder's own file outranks the ones above it.
  const depth = (folder: string) => (folder === '' ? 0 : folder.split('/').length);
  files.sort((a, b) => depth(b.folder) - depth(a.folder));
  return (path) => {
    const decided: Partial<Record<Attribute, State>> = {};
    for (const file of files) {
      if (file.folder !== '' && !path.startsWith(`${file.folder}/`)) continue;
      const matching = file.set.matching(file.folder === '' ? path : path.slice(file.folder.length + 1));
      for (let at = matching.length - 1; at >= 0; at -= 1) {
        for (const [attribute, state] of Object.entries(file.rules[matching[at] as number] ?? {}) as [Attribute, State][]) decided[attribute] ??= state;
      }
    }
    const value = (state: State | undefined) => (state === 'unspecified' ? undefined : state);
    return { vendored: value(decided.vendored), generated: value(decided.generated) };
  };
}
