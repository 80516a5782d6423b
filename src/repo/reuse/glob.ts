import { literalChar, patternSet } from '../pattern-set.js';

/**
 * The two glob dialects of REUSE, translated into RE2 expressions and matched together (see
 * pattern-set.ts): a path is matched in time linear in its length, so `a*a*a*…b` costs no more
 * than `*.md`, and any number of wildcards is accepted.
 */

export class GlobError extends Error {}

export type GlobDialect = 'dep5' | 'reuse-toml';

/** The globs of one configuration file, compiled together. */
export interface GlobList {
  /** Index of the last glob matching the whole relative path (`/`-separated), -1 if none. */
  lastMatch(path: string): number;
}

type Token = { literal: string; escaped?: true } | { stars: number };

/**
 * A path is at most 4,096 bytes on Linux, so a longer glob cannot mean anything; and the size of
 * the compiled automaton, hence the cost of matching a path, grows with the globs' total length.
 */
export const MAX_GLOB_LENGTH = 4096;
export const MAX_GLOBS_LENGTH = 64 * 1024;

/** A backslash makes the next character literal (a trailing one is itself literal); runs of `*` are one token. */
function tokens(glob: string): Token[] {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(`"${glob.slice(0, 40)}…": longer than ${MAX_GLOB_LENGTH} characters`);
  const result: Token[] = [];
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index] as string;
    if (char === '\\') {
      index += 1;
      result.push({ literal: glob[index] ?? '\\', escaped: true });
    } else if (char === '*') {
      let stars = 1;
      while (glob[index + 1] === '*') [stars, index] = [stars + 1, index + 1];
      result.push({ stars });
    } else {
      result.push({ literal: char });
    }
  }
  return result;
}

const isSlash = (token: Token | undefined) => token !== undefined && 'literal' in token && token.literal === '/' && !token.escaped;

/**
 * REUSE.toml `path` (REUSE 3.3, https://reuse.software/spec-3.3/): `*` stays within a directory,
 * `**` crosses them, `**\/` is "any directories, or none"; `?`, `[…]`, `{…}` and `!` are literal.
 */
function reuseTomlExpression(glob: string): string {
  const parts = tokens(glob);
  return parts
    .map((token, index) => {
      if ('literal' in token) {
        // The `/` of a `**/` is part of the globstar.
        const previous = parts[index - 1];
        return isSlash(token) && previous && 'stars' in previous && previous.stars > 1 ? '' : literalChar(token.literal);
      }
      if (token.stars === 1) return '[^/]*';
      return isSlash(parts[index + 1]) ? '(?:.*/)?' : '.*';
    })
    .join('');
}

/**
 * `.reuse/dep5` `Files:` (Debian copyright format 1.0,
 * https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/#files-field): `*` and `?`
 * match any characters, `/` included; a leading `./` is dropped (as codegouv always did).
 */
function dep5Expression(glob: string): string {
  return tokens(glob.replace(/^\.\//u, ''))
    .map((token) => ('stars' in token ? '.*' : token.literal === '?' && !token.escaped ? '.' : literalChar(token.literal)))
    .join('');
}

/** The one path a glob matches when it has no wildcard (`*`, and an unescaped `?` in dep5); undefined otherwise. */
function literalPath(dialect: GlobDialect, glob: string): string | undefined {
  let path = '';
  for (const token of tokens(dialect === 'dep5' ? glob.replace(/^\.\//u, '') : glob)) {
    if ('stars' in token || (dialect === 'dep5' && token.literal === '?' && !token.escaped)) return undefined;
    path += token.literal;
  }
  return path;
}

/**
 * Globs that are all plain paths (REUSE.toml files naming their files, as codegouv writes them)
 * are looked up by name: the same answers as their expressions, without compiling an automaton.
 */
function literalList(dialect: GlobDialect, globs: readonly string[]): GlobList | undefined {
  const lastIndex = new Map<string, number>();
  for (const [index, glob] of globs.entries()) {
    const path = literalPath(dialect, glob);
    if (path === undefined) return undefined;
    lastIndex.set(path, index);
  }
  return { lastMatch: (path) => lastIndex.get(path) ?? -1 };
}

export function globList(dialect: GlobDialect, globs: readonly string[]): GlobList {
  const total = globs.reduce((sum, glob) => sum + glob.length, 0);
  if (total > MAX_GLOBS_LENGTH) throw new GlobError(`globs longer than ${MAX_GLOBS_LENGTH} characters in total`);
  const literal = literalList(dialect, globs);
  if (literal) return literal;
  const set = patternSet(globs.map(dialect === 'dep5' ? dep5Expression : reuseTomlExpression));
  return {
    lastMatch: (path) => {
      const found = set.matching(path);
      return found.length === 0 ? -1 : (found[found.length - 1] as number);
    },
  };
}
