import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LONG_DESCRIPTION, codegouv, completeAnswers, snapshot } from './fixtures.js';

const require = createRequire(import.meta.url);
const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

const TEAM_README = `# Vieux projet

Outil de suivi des subventions du ministère, écrit par l'équipe en 2019.
Il tourne en production dans trois directions régionales.
`;

/** An npm project with its own README and MIT LICENSE, its remote in ssh form, committed. */
function npmProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-old-'));
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.name', 'Zoé L\'Hôpital']);
  git(dir, ['config', 'user.email', 'zoe.lhopital@culture.gouv.fr']);
  git(dir, ['remote', 'add', 'origin', 'git@github.com:ministere-culture/vieux-projet.git']);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: '@culture/vieux-projet', description: 'Suivi des subventions culturelles', license: 'MIT' }, null, 2)}\n`);
  writeFileSync(join(dir, 'README.md'), TEAM_README);
  const mit = (require('spdx-license-list/licenses/MIT.json') as { licenseText: string }).licenseText;
  writeFileSync(join(dir, 'LICENSE'), mit.replace('<year>', '2019').replace('<copyright holders>', 'Ministère de la Culture'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'index.js'), 'export const total = (a, b) => a + b;\n');
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--no-gpg-sign', '-m', 'Premier commit']);
  return dir;
}

// The git identity is a person's: the dedicated security and conduct addresses are given, never inferred from it.
const FILL_IN = ['--yes', '--administration', 'Ministère de la Culture', '--long-description', LONG_DESCRIPTION, '--features', 'Suivi;Tableaux de bord', '--security-email', 'securite@culture.gouv.fr', '--conduct-email', 'moderation@culture.gouv.fr'];

describe('filling in an existing repository', () => {
  it('infers what the repository says, keeps every existing file byte for byte, and passes every MUST of check', () => {
    const dir = npmProject();
    const before = snapshot(dir);
    const result = codegouv(dir, FILL_IN);
    expect(result.status, result.stderr).toBe(0);
    for (const path of Object.keys(before)) expect(readFileSync(join(dir, path), 'utf8'), path).toBe(before[path]);
    expect(result.stderr).toMatch(/Conservés[^\n]*\n(?:  [^\n]*\n)*  README\.md\n/);
    expect(git(dir, ['status', '--porcelain', '--untracked-files=no'])).toBe('');

    const stored = JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-codegouv'];
    expect(stored).toMatchObject({
      projectName: 'vieux-projet',
      description: 'Suivi des subventions culturelles',
      licence: 'MIT',
      repositoryUrl: 'https://github.com/ministere-culture/vieux-projet',
      contactName: 'Zoé L\'Hôpital',
      contactEmail: 'zoe.lhopital@culture.gouv.fr',
    });
    // The team's files are declared in REUSE.toml by folder and extension, not in the deprecated dep5.
    expect(existsSync(join(dir, '.reuse/dep5'))).toBe(false);
    expect(readFileSync(join(dir, 'REUSE.toml'), 'utf8')).toMatch(/^path = \[[^\n]*"src\/\*\*\/\*\.js"/m);

    const check = codegouv(dir, ['check', '--json', '.']);
    const report = JSON.parse(check.stdout) as { results: { compliant: boolean; rules: { id: string; level: string; ok: boolean }[] }[] };
    const failedMusts = report.results[0]!.rules.filter((rule) => rule.level === 'MUST' && !rule.ok).map((rule) => rule.id);
    expect(failedMusts).toEqual([]);
    expect(report.results[0]!.compliant).toBe(true);
    expect(check.status).toBe(0);
  });

  it('changes nothing on a second run', () => {
    const dir = npmProject();
    expect(codegouv(dir, FILL_IN).status).toBe(0);
    const after = snapshot(dir);
    const second = codegouv(dir, ['--yes']);
    expect(second.status, second.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(after);
  });

  it('reports an existing LICENSE that disagrees with the answer instead of "fixing" it', () => {
    const dir = npmProject();
    const licence = readFileSync(join(dir, 'LICENSE'), 'utf8');
    const result = codegouv(dir, [...FILL_IN, '--licence', 'EUPL-1.2', '--reciprocity-reason', 'Garantir que les améliorations restent disponibles pour toutes les administrations']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(licence);
    expect(result.stderr).toContain('LICENSE existant sous MIT, alors que la réponse est EUPL-1.2');
  });

  it('reports an invalid publiccode.yml and leaves it as it is', () => {
    const dir = npmProject();
    const invalid = 'publiccodeYmlVersion: "0"\nname: Vieux projet\nFR:\n  ministere: culture\n';
    writeFileSync(join(dir, 'publiccode.yml'), invalid);
    const result = codegouv(dir, FILL_IN);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'publiccode.yml'), 'utf8')).toBe(invalid);
    expect(result.stderr).toMatch(/M1 \[recommandé\]/);
    const check = JSON.parse(codegouv(dir, ['check', '--json', 'publiccode.yml']).stdout) as { results: { publiccode: { valid: boolean; errors: { key: string }[] } }[] };
    expect(check.results[0]!.publiccode.valid).toBe(false);
    expect(check.results[0]!.publiccode.errors.map((error) => error.key)).toContain('FR');
  });

  it('reads the project from pyproject.toml too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-py-'));
    writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "calcul_aides"\ndescription = "Calcul des aides au logement"\nlicense = {text = "EUPL-1.2"}\n');
    const result = codegouv(dir, ['licence', '--yes', '--administration', 'Ministère du Logement', '--reciprocity-reason', 'Garantir que les améliorations restent disponibles pour toutes les administrations']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE/);
    expect(JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-codegouv']).toMatchObject({ projectName: 'calcul_aides', description: 'Calcul des aides au logement', licence: 'EUPL-1.2' });
  });
});

function folder(answers?: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-fix-'));
  if (answers) writeFileSync(join(dir, 'answers.yml'), stringify(answers));
  return dir;
}

describe('kept files and stored answers stay consistent', () => {
  it('an existing publiccode.yml with an invalid value does not block the fill-in', () => {
    const dir = folder(completeAnswers());
    writeFileSync(join(dir, 'publiccode.yml'), 'publiccodeYmlVersion: "0"\nname: Ancien\ndevelopmentStatus: foo\nunknownKey: 1\n');
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
    expect(readFileSync(join(dir, 'publiccode.yml'), 'utf8')).toContain('developmentStatus: foo');
  });
});

describe('the team\'s governance files, wherever and however they are named', () => {
  const GPL = (require('spdx-license-list/licenses/GPL-3.0-or-later.json') as { licenseText: string }).licenseText;
  it.each([
    ['docs/SECURITY.rst', 'SECURITY.md', 'Signalez les failles à securite@culture.gouv.fr.\n'],
    ['.github/CODE_OF_CONDUCT.md', 'CODE_OF_CONDUCT.md', '# Code de conduite\n\nSoyons respectueux les uns des autres.\n'],
    ['Contributing.rst', 'CONTRIBUTING.md', 'Contribuer\n==========\n\nOuvrez une demande de fusion.\n'],
    ['DCO.txt', 'DCO', 'Developer Certificate of Origin\nVersion 1.1\n'],
    ['readme.rst', 'README.md', 'Vieux projet\n============\n\nSuivi des subventions.\n'],
    ['COPYING', 'LICENSE', GPL],
    ['Licence.txt', 'LICENSE', GPL],
  ])('%s: codegouv writes no %s beside it, says so, and keeps it byte for byte', (theirs, ours, content) => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-team-'));
    mkdirSync(join(dir, theirs, '..'), { recursive: true });
    writeFileSync(join(dir, theirs), content);
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ licence: 'GPL-3.0-or-later' })));
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(dir, ours)), ours).toBe(false);
    expect(existsSync(join(dir, `${ours}.license`))).toBe(false);
    expect(readFileSync(join(dir, theirs), 'utf8')).toBe(content);
    expect(`${result.stdout}${result.stderr}`).toContain(`${ours} non écrit : le dépôt a déjà le sien, ${theirs}`);
  });

  it('a third-party notice is not the project\'s licence: LICENSE is still written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-team-'));
    writeFileSync(join(dir, 'LICENSE-THIRD-PARTY.txt'), 'lodash: MIT\n');
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    expect(existsSync(join(dir, 'LICENSE'))).toBe(true);
  });
});

describe('the team\'s own REUSE.toml', () => {
  it('is never taken for codegouv\'s on a later run, even with --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-team-reuse-'));
    git(dir, ['init', '-q']);
    const theirs = 'version = 1\n\n[[annotations]]\npath = "data/**"\nSPDX-FileCopyrightText = "2020 INSEE"\nSPDX-License-Identifier = "etalab-2.0"\n';
    writeFileSync(join(dir, 'REUSE.toml'), theirs);
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'index.js'), 'export const one = 1;\n');
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    const forced = codegouv(dir, ['--yes', '--force', '--answers', 'answers.yml']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, 'REUSE.toml'), 'utf8')).toBe(theirs);
  });
});

describe('the contact taken from git config', () => {
  it.each([
    ['12345+agnes@users.noreply.github.com', false],
    ['agnes.dupre@gmail.com', false],
    ['agnes@poste-7.local', false],
    ['agnes.dupre@interieur.gouv.fr', true],
  ])('%s is used as the contact: %s', (address, used) => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-contact-'));
    git(dir, ['init', '-q']);
    git(dir, ['config', 'user.name', 'Agnès Dupré']);
    git(dir, ['config', 'user.email', address]);
    const { contactEmail: _email, contactName: _name, ...answers } = completeAnswers();
    writeFileSync(join(dir, 'answers.yml'), stringify(answers));
    // A person's address is the maintainer contact, not the security or conduct one: those are given.
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml', '--security-email', 'securite@interieur.gouv.fr', '--conduct-email', 'moderation@interieur.gouv.fr']);
    if (used) {
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(join(dir, 'publiccode.yml'), 'utf8')).toContain(`email: ${address}`);
      expect(readFileSync(join(dir, 'SECURITY.md'), 'utf8')).not.toContain(address);
    } else {
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('--contact-email');
      expect(existsSync(join(dir, 'SECURITY.md'))).toBe(false);
    }
  });
});
