import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
import LicenceGenerator from '../generators/licence/index.ts';
import { codegouv, completeAnswers, snapshot } from './fixtures.js';

function generatedMit(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-switch-ask-'));
  writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ licence: 'MIT' })));
  const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
  if (result.status !== 0) throw new Error(result.stderr);
  return dir;
}

const REASON = 'Les collectivités qui adaptent cette bibliothèque doivent partager leurs modifications.';

const stored = (dir: string) => JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-codegouv'] as Record<string, unknown>;

describe('an interactive licence switch the user refuses', () => {
  it('keeps LICENSE, writes no COPYING files beside it, keeps the stored licence, and check still passes', async () => {
    const dir = generatedMit();
    const before = snapshot(dir);
    // The MIT LICENSE is obsolete under the LGPL (which uses COPYING and COPYING.LESSER): the
    // user answers no to its removal, and keeps every file the switch would change.
    const result = await helpers
      .run(LicenceGenerator, {}, { force: false } as never)
      .cd(dir)
      .withOptions({ skipInstall: true, force: false, licence: 'LGPL-3.0-or-later', reciprocityReason: REASON } as never)
      .withAnswers({ remove: false, action: 'skip' }, { throwOnMissingAnswer: false });
    expect(result.askedQuestions.map((question) => question.name)).toContain('remove');
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(before.LICENSE);
    expect(existsSync(join(dir, 'COPYING')), 'COPYING beside the kept LICENSE').toBe(false);
    expect(existsSync(join(dir, 'COPYING.LESSER')), 'COPYING.LESSER beside the kept LICENSE').toBe(false);
    expect(existsSync(join(dir, 'LICENSES/LGPL-3.0-or-later.txt'))).toBe(false);
    expect(stored(dir).licence).toBe('MIT');
    const check = codegouv(dir, ['check', '--json', '.']);
    expect(check.status, check.stdout).toBe(0);
  });

  it('switches when the user accepts the removal', async () => {
    const dir = generatedMit();
    await helpers
      .run(LicenceGenerator, {}, { force: false } as never)
      .cd(dir)
      .withOptions({ skipInstall: true, force: false, licence: 'LGPL-3.0-or-later', reciprocityReason: REASON } as never)
      .withAnswers({ remove: true }, { throwOnMissingAnswer: false });
    expect(existsSync(join(dir, 'LICENSE'))).toBe(false);
    expect(readFileSync(join(dir, 'COPYING.LESSER'), 'utf8')).toMatch(/^GNU LESSER GENERAL PUBLIC LICENSE/);
    expect(stored(dir).licence).toBe('LGPL-3.0-or-later');
  });
});
