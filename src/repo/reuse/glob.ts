import picomatch from 'picomatch';

/**
 * The two glob dialects of REUSE, compiled by picomatch. Each glob is first rewritten into a
 * picomatch glob in which every literal character is escaped (picomatch would otherwise read
 * `?`, `[…]`, `{…}`, `!` and extglobs, which neither dialect has).
 */

const OPTIONS: picomatch.PicomatchOptions = { dot: true, nobrace: true, noextglob: true, nonegate: true, strictSlashes: true, literalBrackets: false };

export class GlobError extends Error {}

type Token = { literal: string; escaped?: true } | { stars: number };

/**
 * picomatch compiles to backtracking regular expressions: a failing match costs about n^k for k
 * wildcards on an n-character path (`a*a*a*a*b` on a 255-character name: 6 s), and audited
 * repositories are hostile. Globs with more wildcard runs than this are refused.
 */
const MAX_WILDCARDS = 3;

/** A backslash makes the next character literal (a trailing one is itself literal); runs of `*` are one token. */
function tokens(glob: string): Token[] {
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
  const wildcards = result.filter((token) => 'stars' in token).length;
  if (wildcards > MAX_WILDCARDS) throw new GlobError(`"${glob}": more than ${MAX_WILDCARDS} wildcards`);
  return result;
}

/**
 * Letters and digits as they are (`\d` would be a class), `/` as the separator, a backslash as a
 * class (picomatch 4.0.7 never returns from a glob ending in four backslashes), anything else escaped.
 */
const literal = (char: string) => (/^[A-Za-z0-9/]$/u.test(char) ? char : char === '\\' ? '[\\\\]' : `\\${char}`);

function compile(glob: string, options: picomatch.PicomatchOptions = OPTIONS): RegExp {
  try {
    return picomatch.makeRe(glob, options);
  } catch (error) {
    // picomatch refuses globs over 64 KiB.
    throw new GlobError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * REUSE.toml `path` (REUSE 3.3, https://reuse.software/spec-3.3/): `*` stays within a directory,
 * `**` and `**\/` cross them. picomatch reads `**` as a globstar only as a whole segment, so a
 * `**` inside one (`docs/**.md`) becomes two alternatives: within the segment, or across `/`.
 */
export function reuseTomlPatterns(glob: string): RegExp[] {
  let alternatives = [''];
  const parts = tokens(glob);
  parts.forEach((token, index) => {
    if ('literal' in token) {
      // The `/` of a `**/` is part of the globstar.
      const previous = parts[index - 1];
      if (!(token.literal === '/' && !token.escaped && previous && 'stars' in previous && previous.stars > 1)) alternatives = alternatives.map((glob) => glob + literal(token.literal));
      return;
    }
    if (token.stars === 1) {
      alternatives = alternatives.map((glob) => `${glob}*`);
      return;
    }
    const next = parts[index + 1];
    const slashAfter = next !== undefined && 'literal' in next && next.literal === '/' && !next.escaped;
    const atSegmentStart = (glob: string) => glob === '' || glob.endsWith('/');
    if (slashAfter || next === undefined) {
      // `**/` is "(any path ending in /)?"; a trailing `**` is "anything".
      const across = slashAfter ? ['', '*/**/'] : ['*', '*/**/*'];
      const whole = slashAfter ? '**/' : '**';
      alternatives = alternatives.flatMap((glob) => (atSegmentStart(glob) ? [glob + whole] : across.map((tail) => glob + tail)));
      return;
    }
    alternatives = alternatives.flatMap((glob) => [`${glob}*`, `${glob}*/**/*`]);
  });
  return alternatives.map((alternative) => compile(alternative));
}

/**
 * `.reuse/dep5` `Files:` (Debian copyright format 1.0,
 * https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/#files-field): `*` and `?`
 * match any characters, `/` included. picomatch's `bash` mode makes `*` cross `/`; `?` is a class.
 */
export function dep5Pattern(glob: string): RegExp {
  const rewritten = tokens(glob.replace(/^\.\//u, ''))
    .map((token) => ('stars' in token ? '*' : token.literal === '?' && !token.escaped ? '[\\s\\S]' : literal(token.literal)))
    .join('');
  return compile(rewritten, { ...OPTIONS, bash: true });
}
