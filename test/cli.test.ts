import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ADMINISTRATION, codegouv, completeAnswers, listFiles, repoRoot, snapshot } from './fixtures.js';



const emptyDir = () => mkdtempSync(join(tmpdir(), 'codegouv-cli-'));

describe('npx codegouv (the bin)', () => {
  it('prints a help listing one kebab-case flag per answer key', () => {
    const result = codegouv(emptyDir(), ['--help']);
    expect(result.status).toBe(0);
    for (const flag of ['--administration', '--project-name', '--repository-url', '--signoff-hook', '--docs-licence', '--yes', '--answers', '--lang']) {
      expect(result.stdout).toContain(flag);
    }
  });

  it('writes the whole skeleton headless from an answers file, without a prompt, with stdin closed', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
    expect(result.stderr).not.toMatch(/\?/u);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(dir)).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'publiccode.yml', 'DCO', 'SECURITY.md']));
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(ADMINISTRATION);
  });

  it('lets flags win over the answers file', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'answers.json'), JSON.stringify(completeAnswers()));
    const result = codegouv(dir, ['-y', '--answers', 'answers.json', '--licence', 'MIT', '--project-name', 'autre-nom']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(readFileSync(join(dir, 'publiccode.yml'), 'utf8')).toContain('license: MIT');
  });

  it('lists every missing answer with its flag, exits non-zero and writes nothing', () => {
    const dir = emptyDir();
    const result = codegouv(dir, ['--yes', '--licence', 'Apache 2']);
    expect(result.status).not.toBe(0);
    for (const flag of ['--administration', '--description', '--repository-url', '--contact-email', '--licence Apache-2.0']) {
      expect(result.stderr).toContain(flag);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rejects an answers file with an unknown key, naming the file and the key', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'answers.yml'), stringify({ ...completeAnswers(), licenceUrl: 'x' }));
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('answers.yml');
    expect(result.stderr).toContain('licenceUrl');
    expect(readdirSync(dir)).toEqual(['answers.yml']);
  });

  it('never ends as a silent success when a prompt is needed and stdin is closed', () => {
    const dir = emptyDir();
    const result = codegouv(dir, []);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('--yes');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('runs one area alone: npx codegouv licence', () => {
    const dir = emptyDir();
    const result = codegouv(dir, ['licence', '--yes', '--administration', ADMINISTRATION, '--licence', 'BSD-3-Clause', '--project-name', 'x', '--description', 'Outil']);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(dir)).toEqual(['.yo-rc.json', '.yo-rc.json.license', 'LICENSE', 'LICENSES/BSD-3-Clause.txt']);
  });

  it('keeps existing files in --yes mode and a second run changes nothing', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    writeFileSync(join(dir, 'SECURITY.md'), 'Écrit par l\'équipe\n');
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    expect(readFileSync(join(dir, 'SECURITY.md'), 'utf8')).toBe('Écrit par l\'équipe\n');
    const before = snapshot(dir);
    const second = codegouv(dir, ['--yes']);
    expect(second.status, second.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('answers an unknown command with exit 2', () => {
    expect(codegouv(emptyDir(), ['license-typo']).status).toBe(2);
  });
});

describe('the README', () => {
  it('gives an answers-file example that a headless run accepts as it is', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const example = /Exemple de fichier de réponses[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeTruthy();
    const dir = emptyDir();
    writeFileSync(join(dir, 'reponses.yml'), example!);
    const result = codegouv(dir, ['--yes', '--answers', 'reponses.yml']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('Ministère de l\'Intérieur et des Outre-mer');
  });
});
