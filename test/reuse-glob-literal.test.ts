import { describe, expect, it } from 'vitest';
import { type GlobDialect, globList } from '../src/repo/reuse/glob.js';

// A glob with a wildcard that no path below holds: the list then goes through the compiled automaton.
const THROUGH_AUTOMATON = 'never-matched-*-glob';

/** A deterministic pseudo-random generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'B', '/', '.', '-', '_', ' ', 'é', '中', '\n', '\\*', '\\\\', '?', '[x]', '{a,b}', '!', 'docs', 'README.md', '\\'];

describe('REUSE globs that are plain paths, looked up by name', () => {
  it.each(['reuse-toml', 'dep5'] as GlobDialect[])('give, in %s, the same matches as the automaton on 2,000 random lists', (dialect) => {
    const next = random(dialect === 'dep5' ? 5 : 17);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
    let compared = 0;
    for (let round = 0; round < 2000; round += 1) {
      const globs = Array.from({ length: 1 + Math.floor(next() * 4) }, () => Array.from({ length: 1 + Math.floor(next() * 5) }, () => pick(PIECES)).join(''));
      // dep5 reads an unescaped `?` as a wildcard: such a list is not a list of plain paths.
      if (dialect === 'dep5' && globs.some((glob) => /(?<!\\)\?/u.test(glob.replaceAll('\\\\', '')))) continue;
      const unescaped = globs.map((glob) => glob.replace(/\\(.)/gu, '$1').replace(dialect === 'dep5' ? /^\.\//u : /$^/u, ''));
      const paths = [...unescaped, ...globs, ...unescaped.map((path) => `${path}x`), ...unescaped.map((path) => path.toUpperCase()), ''];
      const byName = globList(dialect, globs);
      const automaton = globList(dialect, [...globs, THROUGH_AUTOMATON]);
      for (const path of paths) expect(byName.lastMatch(path), `${JSON.stringify(globs)} on ${JSON.stringify(path)}`).toBe(automaton.lastMatch(path));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('match exactly their path, the last one naming it winning, an escaped star being a star', () => {
    const list = globList('reuse-toml', ['docs/guide.md', 'a\\*b', 'docs/guide.md']);
    expect(list.lastMatch('docs/guide.md')).toBe(2);
    expect(list.lastMatch('a*b')).toBe(1);
    expect(list.lastMatch('axb')).toBe(-1);
    expect(list.lastMatch('docs/guide.mdx')).toBe(-1);
    expect(globList('dep5', ['./LICENSE']).lastMatch('LICENSE')).toBe(0);
    // A dep5 `?` is a wildcard, a REUSE.toml one a literal.
    expect(globList('dep5', ['a?c']).lastMatch('abc')).toBe(0);
    expect(globList('reuse-toml', ['a?c']).lastMatch('abc')).toBe(-1);
  });
});
