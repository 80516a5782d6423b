import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
import AppGenerator from '../../generators/app/index.ts';
import { codegouv, completeAnswers } from '../fixtures.js';
import { answersFile, entries, tempDir } from './writes-hostile-tree.js';

/**
 * Writes stay inside the target folder: no write through a link (dangling or not), into a
 * linked folder, or into anything but a regular file; `--force` does not change this, and a
 * refusal writes nothing at all.
 */

function refusedRun(target: string, extra: string[] = []) {
  const before = entries(target);
  const result = codegouv(target, ['--yes', '--answers', answersFile(), ...extra]);
  expect(result.status, result.stderr).not.toBe(0);
  // Refused by the write check, or earlier by the reader when the plan compares with the linked file.
  expect(result.stderr).toMatch(/Écriture refusée|lien qui sort du dossier ; (codegouv ne lit pas ce fichier et n'a rien écrit|ce fichier de configuration n'est pas lu et rien n'a été écrit)/u);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(entries(target), 'nothing written inside the target').toEqual(before);
  return result;
}

describe('codegouv --yes never writes outside the target folder', () => {
  it('refuses a dangling README.md link: nothing created outside, nothing written inside', () => {
    const target = tempDir('dangling');
    const outside = join(tempDir('outside'), 'created-through-link.md');
    symlinkSync(outside, join(target, 'README.md'));
    const result = refusedRun(target);
    expect(result.stderr).toContain('README.md');
    expect(result.stderr).toContain('lien symbolique');
    expect(existsSync(outside)).toBe(false);
  });

  it('refuses a .github linked to an outside folder, which stays empty', () => {
    const target = tempDir('github');
    const outside = tempDir('outside-github');
    symlinkSync(outside, join(target, '.github'));
    const result = refusedRun(target);
    expect(result.stderr).toContain('.github');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses a LICENSES linked to an outside folder, which stays as it was', () => {
    const target = tempDir('licenses');
    const outside = tempDir('outside-licenses');
    writeFileSync(join(outside, 'keep.txt'), 'kept\n');
    symlinkSync(outside, join(target, 'LICENSES'));
    const result = refusedRun(target);
    expect(result.stderr).toContain('LICENSES');
    expect(entries(outside)).toEqual({ 'keep.txt': 'file:kept\n' });
  });

  it('refuses a linked .yo-rc.json and leaves its target byte-identical', () => {
    const target = tempDir('yorc');
    const outside = join(tempDir('outside-yorc'), 'config.json');
    const content = '{\n  "other-generator": { "x": 1 }\n}\n';
    writeFileSync(outside, content);
    symlinkSync(outside, join(target, '.yo-rc.json'));
    const result = refusedRun(target);
    expect(result.stderr).toContain('.yo-rc.json');
    expect(readFileSync(outside, 'utf8')).toBe(content);
  });

  it('with --force, refuses a LICENSE linked to an outside file, left byte-identical', () => {
    const target = tempDir('force');
    const outside = join(tempDir('outside-licence'), 'LICENSE');
    const content = 'Texte de licence d\'un autre projet\n';
    writeFileSync(outside, content);
    symlinkSync(outside, join(target, 'LICENSE'));
    const result = refusedRun(target, ['--force']);
    expect(result.stderr).toContain('LICENSE');
    expect(readFileSync(outside, 'utf8')).toBe(content);
  });

});

describe('yo codegouv (the Yeoman adapter) refuses the same trees before committing anything', () => {
  it('leaves a dangling README.md link alone and writes nothing', async () => {
    const outside = join(tempDir('outside-yeoman'), 'created-through-link.md');
    let target = '';
    const context = helpers.run(AppGenerator, {}, { force: false } as never)
      .withOptions({ yes: true, force: false, skipInstall: true, ...completeAnswers() } as never)
      .inTmpDir((dir) => {
        target = dir;
        symlinkSync(outside, join(dir, 'README.md'));
      });
    await expect(context).rejects.toThrow(/README\.md/);
    expect(existsSync(outside)).toBe(false);
    expect(entries(target)).toEqual({ 'README.md': 'link' });
  });
});

describe('the confined writer never opens a named pipe', () => {
  // End to end, planning reads the tree first (src/repo, made pipe-safe separately): here, the write itself.
  it('refuses CONTRIBUTING.md as a named pipe, quickly, and leaves it a pipe', async () => {
    const { assertWritable, writeConfined } = await import('../../src/pipeline/confined-write.js');
    const target = tempDir('fifo');
    execFileSync('mkfifo', [join(target, 'CONTRIBUTING.md')]);
    expect(() => assertWritable(target, ['CONTRIBUTING.md', '.yo-rc.json'], 'fr')).toThrow(/CONTRIBUTING\.md.*tube nommé/);
    expect(() => writeConfined(target, 'CONTRIBUTING.md', 'texte\n', { executable: false, lang: 'fr' })).toThrow(/tube nommé/);
    expect(entries(target)).toEqual({ 'CONTRIBUTING.md': 'special' });
  });

  it('refuses a folder named like a planned file (LICENSE) without touching it', async () => {
    const { writeConfined } = await import('../../src/pipeline/confined-write.js');
    const target = tempDir('dir-licence');
    mkdirSync(join(target, 'LICENSE'));
    expect(() => writeConfined(target, 'LICENSE', 'texte\n', { executable: false, lang: 'fr' })).toThrow(/LICENSE est un dossier/);
    expect(entries(target)).toEqual({ LICENSE: 'dir' });
  });
});
