import { describe, expect, it } from 'vitest';
import { GlobError, dep5Pattern, reuseTomlPatterns } from '../../src/repo/reuse/glob.js';

// Expectations checked against reuse-tool 6.2.0 (AnnotationsItem.matches) and python-debian's
// globs_to_re, except where noted.
const toml = (glob: string, path: string) => reuseTomlPatterns(glob).some((pattern) => pattern.test(path));
const dep5 = (glob: string, path: string) => dep5Pattern(glob).test(path);

describe('REUSE.toml paths', () => {
  it('keeps * within a directory, matching dotfiles, case-sensitively', () => {
    expect(toml('*.md', 'README.md')).toBe(true);
    expect(toml('*.md', 'docs/README.md')).toBe(false);
    expect(toml('*', '.env')).toBe(true);
    expect(toml('*.MD', 'README.md')).toBe(false);
  });

  it('lets ** cross directories, as a whole segment or inside one', () => {
    expect(toml('src/**', 'src/a/b.c')).toBe(true);
    expect(toml('src/**', 'src')).toBe(false);
    expect(toml('**/*.png', 'logo.png')).toBe(true);
    expect(toml('**/*.png', 'a/b/logo.png')).toBe(true);
    expect(toml('a/**/b', 'a/b')).toBe(true);
    expect(toml('a/**/b', 'a/x/y/b')).toBe(true);
    expect(toml('docs/**.md', 'docs/x/y.md')).toBe(true);
    expect(toml('**.png', 'a/b.png')).toBe(true);
    expect(toml('a**', 'ab/c')).toBe(true);
  });

  it('reads ?, [...], {...} and ! literally, and \\ as an escape', () => {
    expect(toml('a?c', 'abc')).toBe(false);
    expect(toml('a?c', 'a?c')).toBe(true);
    expect(toml('[ab]', 'a')).toBe(false);
    expect(toml('[ab]', '[ab]')).toBe(true);
    expect(toml('{a,b}', 'a')).toBe(false);
    expect(toml('!a', '!a')).toBe(true);
    expect(toml('\\*', '*')).toBe(true);
    expect(toml('\\*', 'a')).toBe(false);
    expect(toml('a\\\\b', 'a\\b')).toBe(true);
    expect(toml('./a', 'a')).toBe(false);
    expect(toml('\\d', 'd')).toBe(true);
    expect(toml('\\d', '1')).toBe(false);
  });

  it('returns from globs ending in escaped backslashes (picomatch 4.0.7 loops on four)', () => {
    expect(toml('a/\\\\\\\\', 'a/\\\\')).toBe(true);
    expect(dep5('*\\\\\\\\', 'x\\\\')).toBe(true);
  });

  it('refuses globs with more than three wildcards', () => {
    expect(() => reuseTomlPatterns('a*a*a*a*b')).toThrow(GlobError);
    expect(() => dep5Pattern('*/*/*/*')).toThrow(GlobError);
    expect(toml('**/*.min.*', 'a/b.min.js')).toBe(true);
  });
});

describe('.reuse/dep5 Files:', () => {
  it('lets * and ? match / and dotfiles', () => {
    expect(dep5('*', 'a/.b/c')).toBe(true);
    expect(dep5('src/*.c', 'src/x/y.c')).toBe(true);
    expect(dep5('a?c', 'a/c')).toBe(true);
    expect(dep5('a?c', 'ac')).toBe(false);
  });

  it('escapes * and ? with \\, reads brackets literally and drops a leading ./ (as codegouv always did)', () => {
    expect(dep5('a\\?c', 'abc')).toBe(false);
    expect(dep5('a\\?c', 'a?c')).toBe(true);
    expect(dep5('[ab]', 'a')).toBe(false);
    expect(dep5('./src/*', 'src/a')).toBe(true);
  });
});
