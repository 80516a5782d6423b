import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../src/check/cli.js';
import { stringify } from 'yaml';
import { completeAnswers, repoRoot, snapshot } from './fixtures.js';

const require = createRequire(import.meta.url);
const spdxText = (id: string): string => (require(`spdx-license-list/licenses/${id}.json`) as { licenseText: string }).licenseText;

const bin = join(repoRoot, 'dist', 'bin', 'codegouv.js');

/** A repository written by the real bin, headless. */
function generate(licence = 'EUPL-1.2'): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-check-'));
  execFileSync(process.execPath, [
    bin, '--yes', '--administration', 'Ministère de l\'Exemple & des Tests', '--licence', licence, '--reciprocity-reason', 'Garantir que les améliorations faites par d\'autres administrations restent disponibles pour toutes', '--project-name', 'mon-outil',
    '--description', 'Un outil pour instruire les demandes', '--long-description', 'Cet outil aide les agents à instruire les demandes des usagers : il rassemble les pièces, vérifie leur complétude et prépare les courriers de réponse.',
    '--features', 'Instruction des demandes', '--repository-url', 'https://github.com/ministere-exemple/mon-outil',
    '--contact-name', 'Équipe outil', '--contact-email', 'equipe.outil@exemple.gouv.fr',
  ], { cwd: dir, stdio: 'pipe' });
  return dir;
}

const git = (dir: string, args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' });

function initGit(dir: string): void {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.name', 'Agnès Agent']);
  git(dir, ['config', 'user.email', 'agnes.agent@exemple.gouv.fr']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-s', '-m', 'Premier commit']);
}

interface RuleJson {
  id: string;
  level: string;
  ok: boolean;
  message: string;
  fix?: { command: string; argv: string[] } | { edit: string };
  source: string;
}

interface CheckRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function check(args: string[], lang: 'fr' | 'en' = 'fr'): Promise<CheckRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await runCheck(args, lang), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

async function rulesOf(dir: string, extra: string[] = []): Promise<{ code: number; rules: RuleJson[]; failed: string[] }> {
  const run = await check(['--json', ...extra, dir]);
  const rules = (JSON.parse(run.stdout) as { results: { rules: RuleJson[] }[] }).results[0]?.rules ?? [];
  return { code: run.code, rules, failed: rules.filter((rule) => !rule.ok).map((rule) => rule.id) };
}

const copyOf = (dir: string) => {
  const copy = mkdtempSync(join(tmpdir(), 'codegouv-check-copy-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
};

const HEADER = '<!--\nSPDX-FileCopyrightText: 2026 Ministère de l\'Exemple & des Tests\n\nSPDX-License-Identifier: EUPL-1.2\n-->\n\n';

let generated: string;

beforeAll(() => {
  generated = generate();
});

describe('codegouv check on a generated repository', () => {
  it('passes every MUST, exits 0 and reports every rule with its level and source', async () => {
    const { code, rules } = await rulesOf(generated);
    expect(code).toBe(0);
    expect(rules.filter((rule) => rule.level === 'MUST' && !rule.ok)).toEqual([]);
    expect(rules.map((rule) => rule.id)).toEqual(['L1', 'L1-declared', 'L2', 'L3', 'L5', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'C1', 'C2', 'C3', 'H1', 'H2', 'M1', 'S1', 'S1-gitignore', 'S2', 'D1', 'K1', 'F2-unread']);
    for (const rule of rules) {
      expect(Object.keys(rule)).toEqual(['id', 'level', 'ok', 'message', 'source']);
      expect(['MUST', 'SHOULD', 'MAY']).toContain(rule.level);
      expect(rule.message.length).toBeGreaterThan(10);
      expect(rule.source).toMatch(/https:\/\//u);
    }
    expect(rules.find((rule) => rule.id === 'L1')?.message).toContain('EUPL-1.2');
  });

  it('prints exactly the documented JSON shape, publiccode.yml included', async () => {
    const run = await check(['--json', generated]);
    const json = JSON.parse(run.stdout) as { results: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['results', 'summary']);
    const [result] = json.results;
    expect(Object.keys(result ?? {})).toEqual(['path', 'status', 'compliant', 'rules', 'publiccode']);
    expect(result?.path).toBe(generated);
    expect(result?.compliant).toBe(true);
    expect(result?.publiccode).toEqual({ valid: true, errors: [], warnings: [] });
  });

  it('prints a French report by default, English with --lang en', async () => {
    const french = await check([generated]);
    expect(french.code).toBe(0);
    expect(french.stdout).toMatch(/✔ L1 \[obligatoire\] Licence autorisée EUPL-1\.2/u);
    expect(french.stdout).toContain('Source : ');
    expect(french.stdout).toContain('Conforme : toutes les exigences obligatoires sont respectées');
    const english = await check(['--lang', 'en', generated]);
    expect(english.stdout).toMatch(/✔ L1 \[MUST\] Authorised licence EUPL-1\.2/u);
    expect(english.stdout).toContain('Compliant: every MUST holds');
  });

  it('runs from the real bin: codegouv check --json', () => {
    const result = spawnSync(process.execPath, [bin, 'check', '--json', '--lang', 'en', generated], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { results: { compliant: boolean; rules: RuleJson[] }[] };
    expect(json.results[0]?.compliant).toBe(true);
    expect(json.results[0]?.rules[0]?.message).toMatch(/^Authorised licence/u);
  });

  it('audits the current directory by default', async () => {
    const cwd = process.cwd();
    process.chdir(generated);
    try {
      const run = await check(['--json']);
      expect((JSON.parse(run.stdout) as { results: { path: string }[] }).results[0]?.path).toBe('.');
      expect(run.code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });

  it('writes nothing in what it audits, git index included', async () => {
    const dir = copyOf(generated);
    initGit(dir);
    const index = readFileSync(join(dir, '.git', 'index'));
    const before = snapshot(dir);
    await check(['--commits', 'HEAD', dir]);
    await check(['--json', dir]);
    expect(snapshot(dir)).toEqual(before);
    expect(readFileSync(join(dir, '.git', 'index')).equals(index)).toBe(true);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });
});

describe('codegouv check on a mutated repository', () => {
  it('fails F1 and C1 without CONTRIBUTING, and exits 1', async () => {
    const dir = copyOf(generated);
    rmSync(join(dir, 'CONTRIBUTING.md'));
    const { code, rules, failed } = await rulesOf(dir);
    expect(code).toBe(1);
    expect(failed).toEqual(expect.arrayContaining(['F1', 'C1']));
    expect(rules.find((rule) => rule.id === 'F1')?.fix).toEqual({ command: 'codegouv contributing', argv: ['contributing'] });
  });

  it('fails L1 when LICENSE holds the GPL-2.0, naming it', async () => {
    const dir = copyOf(generated);
    writeFileSync(join(dir, 'LICENSE'), spdxText('GPL-2.0-only'));
    const { code, rules, failed } = await rulesOf(dir);
    expect(code).toBe(1);
    expect(failed).toContain('L1');
    expect(rules.find((rule) => rule.id === 'L1')?.message).toMatch(/GPL-2\.0-only.*pas sur la liste des licences autorisées/u);
  });

  it('fails L1-declared (not L1) when publiccode.yml declares another licence than LICENSE holds; a GNU -only text is authorised', async () => {
    const dir = copyOf(generated);
    writeFileSync(join(dir, 'publiccode.yml'), readFileSync(join(dir, 'publiccode.yml'), 'utf8').replace('license: EUPL-1.2', 'license: MIT'));
    const mismatch = (await rulesOf(dir)).rules;
    expect(mismatch.find((rule) => rule.id === 'L1')?.ok).toBe(true);
    expect(mismatch.find((rule) => rule.id === 'L1-declared')).toMatchObject({ ok: false, message: expect.stringContaining('publiccode.yml (legal.license) déclare « MIT »') });
    writeFileSync(join(dir, 'publiccode.yml'), readFileSync(join(dir, 'publiccode.yml'), 'utf8').replace('license: MIT', 'license: GPL-3.0-only'));
    writeFileSync(join(dir, 'LICENSE'), spdxText('GPL-3.0-only'));
    const only = (await rulesOf(dir)).rules;
    expect(only.find((rule) => rule.id === 'L1')).toMatchObject({ ok: true, message: expect.stringContaining('GPL-3.0-only') });
    expect(only.find((rule) => rule.id === 'L1-declared')?.ok).toBe(true);
  });

  it('fails L1 when LICENSE is missing or unrecognisable', async () => {
    const missing = copyOf(generated);
    rmSync(join(missing, 'LICENSE'));
    expect((await rulesOf(missing)).failed).toEqual(expect.arrayContaining(['L1', 'F1']));
    const custom = copyOf(generated);
    writeFileSync(join(custom, 'LICENSE'), 'Tous droits réservés au ministère. Toute reproduction est interdite sans autorisation écrite.\n');
    const { rules } = await rulesOf(custom);
    expect(rules.find((rule) => rule.id === 'L1')).toMatchObject({ ok: false, message: expect.stringContaining('ne correspond à aucune licence autorisée') });
  });

  it('fails H1 when a file loses its SPDX header, naming the file', async () => {
    const dir = copyOf(generated);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    writeFileSync(join(dir, 'README.md'), readme.replace(/^<!--[\s\S]*?-->\n\n/u, ''));
    const { code, rules, failed } = await rulesOf(dir);
    expect(code).toBe(1);
    expect(failed).toContain('H1');
    expect(rules.find((rule) => rule.id === 'H1')?.message).toContain('README.md');
  });

  it('fails H1 on an unused or missing licence text', async () => {
    const unused = copyOf(generated);
    writeFileSync(join(unused, 'LICENSES', 'MIT.txt'), spdxText('MIT'));
    expect((await rulesOf(unused)).rules.find((rule) => rule.id === 'H1')?.message).toContain('LICENSES/MIT.txt');
    const missing = copyOf(generated);
    rmSync(join(missing, 'LICENSES', 'CC-BY-4.0.txt'));
    expect((await rulesOf(missing)).rules.find((rule) => rule.id === 'H1')?.message).toContain('LICENSES/CC-BY-4.0.txt');
  });

  it('fails C2-commits on an unsigned commit in the --commits range, and only then', async () => {
    const dir = copyOf(generated);
    initGit(dir);
    expect((await rulesOf(dir, ['--commits', 'HEAD'])).failed).not.toContain('C2-commits');
    writeFileSync(join(dir, 'notes.md'), `${HEADER}# Notes\n`);
    git(dir, ['add', 'notes.md']);
    git(dir, ['commit', '-q', '-m', 'Ajoute des notes sans signature']);
    const { code, rules, failed } = await rulesOf(dir, ['--commits', 'HEAD~1..HEAD']);
    expect(code).toBe(1);
    expect(failed).toEqual(['C2-commits']);
    expect(rules.find((rule) => rule.id === 'C2-commits')).toMatchObject({ level: 'MUST', message: expect.stringContaining('Ajoute des notes sans signature') });
    expect((await rulesOf(dir)).rules.map((rule) => rule.id)).not.toContain('C2-commits');
  });

  it('does not accept a sign-off by someone other than the author', async () => {
    const dir = copyOf(generated);
    initGit(dir);
    writeFileSync(join(dir, 'notes.md'), `${HEADER}# Notes\n`);
    git(dir, ['add', 'notes.md']);
    git(dir, ['commit', '-q', '-m', 'Signé par un tiers', '-m', 'Signed-off-by: Quelqu\'un <autre@exemple.gouv.fr>']);
    expect((await rulesOf(dir, ['--commits', 'HEAD'])).failed).toContain('C2-commits');
  });

  it('fails C3 when CONTRIBUTING requires a CLA, S1-gitignore when .env is not ignored, S2 without a contact', async () => {
    const dir = copyOf(generated);
    const contributing = readFileSync(join(dir, 'CONTRIBUTING.md'), 'utf8');
    writeFileSync(join(dir, 'CONTRIBUTING.md'), `${contributing}\n## Accord\n\nTout contributeur doit signer notre CLA avant sa première contribution.\n`);
    writeFileSync(join(dir, '.gitignore'), readFileSync(join(dir, '.gitignore'), 'utf8').replace(/^\.env$/mu, ''));
    writeFileSync(join(dir, 'SECURITY.md'), `${HEADER}# Sécurité\n\nSignalez les vulnérabilités au responsable de la sécurité du projet.\n`);
    const { failed } = await rulesOf(dir);
    expect(failed).toEqual(expect.arrayContaining(['C3', 'S1-gitignore', 'S2']));
    expect(failed).not.toContain('S1');
    writeFileSync(join(dir, '.env'), 'PASSWORD=x\n');
    expect((await rulesOf(dir)).failed).toContain('S1');
  });

  it('accepts a CONTRIBUTING that only mentions a CLA to say there is none', async () => {
    const dir = copyOf(generated);
    const contributing = readFileSync(join(dir, 'CONTRIBUTING.md'), 'utf8');
    writeFileSync(join(dir, 'CONTRIBUTING.md'), `${contributing}\nWe use the DCO instead of a CLA. Nous ne demandons pas de CLA.\n`);
    expect((await rulesOf(dir)).failed).not.toContain('C3');
  });

  it('fails F1 and F2 when the README is a PDF', async () => {
    const dir = copyOf(generated);
    rmSync(join(dir, 'README.md'));
    writeFileSync(join(dir, 'README.pdf'), Buffer.from('%PDF-1.7\n\0\0binary'));
    writeFileSync(join(dir, 'README.pdf.license'), 'SPDX-FileCopyrightText: 2026 Ministère de l\'Exemple & des Tests\n\nSPDX-License-Identifier: EUPL-1.2\n');
    const { rules, failed } = await rulesOf(dir);
    expect(failed).toEqual(expect.arrayContaining(['F1', 'F2']));
    expect(rules.find((rule) => rule.id === 'F2')?.message).toContain('README.pdf');
  });

  it('fails C2-commits outside a git repository', async () => {
    const { rules } = await rulesOf(generated, ['--commits', 'HEAD']);
    expect(rules.find((rule) => rule.id === 'C2-commits')).toMatchObject({ ok: false, message: expect.stringContaining('pas un dépôt git') });
  });

  it('fails S1 when a secret-bearing file is tracked', async () => {
    const dir = copyOf(generated);
    initGit(dir);
    writeFileSync(join(dir, 'server.key'), '-----BEGIN PRIVATE KEY-----\n');
    git(dir, ['add', '-f', 'server.key']);
    const { rules } = await rulesOf(dir);
    expect(rules.find((rule) => rule.id === 'S1')).toMatchObject({ ok: false, message: expect.stringContaining('server.key') });
  });

  it('fails C2 without the forge check, and M1 with an invalid publiccode.yml', async () => {
    const dir = copyOf(generated);
    rmSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, 'publiccode.yml'), readFileSync(join(dir, 'publiccode.yml'), 'utf8').replace(/^url: .*$/mu, 'url: pas-une-url'));
    const run = await check(['--json', dir]);
    const result = (JSON.parse(run.stdout) as { results: { rules: RuleJson[]; publiccode: { valid: boolean; errors: { key: string; line: number }[] } }[] }).results[0];
    expect(result?.rules.filter((rule) => !rule.ok).map((rule) => rule.id)).toEqual(expect.arrayContaining(['C2', 'M1']));
    expect(result?.publiccode.valid).toBe(false);
    expect(result?.publiccode.errors[0]).toMatchObject({ key: 'url' });
    expect(result?.publiccode.errors[0]?.line).toBeGreaterThan(0);
  });
});

describe('REUSE information', () => {
  const bare = (text: string) => `${text}\n`;

  it('accepts a file covered by a REUSE.toml annotation glob, and not one outside it', async () => {
    const dir = copyOf(generated);
    mkdirSync(join(dir, 'src', 'img'), { recursive: true });
    writeFileSync(join(dir, 'src', 'img', 'logo.svg'), bare('<svg/>'));
    writeFileSync(join(dir, 'src', 'app.js'), bare('console.log(1);'));
    writeFileSync(join(dir, 'REUSE.toml'), [
      'version = 1',
      '',
      '[[annotations]]',
      'path = ["src/img/**", "other/*.txt"]',
      'precedence = "aggregate"',
      'SPDX-FileCopyrightText = "2026 Ministère de l\'Exemple & des Tests"',
      'SPDX-License-Identifier = "EUPL-1.2"',
      '',
    ].join('\n'));
    const { rules } = await rulesOf(dir);
    const h1 = rules.find((rule) => rule.id === 'H1');
    expect(h1?.ok).toBe(false);
    expect(h1?.message).toContain('src/app.js');
    expect(h1?.message).not.toContain('logo.svg');
    writeFileSync(join(dir, 'src', 'app.js'), bare('// SPDX-FileCopyrightText: 2026 Ministère de l\'Exemple & des Tests\n// SPDX-License-Identifier: EUPL-1.2\nconsole.log(1);'));
    expect((await rulesOf(dir)).failed).not.toContain('H1');
  });

  it('reads .reuse/dep5 Files: globs', async () => {
    const dir = copyOf(generated);
    mkdirSync(join(dir, 'assets', 'icons'), { recursive: true });
    writeFileSync(join(dir, 'assets', 'icons', 'a.png'), bare('png'));
    mkdirSync(join(dir, '.reuse'));
    writeFileSync(join(dir, '.reuse', 'dep5'), [
      'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
      'Upstream-Name: mon-outil',
      '',
      'Files: assets/*',
      'Copyright: 2026 Ministère de l\'Exemple & des Tests',
      'License: EUPL-1.2',
      '',
    ].join('\n'));
    expect((await rulesOf(dir)).failed).not.toContain('H1');
  });

  it('ignores tags between REUSE-IgnoreStart and REUSE-IgnoreEnd, and reads a .license sidecar', async () => {
    const dir = copyOf(generated);
    writeFileSync(join(dir, 'example.md'), '<!-- REUSE-IgnoreStart -->\nSPDX-FileCopyrightText: 2026 Exemple\nSPDX-License-Identifier: MIT\n<!-- REUSE-IgnoreEnd -->\n');
    expect((await rulesOf(dir)).rules.find((rule) => rule.id === 'H1')?.message).toContain('example.md');
    writeFileSync(join(dir, 'example.md.license'), 'SPDX-FileCopyrightText: 2026 Ministère de l\'Exemple & des Tests\n\nSPDX-License-Identifier: EUPL-1.2\n');
    expect((await rulesOf(dir)).failed).not.toContain('H1');
  });

  it('skips files git ignores in a git repository, and node_modules outside git', async () => {
    const dir = copyOf(generated);
    mkdirSync(join(dir, 'node_modules', 'dep'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'dep', 'index.js'), bare('module.exports = 1;'));
    expect((await rulesOf(dir)).failed).not.toContain('H1');
    rmSync(join(dir, 'node_modules'), { recursive: true });
    initGit(dir);
    mkdirSync(join(dir, 'build'));
    writeFileSync(join(dir, 'build', 'out.js'), bare('1;'));
    writeFileSync(join(dir, '.git', 'info', 'exclude'), 'build/\n');
    expect((await rulesOf(dir)).failed).not.toContain('H1');
    rmSync(join(dir, '.git', 'info', 'exclude'));
    expect((await rulesOf(dir)).rules.find((rule) => rule.id === 'H1')?.message).toContain('build/out.js');
  });
});

describe('codegouv check with other layouts and paths', () => {
  it('accepts the FSF layout of the LGPL (COPYING.LESSER + COPYING) as the licence file', async () => {
    const dir = generate('LGPL-3.0-or-later');
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['COPYING', 'COPYING.LESSER']));
    const { code, rules } = await rulesOf(dir);
    expect(code).toBe(0);
    expect(rules.find((rule) => rule.id === 'L1')).toMatchObject({ ok: true, message: expect.stringContaining('LGPL-3.0-or-later') });
  });

  it('validates a publiccode.yml given as a path, alone', async () => {
    const valid = await check(['--json', join(generated, 'publiccode.yml')]);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ results: [{ path: join(generated, 'publiccode.yml'), status: 'compliant', compliant: true, publiccode: { valid: true, errors: [], warnings: [] } }] });
    expect(Object.keys((JSON.parse(valid.stdout) as { results: object[] }).results[0] ?? {})).toEqual(['path', 'status', 'compliant', 'publiccode']);
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-check-pc-'));
    writeFileSync(join(dir, 'publiccode.yml'), 'publiccodeYmlVersion: "0"\nname: x\n');
    const invalid = await check(['--json', join(dir, 'publiccode.yml')]);
    expect(invalid.code).toBe(1);
    const [result] = (JSON.parse(invalid.stdout) as { results: { compliant: boolean; publiccode: { valid: boolean; errors: unknown[] } }[] }).results;
    expect(result).toMatchObject({ compliant: false, publiccode: { valid: false } });
    expect(result?.publiccode.errors.length).toBeGreaterThan(0);
  });

  it('audits a fleet: one block per path and a summary table, exit 1 when one fails', async () => {
    const broken = copyOf(generated);
    rmSync(join(broken, 'LICENSE'));
    const run = await check([generated, broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Synthèse : 1 conforme(s) sur 2');
    const table = run.stdout.slice(run.stdout.indexOf('Synthèse'));
    expect(table).toMatch(/Dépôt\s+Statut\s+Obligatoires non respectées\s+Recommandations non suivies\s+Détail/u);
    expect(table).toMatch(new RegExp(`${generated.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}\\s+conforme\\s+0\\s+\\d+\\s+—`, 'u'));
    expect(table).toMatch(/non conforme\s+2\s+\d+\s+L1, F1/u);
  });
});

describe('codegouv check usage errors (exit 2)', () => {
  it.each([
    [['--frobnicate'], /option inconnue « --frobnicate »/u],
    [['/nonexistent/codegouv/path'], /« \/nonexistent\/codegouv\/path » n'existe pas/u],
    [['--lang', 'de'], /--lang « de »/u],
    [['--commits'], /--commits attend une valeur/u],
    [['--commits', '--json'], /une plage git est attendue/u],
    [[join(repoRoot, 'package.json')], /ni un dossier ni un fichier publiccode\.yml/u],
  ])('%j', async (args, message) => {
    const run = await check(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('reports a range git rejects as a usage error', async () => {
    const dir = copyOf(generated);
    initGit(dir);
    const run = await check(['--commits', 'no-such-branch..HEAD', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-branch..HEAD');
  });

  it('speaks English with --lang en', async () => {
    const run = await check(['--lang', 'en', '--nope']);
    expect(run.stderr).toContain('unknown option "--nope"');
  });
});

describe('check code path', () => {
  it('never imports yeoman-environment or yeoman-generator (startup cost)', () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/gu)) {
        if (!specifier) continue;
        if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/u, '.ts')));
        else external.add(specifier);
      }
    };
    visit(join(repoRoot, 'src', 'check', 'cli.ts'));
    expect([...external].filter((name) => name.startsWith('yeoman'))).toEqual([]);
    expect([...seen].map((file) => relative(repoRoot, file)).filter((file) => /src\/(yeoman|answers)\//u.test(file))).toEqual([]);
  });
});

describe('C2 on GitLab', () => {
  it('counts a job under .gitlab/ only when .gitlab-ci.yml includes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-c2-'));
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ repositoryUrl: 'https://gitlab.com/ministere/projet' })));
    writeFileSync(join(dir, '.gitlab-ci.yml'), 'build:\n  script: [make]\n');
    const generatedRun = spawnSync(process.execPath, [join(repoRoot, 'dist/bin/codegouv.js'), '--yes', '--answers', 'answers.yml'], { cwd: dir, encoding: 'utf8' });
    expect(generatedRun.status, generatedRun.stderr).toBe(0);
    expect((await rulesOf(dir)).failed).toContain('C2');
    writeFileSync(join(dir, '.gitlab-ci.yml'), 'include:\n  - local: .gitlab/dco.gitlab-ci.yml\nbuild:\n  script: [make]\n');
    expect((await rulesOf(dir)).failed).not.toContain('C2');
  });
});

describe('a fleet', () => {
  it('--json: the JSON on stdout, the summary table on stderr; a range one repository lacks fails only that one', async () => {
    const a = copyOf(generated);
    const b = copyOf(generated);
    initGit(a);
    initGit(b);
    writeFileSync(join(a, 'notes.md'), `${HEADER}# Notes\n`);
    git(a, ['add', 'notes.md']);
    git(a, ['commit', '-q', '-s', '-m', 'Ajoute des notes']);
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist/bin/codegouv.js'), 'check', '--json', '--commits', 'HEAD~1..HEAD', a, b], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { results: { path: string; compliant: boolean; rules: { id: string; ok: boolean }[] }[] };
    expect(report.results.map((entry) => entry.compliant)).toEqual([true, false]);
    expect(report.results[1]!.rules.find((rule) => rule.id === 'C2-commits')?.ok).toBe(false);
    expect(result.stderr).toContain(b);
  });
});
