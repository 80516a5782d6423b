import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { codegouv, completeAnswers, snapshot } from './fixtures.js';
import { digestOf, readWritten } from '../src/pipeline/previous-run.js';

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

function teamRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-previous-'));
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.name', 'Équipe']);
  git(dir, ['config', 'user.email', 'equipe@interieur.gouv.fr']);
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'index.js'), 'export const one = 1;\n');
  writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--no-gpg-sign', '-m', 'Premier commit']);
  return dir;
}

const paths = (dir: string) => (parse(readFileSync(join(dir, 'REUSE.toml'), 'utf8')) as { annotations: { path: string[] }[] }).annotations.flatMap((entry) => entry.path);
const stored = (dir: string) => JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-codegouv'] as Record<string, unknown>;

describe('what an earlier run wrote stays codegouv\'s when the repository changes', () => {
  it('records in .yo-rc.json a digest of every file it wrote', () => {
    const dir = teamRepository();
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    const written = stored(dir).written as Record<string, string>;
    expect(Object.keys(written)).toEqual(expect.arrayContaining(['README.md', 'REUSE.toml', 'LICENSE', 'publiccode.yml']));
    for (const value of Object.values(written)) expect(value).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('updates its REUSE.toml with --force after the team adds a folder', () => {
    const dir = teamRepository();
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    expect(paths(dir)).not.toContain('lib/**/*.py');
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib', 'outil.py'), 'print(1)\n');
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--no-gpg-sign', '-m', 'Outil']);
    const forced = codegouv(dir, ['--yes', '--force', '--answers', 'answers.yml']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(paths(dir).some((path) => path.startsWith('lib/'))).toBe(true);
  });

  it('still keeps a REUSE.toml the team edited after that run (kept with --yes)', () => {
    const dir = teamRepository();
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    const edited = `${readFileSync(join(dir, 'REUSE.toml'), 'utf8')}\n[[annotations]]\npath = "x/**"\nSPDX-FileCopyrightText = "2020 INSEE"\nSPDX-License-Identifier = "etalab-2.0"\n`;
    writeFileSync(join(dir, 'REUSE.toml'), edited);
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    expect(readFileSync(join(dir, 'REUSE.toml'), 'utf8')).toBe(edited);
  });
});

describe('the record is the repository\'s data', () => {
  it('never makes codegouv delete a file its answers do not produce, even with --force', () => {
    const dir = teamRepository();
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'));
    const code = readFileSync(join(dir, 'src', 'index.js'), 'utf8');
    config['generator-codegouv'].written['src/index.js'] = digestOf(code);
    writeFileSync(join(dir, '.yo-rc.json'), JSON.stringify(config));
    const forced = codegouv(dir, ['--yes', '--force', '--answers', 'answers.yml']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(existsSync(join(dir, 'src', 'index.js'))).toBe(true);
  });

  it.each([
    ['not an object', ['README.md']],
    ['a path outside', { '../x': digestOf('') }],
    ['an absolute path', { '/etc/passwd': digestOf('') }],
    ['a dot segment', { 'a/./b': digestOf('') }],
    ['a digest of another kind', { 'README.md': 'md5:00' }],
  ])('ignores a malformed record (%s)', (_, written) => {
    expect(readWritten({ written })).toBeUndefined();
  });

  it('reads a well-formed one', () => {
    expect(readWritten({ written: { 'README.md': digestOf('x') } })).toEqual({ 'README.md': digestOf('x') });
  });
});

describe('a repository an earlier version generated', () => {
  it('reruns --yes unchanged when its .yo-rc.json lacks what this version stores (the security and conduct addresses that followed a person\'s contact, a reciprocal licence\'s reason, the documentation licence)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-older-'));
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ licence: 'EUPL-1.2', docsLicence: 'EUPL-1.2', contactEmail: 'agnes.dupre@interieur.gouv.fr', securityEmail: 'agnes.dupre@interieur.gouv.fr', conductEmail: 'agnes.dupre@interieur.gouv.fr' })));
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    rmSync(join(dir, 'answers.yml'));
    const config = JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    for (const key of ['securityEmail', 'conductEmail', 'reciprocityReason', 'docsLicence']) delete config['generator-codegouv']![key];
    writeFileSync(join(dir, '.yo-rc.json'), `${JSON.stringify(config, null, 2)}\n`);
    const before = snapshot(dir);
    const again = codegouv(dir, ['--yes']);
    expect(again.status, again.stderr).toBe(0);
    const after = snapshot(dir);
    for (const path of Object.keys(before).filter((p) => p !== '.yo-rc.json')) expect(after[path], path).toBe(before[path]);
  });
});
