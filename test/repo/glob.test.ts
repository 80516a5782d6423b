import { describe, expect, it } from 'vitest';
import { GlobError, MAX_GLOBS_LENGTH, MAX_GLOB_LENGTH, globList } from '../../src/repo/reuse/glob.js';

// Expectations checked against reuse-tool 6.2.0 (AnnotationsItem.matches) and python-debian's
// globs_to_re, except where noted.
const toml = (glob: string, path: string) => globList('reuse-toml', [glob]).lastMatch(path) === 0;
const dep5 = (glob: string, path: string) => globList('dep5', [glob]).lastMatch(path) === 0;

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

  it('accepts any number of wildcards, and refuses globs longer than a path can be', () => {
    expect(toml('a*a*a*a*b', 'aaaab')).toBe(true);
    expect(dep5('*/*/*/*', 'a/b/c/d')).toBe(true);
    expect(toml('**/*.min.*', 'a/b.min.js')).toBe(true);
    expect(() => globList('reuse-toml', ['a'.repeat(MAX_GLOB_LENGTH + 1)])).toThrow(GlobError);
    expect(() => globList('dep5', ['*'.repeat(MAX_GLOB_LENGTH + 1)])).toThrow(GlobError);
    expect(() => globList('dep5', Array(MAX_GLOBS_LENGTH / 1024 + 1).fill('*'.repeat(1024)))).toThrow(GlobError);
  });

  it('gives the last of several globs that match', () => {
    const list = globList('reuse-toml', ['**', 'src/**', 'docs/*.md']);
    expect(list.lastMatch('src/a.c')).toBe(1);
    expect(list.lastMatch('docs/a.md')).toBe(2);
    expect(list.lastMatch('README.md')).toBe(0);
    expect(globList('dep5', []).lastMatch('a')).toBe(-1);
  });

  it('matches names holding line breaks and characters special to regular expressions', () => {
    expect(toml('*.md', 'a\nb.md')).toBe(true);
    expect(toml('a+(b)|c^$.d', 'a+(b)|c^$.d')).toBe(true);
    expect(toml('a.b', 'axb')).toBe(false);
    expect(dep5('?', '\n')).toBe(true);
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
