import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTreeSync } from '../../src/repo/tree.js';
import { sharedDir } from '../fixtures.js';

/**
 * The audit applies the repository's ignore rules itself (git's matcher is not linear). Oracle:
 * git's own `ls-files --exclude-standard`, with no user-level excludes, on a tree built to hit
 * every rule of gitignore(5) and on the real repositories with their files left untracked.
 */
const ORACLE_ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', XDG_CONFIG_HOME: '/nonexistent' };

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, env: ORACLE_ENV, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** The regular files git lists as tracked or untracked-and-not-ignored, relative to `cwd`. */
function gitFiles(cwd: string): string[] {
  const listed = git(cwd, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate']).split('\0');
  return listed.filter((path) => path !== '' && !path.endsWith('/') && existsSync(join(cwd, path)) && lstatSync(join(cwd, path)).isFile()).sort();
}

function write(root: string, path: string, content = 'x\n'): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

function builtRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'codegouv-listing-'));
  git(root, ['init', '-q']);
  write(root, '.gitignore', [
    '# a comment', '*.log', '!keep.log', 'build/', '/rootonly.txt', 'docs/**/*.tmp', '**/cache', '[Tt]emp*', '\\#hash',
    'trailing\\ ', 'dironly/', 'vendor/*', '!vendor/keep/', 'a?c.txt', '*.[oa]', 'data/**', '!data/readme.md', 'x[!0-9].bin', '',
  ].join('\n'));
  write(root, '.git/info/exclude', 'secret-*\n');
  write(root, 'sub/.gitignore', '!important.log\n*.txt\n/local\n');
  write(root, 'newpkg/.gitignore', 'dist/\n');
  const tracked = ['build/tracked.js', 'README.md', 'sub/tracked.txt', 'data/inner/tracked.csv'];
  const untracked = [
    'debug.log', 'keep.log', 'build/out.js', 'rootonly.txt', 'sub/rootonly.txt', 'docs/a/b/x.tmp', 'docs/x.tmp', 'docs/keep.md',
    'src/cache/x', 'cache', 'Temp1', 'temp2/x', 'item', '#hash', 'trailing ', 'dironly', 'other/dironly/x', 'vendor/lib.js',
    'vendor/keep/ok.js', 'abc.txt', 'abbc.txt', 'x.o', 'x.a', 'x.c', 'data/readme.md', 'data/inner/new.csv', 'x1.bin', 'xy.bin',
    'secret-key', 'sub/secret-x', 'sub/important.log', 'sub/notes.txt', 'sub/local', 'sub/deep/local', 'newpkg/dist/x.js',
    'newpkg/src/a.js', 'newpkg/src/a.log', 'données/é.log', 'données/été.md', 'empty/.keep', 'only-ignored/x.log',
  ];
  for (const path of [...tracked, ...untracked]) write(root, path);
  mkdirSync(join(root, 'empty-dir'));
  git(root, ['add', '-f', ...tracked]);
  git(join(root, 'newpkg'), ['init', '-q', 'nested']);
  write(root, 'newpkg/nested/inside.js');
  // An empty .git does not make a repository: git lists the folder's files.
  write(root, 'fixtures/fake/.git', '');
  write(root, 'fixtures/fake/.env', 'SECRET=abc\n');
  // A .gitignore that is a link is not read by git (2.32 and later).
  write(root, 'linked/rules', 'x.txt\n');
  symlinkSync('rules', join(root, 'linked', '.gitignore'));
  write(root, 'linked/x.txt');
  return root;
}

describe('the audited files of a git work tree are those git lists, ignore rules applied', () => {
  it('on a tree built for every rule of gitignore(5)', () => {
    const root = builtRepository();
    expect(loadTreeSync(root).files).toEqual(gitFiles(root));
    expect(loadTreeSync(root).files).toContain('vendor/keep/ok.js');
    expect(loadTreeSync(root).files).not.toContain('newpkg/dist/x.js');
    expect(loadTreeSync(root).files).toContain('fixtures/fake/.env');
    expect(loadTreeSync(root).files).toContain('linked/x.txt');
  });

  it('from a path that reaches the work tree through a symbolic link', () => {
    const root = builtRepository();
    const link = join(mkdtempSync(join(tmpdir(), 'codegouv-listing-link-')), 'sub');
    symlinkSync(join(root, 'sub'), link);
    const tree = loadTreeSync(link);
    expect(tree.isGit).toBe(true);
    expect(tree.files).toEqual(gitFiles(join(root, 'sub')));
  });

  it('from a subfolder of the work tree, the rules above it applied', () => {
    const root = builtRepository();
    for (const sub of ['sub', 'newpkg', 'données']) expect(loadTreeSync(join(root, sub)).files, sub).toEqual(gitFiles(join(root, sub)));
  });

  /** A clone made on macOS or Windows: git matches the rules whatever the case (https://git-scm.com/docs/git-config#Documentation/git-config.txt-coreignoreCase). */
  function caseInsensitiveClone(setting: string): string {
    const root = mkdtempSync(join(tmpdir(), 'codegouv-listing-case-'));
    git(root, ['init', '-q']);
    writeFileSync(join(root, '.git', 'config'), `${readFileSync(join(root, '.git', 'config'), 'utf8')}${setting}`);
    write(root, '.gitignore', ['*.LOG', '!Keep.log', 'Build/', '/ReadMe.tmp', '[A-C]x.txt', 'Vendor/*', '!vendor/Keep/', 'DATA/**'].join('\n'));
    write(root, 'sub/.gitignore', 'SECRET\n');
    write(root, '.git/info/exclude', 'Local-*\n');
    for (const path of [
      'debug.log', 'keep.log', 'build/out.js', 'BUILD/x.js', 'readme.tmp', 'sub/readme.tmp', 'bx.txt', 'Cx.txt', 'dx.txt', 'vendor/a.js',
      'vendor/keep/b.js', 'data/x.csv', 'sub/secret', 'sub/Secret.md', 'local-notes', 'README.md',
    ]) write(root, path);
    return root;
  }

  it.each([
    ['[core]\n\tignorecase = true\n'],
    ['[Core]\n\tIgnoreCase\n'],
    ['[core]\n\tignoreCase = false\n[core]\n\tignoreCase = yes ; the last one wins\n'],
  ])('on a clone with core.ignoreCase set (%j), rules and names differing in case', (setting) => {
    const root = caseInsensitiveClone(setting);
    const files = loadTreeSync(root).files;
    expect(files).toEqual(gitFiles(root));
    expect(files).not.toContain('debug.log');
    expect(files).toContain('keep.log');
    expect(files).toContain('vendor/keep/b.js');
    expect(files).not.toContain('BUILD/x.js');
  });

  it('on a clone with core.ignoreCase unset or false, case still counts', () => {
    for (const setting of ['', '[core]\n\tignoreCase = true\n[core]\n\tignoreCase = off\n']) {
      const root = caseInsensitiveClone(setting);
      expect(loadTreeSync(root).files).toEqual(gitFiles(root));
      expect(loadTreeSync(root).files).toContain('debug.log');
    }
  });

  const realrepos = join(sharedDir, 'realrepos');
  it.runIf(existsSync(join(realrepos, 'materialize.sh')))('on the real repositories, every file left untracked', { timeout: 120_000 }, () => {
    const dest = mkdtempSync(join(tmpdir(), 'codegouv-listing-real-'));
    execFileSync('sh', [join(realrepos, 'materialize.sh'), dest], { env: { ...ORACLE_ENV, NO_REMOTE: '1' }, stdio: 'ignore' });
    const names = readdirSync(dest).sort();
    expect(names.length).toBeGreaterThan(20);
    let withRules = 0;
    for (const name of names) {
      const root = join(dest, name);
      git(root, ['rm', '-r', '-q', '--cached', '.']);
      if (existsSync(join(root, '.gitignore'))) withRules += 1;
      expect(loadTreeSync(root).files, name).toEqual(gitFiles(root));
    }
    expect(withRules).toBeGreaterThan(10);
  });
});
