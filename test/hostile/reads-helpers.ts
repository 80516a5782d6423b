import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { completeAnswers, repoRoot } from '../fixtures.js';

export const bin = join(repoRoot, 'dist', 'bin', 'codegouv.js');

export const scratch = (prefix: string) => mkdtempSync(join(tmpdir(), `codegouv-reads-${prefix}-`));

export const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** The built CLI, killed after `timeout` ms: a hang is a failure, not a stuck suite. */
export function codegouv(cwd: string, args: string[], timeout = 30_000) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout, killSignal: 'SIGKILL' });
}

export function writeAnswers(dir: string, overrides: Record<string, unknown> = {}): void {
  writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers(overrides)));
}

/** A shell script that leaves `marker` behind when anything runs it. */
export function markerScript(dir: string, marker: string): string {
  const script = join(dir, 'evil.sh');
  writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> '${marker}'\nexit 1\n`);
  chmodSync(script, 0o755);
  return script;
}

/** A git repository with two commits, both signed off, an identity set locally. */
export function repositoryWithHistory(dir: string): void {
  git(dir, ['init', '-q']);
  git(dir, ['config', 'user.name', 'Agnès Dupré']);
  git(dir, ['config', 'user.email', 'agnes@interieur.gouv.fr']);
  writeFileSync(join(dir, 'notes.txt'), 'un\n');
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-s', '--no-gpg-sign', '-m', 'Un']);
  writeFileSync(join(dir, 'notes.txt'), 'deux\n');
  git(dir, ['commit', '-q', '-s', '--no-gpg-sign', '-am', 'Deux']);
}
