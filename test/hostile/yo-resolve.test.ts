import { linkSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
import AppGenerator from '../../generators/app/index.ts';
import { completeAnswers } from '../fixtures.js';

/**
 * Yeoman reads `.yo-resolve` in the target folder (and every folder above it) to settle
 * conflicts without asking. Written by a repository's author, it must not decide for the user.
 */
describe('yo codegouv in a repository carrying a .yo-resolve', () => {
  it('still asks before replacing the team\'s README: `README.md force` is not obeyed', async () => {
    const mine = '# Notre README, écrit à la main\n';
    const result = await helpers.run(AppGenerator, {}, { force: false } as never)
      .withOptions({ yes: false, force: false, skipInstall: true, ...completeAnswers() } as never)
      .withAnswers({ action: 'skip' })
      .inTmpDir((dir) => {
        writeFileSync(join(dir, 'README.md'), mine);
        writeFileSync(join(dir, '.yo-resolve'), 'README.md force\n* force\n');
      });
    expect(readFileSync(join(result.cwd, 'README.md'), 'utf8')).toBe(mine);
    expect(readFileSync(join(result.cwd, 'CONTRIBUTING.md'), 'utf8')).toContain('Developer Certificate of Origin');
  });
});

describe('yo codegouv writes by temporary file and rename', () => {
  it('replaces a LICENSE hard-linked to a file outside the folder without changing that file', async () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'codegouv-outside-')), 'secret.txt');
    writeFileSync(outside, 'SECRET OUTSIDE\n');
    const result = await helpers.run(AppGenerator, {}, { force: true } as never)
      .withOptions({ yes: true, force: true, skipInstall: true, ...completeAnswers() } as never)
      .inTmpDir((dir) => linkSync(outside, join(dir, 'LICENSE')));
    expect(readFileSync(outside, 'utf8')).toBe('SECRET OUTSIDE\n');
    expect(readFileSync(join(result.cwd, 'LICENSE'), 'utf8')).toContain('EUROPEAN UNION PUBLIC LICENCE');
  });
});
