import { describe, expect, it } from 'vitest';
import { isIgnored, parseGitignore } from '../../src/repo/gitignore.js';

// Each expectation was checked with `git check-ignore --no-index` (git 2.x).
const ignored = (gitignore: string, path: string) => isIgnored(parseGitignore(gitignore), path);

describe('gitignore', () => {
  it('negates with !, the last matching line winning', () => {
    expect(ignored('.env\n.env.*\n!.env.example', '.env.local')).toBe(true);
    expect(ignored('.env\n.env.*\n!.env.example', '.env.example')).toBe(false);
    expect(ignored('.env\n.env.*\n!.env.example', 'sub/.env')).toBe(true);
  });

  it('cannot re-include a file of an excluded directory, but can of excluded contents', () => {
    expect(ignored('dir/\n!dir/keep', 'dir/keep')).toBe(true);
    expect(ignored('dir/*\n!dir/keep', 'dir/keep')).toBe(false);
    expect(ignored('dir/*\n!dir/keep', 'dir/other')).toBe(true);
  });

  it('anchors a pattern holding a slash at the root, and a bare name anywhere', () => {
    expect(ignored('/foo', 'x/foo')).toBe(false);
    expect(ignored('foo/bar', 'x/foo/bar')).toBe(false);
    expect(ignored('foo/bar', 'foo/bar')).toBe(true);
    expect(ignored('foo', 'x/foo/y')).toBe(true);
    expect(ignored('doc/*.txt', 'doc/x/a.txt')).toBe(false);
  });

  it('applies a trailing slash to directories only', () => {
    expect(ignored('foo/', 'foo')).toBe(false);
    expect(ignored('foo/', 'x/foo/y')).toBe(true);
  });

  it('reads **, character classes, escapes and case as git does', () => {
    expect(ignored('a/**/b', 'a/b')).toBe(true);
    expect(ignored('a/**/b', 'a/x/y/b')).toBe(true);
    expect(ignored('a**b', 'a/b')).toBe(false);
    expect(ignored('[!a]c', 'bc')).toBe(true);
    expect(ignored('[!a]c', 'ac')).toBe(false);
    expect(ignored('\\!bang', '!bang')).toBe(true);
    expect(ignored('trail\\ ', 'trail ')).toBe(true);
    expect(ignored('trail  ', 'trail')).toBe(true);
    expect(ignored('*.KEY', 'k.key')).toBe(false);
    expect(ignored('# comment\n\\#hash', '#hash')).toBe(true);
  });

  it('answers for a file named ... rather than throwing', () => {
    expect(ignored('.*', '...')).toBe(true);
    expect(ignored('*.key', '...')).toBe(false);
  });
});

describe('gitignore, read without a backtracking engine', () => {
  it('reads bracket expressions: ranges, POSIX classes, escapes, never a slash', () => {
    expect(ignored('[a-c]x', 'bx')).toBe(true);
    expect(ignored('[a-c]x', 'dx')).toBe(false);
    expect(ignored('[[:digit:]]x', '7x')).toBe(true);
    expect(ignored('[[:digit:]]x', 'ax')).toBe(false);
    expect(ignored('[]]x', ']x')).toBe(true);
    expect(ignored('a[\\]]b', 'a]b')).toBe(true);
    expect(ignored('a[!b]c', 'a/c')).toBe(false);
    expect(ignored('a[.-0]c', 'a/c')).toBe(false);
    expect(ignored('a[.-0]c', 'a0c')).toBe(true);
    expect(ignored('[abc', '[abc')).toBe(false);
    expect(ignored('[[:nope:]]', 'n')).toBe(false);
  });

  it('reads ** as a globstar only as a whole segment', () => {
    expect(ignored('**/foo', 'a/b/foo')).toBe(true);
    expect(ignored('a/**', 'a/x/y')).toBe(true);
    expect(ignored('a/**', 'a')).toBe(false);
    expect(ignored('a/**b', 'a/x/b')).toBe(false);
    expect(ignored('a/**b', 'a/xb')).toBe(true);
    expect(ignored('*', 'a\nb')).toBe(true);
  });

  it('reads patterns special to regular expressions literally', () => {
    expect(ignored('a+(b)|c^$.d', 'a+(b)|c^$.d')).toBe(true);
    expect(ignored('a.b', 'axb')).toBe(false);
    expect(ignored('trailing\\', 'trailing\\')).toBe(false);
  });
});
