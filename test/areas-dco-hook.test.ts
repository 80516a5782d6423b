import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeAnswers, repoRoot } from './fixtures.js';
import { stringify } from 'yaml';

const bin = join(repoRoot, 'dist', 'bin', 'codegouv.js');
const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-hook-'));
  git(dir, ['init', '-q']);
  git(dir, ['config', 'user.name', 'Agnès Dupré-L\'Écuyer']);
  git(dir, ['config', 'user.email', 'agnes.dupre@interieur.gouv.fr']);
  writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ signoffHook: true })));
  return dir;
}

const run = (dir: string, args: string[]) =>
  spawnSync(process.execPath, [bin, 'dco', '--yes', '--answers', 'answers.yml', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the opt-in sign-off hook, installed by codegouv dco --signoff-hook', () => {
  it('sets core.hooksPath in a git repository; a plain git commit is then signed off', () => {
    const dir = repository();
    const result = run(dir, []);
    expect(result.status, result.stderr).toBe(0);
    expect(git(dir, ['config', 'core.hooksPath'])).toBe('.githooks');
    expect(statSync(join(dir, '.githooks/prepare-commit-msg')).mode & 0o111).not.toBe(0);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--no-gpg-sign', '-m', 'Première version']);
    expect(git(dir, ['log', '-1', '--format=%(trailers:key=Signed-off-by,valueonly)'])).toBe('Agnès Dupré-L\'Écuyer <agnes.dupre@interieur.gouv.fr>');
    expect(spawnSync('sh', ['scripts/dco-check.sh', 'HEAD'], { cwd: dir }).status).toBe(0);
  });

  it('leaves the git configuration alone with --skip-git, and says how to enable it', () => {
    const dir = repository();
    const result = run(dir, ['--skip-git']);
    expect(result.status, result.stderr).toBe(0);
    expect(spawnSync('git', ['config', 'core.hooksPath'], { cwd: dir }).status).not.toBe(0);
    expect(result.stderr).toContain('git config core.hooksPath .githooks');
  });

  it('outside a git repository, writes the hook and says how to enable it later', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-nogit-'));
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ signoffHook: true })));
    const result = run(dir, []);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('pas un dépôt git');
  });
});
