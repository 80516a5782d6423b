import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { completeAnswers } from '../fixtures.js';
import { codegouv, git, markerScript, scratch } from './reads-helpers.js';

/** A repository whose .yo-rc.json says an earlier run enabled the hook, and whose .githooks/ is the team's. */
function repositoryWithTeamHooks(): { dir: string; marker: string } {
  const outside = scratch('outside');
  const marker = join(outside, 'MARKER');
  const dir = scratch('hooks');
  git(dir, ['init', '-q']);
  git(dir, ['config', 'user.name', 'Agnès Dupré']);
  git(dir, ['config', 'user.email', 'agnes@interieur.gouv.fr']);
  mkdirSync(join(dir, '.githooks'));
  const script = markerScript(outside, marker);
  for (const hook of ['prepare-commit-msg', 'pre-commit']) {
    writeFileSync(join(dir, '.githooks', hook), `#!/bin/sh\n'${script}' ${hook}\n`);
    chmodSync(join(dir, '.githooks', hook), 0o755);
  }
  writeFileSync(join(dir, '.yo-rc.json'), JSON.stringify({ 'generator-codegouv': { ...completeAnswers({ signoffHook: true }), areas: ['dco'] } }));
  return { dir, marker };
}

describe('the sign-off hook is enabled only over the hook codegouv wrote', () => {
  it('leaves core.hooksPath alone when .githooks/ holds the team\'s own scripts, and says why', () => {
    const { dir, marker } = repositoryWithTeamHooks();
    const result = codegouv(dir, ['dco', '--yes']);
    expect(result.status, result.stderr).toBe(0);
    expect(spawnSync('git', ['config', 'core.hooksPath'], { cwd: dir }).status).not.toBe(0);
    expect(result.stderr).toContain('Crochet de signature non activé');
    expect(result.stderr).toContain('.githooks/prepare-commit-msg');
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--no-gpg-sign', '-m', 'Un']);
    expect(existsSync(marker)).toBe(false);
  });

  it('still enables it over the hook it writes itself', () => {
    const dir = scratch('ourhook');
    git(dir, ['init', '-q']);
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ signoffHook: true })));
    const result = codegouv(dir, ['dco', '--yes', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(0);
    expect(git(dir, ['config', 'core.hooksPath'])).toBe('.githooks');
  });
});
