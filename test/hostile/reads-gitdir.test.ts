import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferAnswers } from '../../src/answers/infer.js';
import { repoRoot } from '../fixtures.js';

const git = (cwd: string, ...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=Agent', '-c', 'user.email=agent@exemple.gouv.fr', ...args], { cwd, encoding: 'utf8' });
const check = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'dist', 'bin', 'codegouv.js'), 'check', ...args], { encoding: 'utf8' });

function otherRepository(): string {
  const other = mkdtempSync(join(tmpdir(), 'codegouv-other-'));
  git(other, 'init', '-q');
  git(other, 'remote', 'add', 'origin', 'https://secret.example/private.git');
  writeFileSync(join(other, 'notes.txt'), 'x\n');
  git(other, 'add', '-A');
  git(other, 'commit', '-qm', 'SECRET COMMIT MSG');
  return other;
}

/** A `.git` file is how worktrees and submodules name their repository; a hostile folder can name any. */
describe('a folder whose .git file names another repository of this machine', () => {
  it('is not read as that repository: neither its history nor its remote', () => {
    const other = otherRepository();
    const target = mkdtempSync(join(tmpdir(), 'codegouv-borrower-'));
    writeFileSync(join(target, '.git'), `gitdir: ${join(other, '.git')}\n`);
    writeFileSync(join(target, 'README.md'), '# Projet\n');
    const result = check('--commits', 'HEAD', target);
    expect(result.stdout + result.stderr).not.toContain('SECRET COMMIT MSG');
    expect(JSON.stringify(inferAnswers(target))).not.toContain('secret.example');
  });

  it('still reads a real worktree, whose .git file points into the main repository', () => {
    const main = otherRepository();
    const worktree = join(mkdtempSync(join(tmpdir(), 'codegouv-worktree-')), 'wt');
    expect(git(main, 'worktree', 'add', '-q', worktree).status).toBe(0);
    mkdirSync(join(worktree, 'docs'), { recursive: true });
    const result = check('--json', '--commits', 'HEAD', worktree);
    expect(result.stdout).toContain('SECRET COMMIT MSG');
  });
});
