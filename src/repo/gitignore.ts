import { type PatternSet, literalChar, patternSet } from './pattern-set.js';

/**
 * A .gitignore read the way git reads it (https://git-scm.com/docs/gitignore), for the few paths
 * the audit asks about (is `.env` ignored? is this key file?). A rule that is a plain name or path,
 * or a name's start or end, is compared as a string; every other rule is translated into an RE2
 * expression on the whole path and all are matched together (pattern-set.ts): time linear in the
 * path, whatever the rules; case-sensitive, as git is unless core.ignoreCase.
 */
export interface GitignoreRules {
  /** The rules that are not plain names or paths ({@link PlainRules}), matched by RE2. */
  set: PatternSet;
  /** For each expression of `set`, its rule's index. */
  setRules: number[];
  plain: PlainRules;
  /** Per rule, in file order. */
  rules: { negated: boolean; directoryOnly: boolean }[];
  /** core.ignoreCase: plain rules are kept in lower case and compared with the path in lower case. */
  ignoreCase: boolean;
}

/**
 * Most lines of a real .gitignore (`.env`, `*.pyc`, `.idea*`, `/build`) say a name, a name's end
 * or start, or one path: those are compared as strings, which is what their RE2 expression would
 * decide, at a fraction of the cost of running the automaton on every path of a large tree.
 * Values are rule indices, ascending.
 */
interface PlainRules {
  /** Unanchored `name`: the last segment equals it. */
  names: Map<string, number[]>;
  /** Anchored `dir/name` or `/name`: the whole path equals it. */
  paths: Map<string, number[]>;
  /** Unanchored `*end`: the last segment ends with it. */
  ends: { text: string; rule: number }[];
  /** Unanchored `start*`: the last segment starts with it. */
  starts: { text: string; rule: number }[];
}

/**
 * Rules beyond these are not read: the automaton grows with them, and a .gitignore is a few
 * hundred lines at most (GitHub's largest template is under 300).
 */
const MAX_RULES = 10_000;
const MAX_RULE_LENGTH = 4096;

/** Trailing spaces go unless escaped with a backslash (git's trim_trailing_spaces). */
function trimTrailingSpaces(line: string): string {
  let lastSpace = -1;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (char === ' ') {
      if (lastSpace < 0) lastSpace = index;
    } else {
      if (char === '\\') index += 1;
      lastSpace = -1;
    }
  }
  return lastSpace < 0 ? line : line.slice(0, lastSpace);
}

/** The POSIX classes wildmatch knows, in ASCII, without `/` (a class never matches it in a path). */
const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  space: '\\t-\\r ',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f',
};

const codePoint = (value: number) => `\\x{${value.toString(16)}}`;

/** One character of a bracket expression, a backslash escaping the next one. */
function classChar(chars: readonly string[], at: number): { char: string; next: number } {
  return chars[at] === '\\' ? { char: chars[at + 1] ?? '\\', next: at + 2 } : { char: chars[at] as string, next: at + 1 };
}

/** A bracket expression from `[` at `start`: its RE2 class and where it ends, or undefined if malformed (git then matches nothing). */
function bracket(chars: readonly string[], start: number): { expression: string; next: number } | undefined {
  let index = start + 1;
  const negated = chars[index] === '!' || chars[index] === '^';
  if (negated) index += 1;
  const items: string[] = [];
  let first = true;
  for (;;) {
    const char = chars[index];
    if (char === undefined) return undefined;
    if (char === ']' && !first) break;
    first = false;
    if (char === '[' && chars[index + 1] === ':') {
      const close = chars.indexOf(':', index + 2);
      const name = close < 0 ? undefined : chars.slice(index + 2, close).join('');
      const posix = name === undefined || chars[close + 1] !== ']' ? undefined : POSIX_CLASSES[name];
      if (posix === undefined) return undefined;
      items.push(posix);
      index = close + 2;
      continue;
    }
    const from = classChar(chars, index);
    const to = chars[from.next] === '-' && chars[from.next + 1] !== undefined && chars[from.next + 1] !== ']' ? classChar(chars, from.next + 1) : from;
    index = to.next;
    const low = from.char.codePointAt(0) as number;
    const top = to.char.codePointAt(0) as number;
    // A reversed range matches nothing; `/` is left out of every class.
    for (const [rangeStart, rangeEnd] of [[low, Math.min(top, 0x2e)], [Math.max(low, 0x30), top]] as const) {
      if (rangeStart <= rangeEnd) items.push(rangeStart === rangeEnd ? codePoint(rangeStart) : `${codePoint(rangeStart)}-${codePoint(rangeEnd)}`);
    }
  }
  const body = items.join('');
  if (negated) return { expression: `[^/${body}]`, next: index + 1 };
  // A class of `/` alone matches nothing in a path.
  return body === '' ? undefined : { expression: `[${body}]`, next: index + 1 };
}

/** One pattern (already without `!`, trailing `/` or leading `/`) as an RE2 expression on a whole path, or undefined if it can match nothing. */
function expressionOf(pattern: string, anchored: boolean): string | undefined {
  const chars = Array.from(pattern);
  let expression = anchored ? '' : '(?:.*/)?';
  for (let index = 0; index < chars.length; ) {
    const char = chars[index] as string;
    if (char === '*') {
      let end = index;
      while (chars[end] === '*') end += 1;
      // `**` is a globstar only as a whole segment of an anchored pattern; otherwise it is `*`.
      const wholeSegment = end - index >= 2 && anchored && (index === 0 || chars[index - 1] === '/') && (end === chars.length || chars[end] === '/');
      if (wholeSegment && end === chars.length) expression += '.*';
      else if (wholeSegment) [expression, end] = [`${expression}(?:.*/)?`, end + 1];
      else expression += '[^/]*';
      index = end;
    } else if (char === '?') {
      expression += '[^/]';
      index += 1;
    } else if (char === '[') {
      const found = bracket(chars, index);
      if (!found) return undefined;
      expression += found.expression;
      index = found.next;
    } else if (char === '\\') {
      const escaped = chars[index + 1];
      // A trailing backslash makes the pattern invalid: git matches nothing with it.
      if (escaped === undefined) return undefined;
      expression += literalChar(escaped);
      index += 2;
    } else {
      expression += literalChar(char);
      index += 1;
    }
  }
  return expression;
}

/**
 * A pattern of a .gitignore or .gitattributes line, without `!` and trailing `/`, as an RE2
 * expression on a path relative to its file's folder; undefined if it can match nothing. A slash
 * at the start or in the middle anchors it at that folder; otherwise it matches a name at any depth.
 */
export function patternExpression(pattern: string): string | undefined {
  const anchored = pattern.includes('/');
  return expressionOf(anchored && pattern.startsWith('/') ? pattern.slice(1) : pattern, anchored);
}

const GLOB_CHARS = /[*?[\\]/u;

/** The rule as a plain comparison, when its pattern (without `!`, trailing or leading `/`) has at most one `*` at one end. */
function addPlain(plain: PlainRules, pattern: string, anchored: boolean, rule: number): boolean {
  const push = (map: Map<string, number[]>, key: string) => {
    const rules = map.get(key);
    if (rules) rules.push(rule);
    else map.set(key, [rule]);
  };
  if (!GLOB_CHARS.test(pattern)) {
    push(anchored ? plain.paths : plain.names, pattern);
    return true;
  }
  if (anchored || pattern.length < 2) return false;
  if (pattern.startsWith('*') && !GLOB_CHARS.test(pattern.slice(1))) {
    plain.ends.push({ text: pattern.slice(1), rule });
    return true;
  }
  if (pattern.endsWith('*') && !GLOB_CHARS.test(pattern.slice(0, -1))) {
    plain.starts.push({ text: pattern.slice(0, -1), rule });
    return true;
  }
  return false;
}

/** The rules of a .gitignore, at most `maxRules` of them (the first ones, as git would read them); `ignoreCase` as core.ignoreCase. */
export function parseGitignore(text: string, maxRules = MAX_RULES, ignoreCase = false): GitignoreRules {
  const expressions: string[] = [];
  const setRules: number[] = [];
  const plain: PlainRules = { names: new Map(), paths: new Map(), ends: [], starts: [] };
  const rules: GitignoreRules['rules'] = [];
  for (const rawLine of text.split(/\r?\n/u)) {
    if (rules.length >= Math.min(maxRules, MAX_RULES)) break;
    if (rawLine.length > MAX_RULE_LENGTH || rawLine.startsWith('#')) continue;
    let pattern = trimTrailingSpaces(rawLine);
    const negated = pattern.startsWith('!');
    if (negated) pattern = pattern.slice(1);
    const directoryOnly = pattern.endsWith('/');
    if (directoryOnly) pattern = pattern.slice(0, -1);
    if (pattern === '') continue;
    const anchored = pattern.includes('/');
    const body = anchored && pattern.startsWith('/') ? pattern.slice(1) : pattern;
    const expression = patternExpression(pattern);
    if (expression === undefined) continue;
    if (!addPlain(plain, ignoreCase ? body.toLowerCase() : body, anchored, rules.length)) {
      expressions.push(expression);
      setRules.push(rules.length);
    }
    rules.push({ negated, directoryOnly });
  }
  return { set: patternSet(expressions, { ignoreCase }), setRules, plain, rules, ignoreCase };
}

/** The index of the last rule matching the path (a directory when `directory`), or -1. */
function lastMatching(gitignore: GitignoreRules, path: string, directory: boolean): number {
  const { plain, rules } = gitignore;
  const folded = gitignore.ignoreCase ? path.toLowerCase() : path;
  const name = folded.slice(folded.lastIndexOf('/') + 1);
  let last = -1;
  const consider = (rule: number) => {
    if (rule > last && (directory || !rules[rule]?.directoryOnly)) last = rule;
  };
  for (const rule of plain.names.get(name) ?? []) consider(rule);
  for (const rule of plain.paths.get(folded) ?? []) consider(rule);
  for (const { text, rule } of plain.ends) if (name.endsWith(text)) consider(rule);
  for (const { text, rule } of plain.starts) if (name.startsWith(text)) consider(rule);
  if (gitignore.setRules.length > 0) for (const index of gitignore.set.matching(path)) consider(gitignore.setRules[index] as number);
  return last;
}

/** Whether the last rule matching a path ignores it (undefined: no rule matches); the path is relative to the .gitignore's folder. */
export function verdict(gitignore: GitignoreRules, path: string, directory: boolean): boolean | undefined {
  const last = lastMatching(gitignore, path, directory);
  return last < 0 ? undefined : !gitignore.rules[last]?.negated;
}

/** Verdicts on folders already asked about, per set of rules: the folders of a tree's paths repeat. */
const folderVerdicts = new WeakMap<GitignoreRules, Map<string, boolean | undefined>>();
/** Folders remembered per set of rules: a fleet's trees do not pile up in memory. */
const MAX_REMEMBERED_FOLDERS = 20_000;

function folderVerdict(gitignore: GitignoreRules, folder: string): boolean | undefined {
  let known = folderVerdicts.get(gitignore);
  if (!known || known.size >= MAX_REMEMBERED_FOLDERS) {
    known = new Map();
    folderVerdicts.set(gitignore, known);
  }
  if (known.has(folder)) return known.get(folder);
  const found = verdict(gitignore, folder, true);
  known.set(folder, found);
  return found;
}

/** Whether a file path (relative, `/`-separated) is ignored: by itself or by an ignored parent directory, which no rule can re-include. */
export function isIgnored(gitignore: GitignoreRules, path: string): boolean {
  for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
    if (folderVerdict(gitignore, path.slice(0, slash))) return true;
  }
  return verdict(gitignore, path, false) === true;
}
