import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codegouv, git, repositoryWithHistory, scratch, writeAnswers } from './reads-helpers.js';

/**
 * What a repository can hold to keep git itself busy or blocked: a .gitignore rule git's
 * backtracking matcher takes minutes on, and FIFOs git opens without a timeout (a .gitignore, a
 * file of .git, a file the config includes). git gives up only at our 60 s limit; `check` must
 * answer in seconds, and say what it did not read.
 */
const FAST = 20_000;

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

interface Report {
  results: { path: string; status: string; rules: { id: string; ok: boolean; message: string }[] }[];
}

function checkJson(dir: string, args: string[] = []): { report: Report; elapsed: number } {
  const started = Date.now();
  const result = codegouv(dir, ['check', '--json', ...args], FAST);
  const elapsed = Date.now() - started;
  expect(result.signal, `check was killed after ${elapsed} ms`).toBeNull();
  expect(result.stderr).not.toMatch(/\n\s+at /u);
  return { report: JSON.parse(result.stdout) as Report, elapsed };
}

const rule = (report: Report, id: string) => report.results[0]?.rules.find((entry) => entry.id === id);

describe('git is never left to hang on what the repository holds', () => {
  it('a .gitignore rule git matches in exponential time: the file is still ignored, in seconds', () => {
    const dir = scratch('gitignore-slow');
    repositoryWithHistory(dir);
    // git 2.39 takes over 100 s on this one rule and this 41-character name, which it does not match.
    writeFileSync(join(dir, '.gitignore'), `${'*a'.repeat(12)}*b0\n`);
    writeFileSync(join(dir, `${'a'.repeat(40)}0`), 'not ignored\n');
    writeFileSync(join(dir, `${'a'.repeat(30)}b0`), 'ignored: the rule matches\n');
    const { report } = checkJson(dir);
    const h1 = rule(report, 'H1')?.message ?? '';
    expect(h1).toContain(`${'a'.repeat(40)}0`);
    expect(h1).not.toContain('ab0');
  });

  it.each([
    ['.gitignore', (dir: string) => mkfifo(join(dir, '.gitignore'))],
    ['.git/info/exclude', (dir: string) => {
      mkdirSync(join(dir, '.git', 'info'), { recursive: true });
      rmSync(join(dir, '.git', 'info', 'exclude'), { force: true });
      mkfifo(join(dir, '.git', 'info', 'exclude'));
    }],
    ['a FIFO ref in .git/refs', (dir: string) => mkfifo(join(dir, '.git', 'refs', 'heads', 'waiting'))],
    ['a FIFO included by .git/config', (dir: string) => {
      mkfifo(join(dir, 'shared-config'));
      writeFileSync(join(dir, '.git', 'config'), `[core]\n\trepositoryformatversion = 0\n[include]\n\tpath = ../shared-config\n`);
    }],
    ['a FIFO included under includeIf, quoted, on the header line', (dir: string) => {
      mkfifo(join(dir, 'other-config'));
      writeFileSync(join(dir, '.git', 'config'), `[core]\n\trepositoryformatversion = 0\n[includeIf "onbranch:main"] path = "../other-config" ; why not\n`);
    }],
  ])('a FIFO as %s: check answers and reports it', (name, plant) => {
    const dir = scratch('git-fifo');
    repositoryWithHistory(dir);
    writeFileSync(join(dir, 'README.md'), '# Projet\n');
    plant(dir);
    const { report } = checkJson(dir);
    expect(report.results[0]?.status).not.toBe('error');
    // The README was audited (the tree was walked when git could not be run)...
    expect(rule(report, 'F1')?.message ?? '').not.toContain('README absent');
    // ...and the FIFO is named among what was not read.
    const unread = rule(report, 'F2-unread');
    expect(unread?.ok, name).toBe(false);
    expect(unread?.message).toMatch(/gitignore|exclude|waiting|config/u);
  });

  it('check --commits and the generator answer too when .git/config includes a FIFO', () => {
    const dir = scratch('git-fifo-commits');
    repositoryWithHistory(dir);
    writeAnswers(dir);
    mkfifo(join(dir, 'shared-config'));
    writeFileSync(join(dir, '.git', 'config'), `[core]\n\trepositoryformatversion = 0\n[include]\n\tpath = ../shared-config\n`);
    for (const args of [['check', '--commits', 'HEAD~1..HEAD'], ['--yes', '--dry-run', '--answers', 'answers.yml']]) {
      const result = codegouv(dir, args, FAST);
      expect(result.signal, `${args.join(' ')}: killed`).toBeNull();
      expect(result.stderr).not.toMatch(/\n\s+at /u);
    }
  });

  it('a normal included config is read as git reads it (regression guard)', () => {
    const dir = scratch('git-include');
    repositoryWithHistory(dir);
    writeFileSync(join(dir, 'README.md'), '# Projet\n');
    writeFileSync(join(dir, 'shared-config'), '[user]\n\tname = Agnès Dupré\n');
    writeFileSync(join(dir, '.git', 'config'), `[core]\n\trepositoryformatversion = 0\n[include]\n\tpath = ../shared-config\n`);
    git(dir, ['add', 'README.md', 'shared-config']);
    git(dir, ['-c', 'user.email=agnes@interieur.gouv.fr', 'commit', '-q', '-s', '--no-gpg-sign', '-m', 'Trois']);
    const { report } = checkJson(dir, ['--commits', 'HEAD~1..HEAD']);
    expect(rule(report, 'F2-unread')?.ok).toBe(true);
    expect(rule(report, 'C2-commits')?.ok).toBe(true);
  });

  it('an untracked folder posing as a repository with a FIFO HEAD: check answers, its files audited', () => {
    const dir = scratch('nested-fifo');
    repositoryWithHistory(dir);
    mkdirSync(join(dir, 'y', '.git', 'objects'), { recursive: true });
    mkdirSync(join(dir, 'y', '.git', 'refs'));
    mkfifo(join(dir, 'y', '.git', 'HEAD'));
    const { report } = checkJson(dir);
    expect(report.results[0]?.status).not.toBe('error');
  });

  it('a FIFO .mailmap: the generator\'s history reads answer', () => {
    const dir = scratch('mailmap-fifo');
    repositoryWithHistory(dir);
    writeAnswers(dir);
    writeFileSync(join(dir, 'main.py'), 'print(1)\n');
    mkfifo(join(dir, '.mailmap'));
    const result = codegouv(dir, ['--yes', '--dry-run', '--answers', 'answers.yml'], FAST);
    expect(result.signal, 'killed').toBeNull();
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });
});

