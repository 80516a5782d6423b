import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, codegouv, git, markerScript, repositoryWithHistory, scratch, writeAnswers } from './reads-helpers.js';

/** A repository whose own .git/config runs a program on the next `git status`-like call. */
function repositoryRunningFsmonitor(): { dir: string; marker: string } {
  const outside = scratch('outside');
  const marker = join(outside, 'MARKER');
  const dir = scratch('fsmonitor');
  repositoryWithHistory(dir);
  git(dir, ['config', 'core.fsmonitor', markerScript(outside, marker)]);
  writeAnswers(dir);
  return { dir, marker };
}

describe('git runs without the programs the repository configures', () => {
  it.each([
    ['check', ['check']],
    ['check --commits', ['check', '--commits', 'HEAD~1..HEAD']],
    ['--yes', ['--yes', '--answers', 'answers.yml']],
    ['--yes --dry-run', ['--yes', '--dry-run', '--answers', 'answers.yml']],
  ])('codegouv %s never runs core.fsmonitor', (_name, args) => {
    const { dir, marker } = repositoryRunningFsmonitor();
    const result = codegouv(dir, args, 60_000);
    expect(result.signal, result.stderr).toBeNull();
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(marker), existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe(false);
  });

  it('ignores a bare repository committed in a subfolder, with its own malicious config', () => {
    const outside = scratch('outside');
    const marker = join(outside, 'MARKER');
    const dir = scratch('bare');
    repositoryWithHistory(dir);
    const bare = join(dir, 'vendor', 'evil.git');
    mkdirSync(join(dir, 'vendor'));
    git(join(dir, 'vendor'), ['init', '-q', '--bare', 'evil.git']);
    writeFileSync(join(bare, 'config'), `[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = ..\n\tfsmonitor = ${markerScript(outside, marker)}\n`);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-s', '--no-gpg-sign', '-m', 'Vendored']);
    const result = codegouv(dir, ['check', 'vendor/evil.git']);
    expect(result.signal, result.stderr).toBeNull();
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(marker), existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe(false);
  });

  it('check --commits says git is missing when it is, rather than "not a repository"', () => {
    const dir = scratch('nogit');
    repositoryWithHistory(dir);
    const result = spawnSync(process.execPath, [bin, 'check', '--commits', 'HEAD~1..HEAD'], {
      cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, PATH: scratch('empty-path') },
    });
    expect(result.signal).toBeNull();
    expect(result.stdout).toContain('git est introuvable');
    expect(result.stdout).not.toContain('pas un dépôt git');
  });

  it('check --commits outside a repository says so, without a stack trace', () => {
    const result = codegouv(scratch('plain'), ['check', '--commits', 'HEAD~1..HEAD']);
    expect(result.stdout).toContain('pas un dépôt git');
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });
});
