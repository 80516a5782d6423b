import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codegouv, completeAnswers } from './fixtures.js';

interface Report {
  results: { path: string; status: string; message?: string; rules?: { id: string; ok: boolean }[] }[];
  summary: { paths: number; compliant: number; nonCompliant: number; errors: number; rules: Record<string, { level: string; passed: number; failed: number }> };
}

let root: string;
/** Reports written by `check --json`, one per repository, from `root`. */
const reports: Record<string, string> = {};

function git(cwd: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.name=Équipe', '-c', 'user.email=equipe@interieur.gouv.fr', ...args], { cwd });
}

/** `depots/NAME`: a skeleton the generator wrote (compliant), or a bare README (not compliant). */
function repository(name: string, compliant: boolean): string {
  const dir = join(root, 'depots', name);
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  if (compliant) {
    writeFileSync(join(root, 'answers.yml'), stringify(completeAnswers({ projectName: name })));
    const written = codegouv(dir, ['--yes', '--answers', join(root, 'answers.yml'), '--skip-git']);
    expect(written.status, written.stderr).toBe(0);
  } else {
    writeFileSync(join(dir, 'README.md'), `# ${name}\n`);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-s', '--no-gpg-sign', '-m', 'Premier commit');
  return `depots/${name}`;
}

function checkJson(path: string, file: string): string {
  const result = codegouv(root, ['check', '--json', path]);
  expect([0, 1]).toContain(result.status);
  writeFileSync(join(root, file), result.stdout);
  return file;
}

const merge = (...args: string[]) => codegouv(root, ['fleet', 'merge', ...args]);
const parsed = (stdout: string) => JSON.parse(stdout) as Report;

/** A valid report of `base`, changed by `edit`, written as `file`. */
function edited(file: string, edit: (report: Record<string, any>) => void): string {
  const report = JSON.parse(readFileSync(join(root, reports.zeta!), 'utf8')) as Record<string, any>;
  edit(report);
  writeFileSync(join(root, file), JSON.stringify(report));
  return file;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'codegouv-fleet-merge-'));
  const zeta = repository('zeta', false);
  const alpha = repository('alpha', true);
  const mu = repository('mu', false);
  reports.zeta = checkJson(zeta, 'zeta.json');
  reports.alpha = checkJson(alpha, 'alpha.json');
  reports.mu = checkJson(mu, 'mu.json');
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('codegouv fleet merge', () => {
  it('gives, from per-repository reports, the report check --json gives for the whole fleet at once', () => {
    const result = merge('--json', reports.zeta!, reports.alpha!, reports.mu!);
    expect(result.status, result.stderr).toBe(1);
    const whole = codegouv(root, ['check', '--json', 'depots/alpha', 'depots/mu', 'depots/zeta']);
    expect(parsed(result.stdout)).toEqual(parsed(whole.stdout));
    const fleet = parsed(result.stdout);
    expect(fleet.results.map((entry) => entry.path)).toEqual(['depots/alpha', 'depots/mu', 'depots/zeta']);
    expect(fleet.summary).toMatchObject({ paths: 3, compliant: 1, nonCompliant: 2, errors: 0 });
    // The fleet table for the person watching, on stderr beside the JSON.
    expect(result.stderr).toMatch(/Synthèse : 1 conforme\(s\) sur 3/u);
  });

  it('merges merged reports (per shard) as it merges per-repository ones', () => {
    const shard = merge('--json', reports.zeta!, reports.mu!);
    writeFileSync(join(root, 'shard-1.json'), shard.stdout);
    const result = merge('--json', 'shard-1.json', reports.alpha!);
    expect(parsed(result.stdout)).toEqual(parsed(merge('--json', reports.alpha!, reports.mu!, reports.zeta!).stdout));
  });

  it('is 0 when every repository is compliant', () => {
    const result = merge('--json', reports.alpha!);
    expect(result.status, result.stderr).toBe(0);
    expect(parsed(result.stdout).summary.compliant).toBe(1);
  });

  it('keeps a path given by two reports once, and says so naming both reports', () => {
    writeFileSync(join(root, 'zeta-again.json'), readFileSync(join(root, reports.zeta!)));
    const result = merge('--json', reports.zeta!, 'zeta-again.json', reports.mu!);
    expect(parsed(result.stdout).results.map((entry) => entry.path)).toEqual(['depots/mu', 'depots/zeta']);
    expect(parsed(result.stdout).summary.paths).toBe(2);
    expect(result.stderr).toContain('le chemin « depots/zeta » figure dans zeta.json et dans zeta-again.json ; seule l\'entrée de zeta.json est gardée');
  });

  it('prints the fleet table first in text, then the repositories per rule', () => {
    const result = merge(reports.zeta!, reports.alpha!);
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Synthèse : 1 conforme(s) sur 2');
    expect(lines[1]).toMatch(/^ {2}Dépôt +Statut/u);
    expect(lines[2]).toMatch(/^ {2}depots\/alpha +conforme/u);
    expect(lines[3]).toMatch(/^ {2}depots\/zeta +non conforme/u);
    expect(result.stdout).toContain('Par règle (nombre de dépôts) :');
    expect(result.stdout).toMatch(/^ {2}L1 \[obligatoire\] : 1 dépôt\(s\) la respectent, 1 ne la respectent pas$/mu);
    const english = merge('--lang', 'en', reports.zeta!, reports.alpha!);
    expect(english.stdout).toMatch(/^Summary: 1 of 2 compliant$/mu);
    expect(english.stdout).toMatch(/^ {2}L1 \[MUST\]: 1 passed, 1 failed$/mu);
  });

  describe('an untrusted report', () => {
    const refusals: [string, () => string, RegExp][] = [
      ['not JSON', () => (writeFileSync(join(root, 'nope.json'), '{"results": ['), 'nope.json'), /rapport nope\.json : JSON invalide/u],
      ['not UTF-8', () => (writeFileSync(join(root, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d])), 'latin1.json'), /rapport latin1\.json : ce n'est pas du texte UTF-8/u],
      ['an array', () => (writeFileSync(join(root, 'array.json'), '[]'), 'array.json'), /rapport array\.json, champ \$ : un objet est attendu/u],
      ['a level no rule has', () => edited('level.json', (r) => { r.results[0].rules[1].level = 'HIGH'; }), /champ results\[0\]\.rules\[1\]\.level : MUST, SHOULD ou MAY est attendu/u],
      ['an unknown field', () => edited('extra.json', (r) => { r.results[0].injected = '<script>'; }), /champ results\[0\]\.injected : champ inconnu/u],
      ['a missing field', () => edited('missing.json', (r) => { delete r.results[0].rules[0].ok; }), /champ results\[0\]\.rules\[0\]\.ok : champ obligatoire absent/u],
      ['a prototype key as a rule id', () => edited('proto.json', (r) => { r.results[0].rules[0].id = '__proto__'; }), /champ results\[0\]\.rules\[0\]\.id : un identifiant de règle/u],
      ['a status its rules contradict', () => edited('liar.json', (r) => { r.results[0].status = 'compliant'; r.results[0].compliant = true; }), /champ results\[0\]\.compliant : compliant ne correspond pas/u],
      ['counts its results contradict', () => edited('counts.json', (r) => { r.summary.compliant = 7; }), /champ summary : les comptes ne correspondent pas/u],
      ['a fractional line number', () => edited('float.json', (r) => { r.results[0].publiccode = { valid: false, errors: [{ key: 'a', description: 'b', line: 1.5, column: 0 }], warnings: [] }; }), /champ results\[0\]\.publiccode\.errors\[0\]\.line : un nombre entier/u],
      ['a folder', () => (mkdirSync(join(root, 'dir.json'), { recursive: true }), 'dir.json'), /rapport dir\.json : ce n'est pas un fichier ordinaire/u],
      ['a FIFO (it would block a plain read)', () => (execFileSync('mkfifo', [join(root, 'fifo.json')]), 'fifo.json'), /rapport fifo\.json : ce n'est pas un fichier ordinaire/u],
      ['over the size cap (sparse: nothing is read)', () => (writeFileSync(join(root, 'huge.json'), ''), truncateSync(join(root, 'huge.json'), 129 * 1024 * 1024), 'huge.json'), /rapport huge\.json : 129\.0 Mio, au-delà de la limite de 128\.0 Mio/u],
    ];

    it.each(refusals)('%s is one error entry naming the file and the field; the others are merged', (_title, make, message) => {
      const bad = make();
      const result = merge('--json', reports.mu!, bad, reports.zeta!);
      expect(result.status, result.stderr).toBe(3);
      const fleet = parsed(result.stdout);
      const byPath = (a: string[], b: string[]) => (a[0]! < b[0]! ? -1 : 1);
      expect(fleet.results.map((entry) => [entry.path, entry.status])).toEqual([[bad, 'error'], ['depots/mu', 'non-compliant'], ['depots/zeta', 'non-compliant']].sort(byPath));
      expect(fleet.results.find((entry) => entry.path === bad)!.message).toMatch(message);
      expect(fleet.summary).toMatchObject({ paths: 3, errors: 1, nonCompliant: 2 });
      expect(result.stderr).not.toMatch(/\n\s+at /u);
    });

    it('is refused in the interface language, with the fix', () => {
      const result = codegouv(root, ['fleet', 'merge', '--lang', 'en', 'nope.json']);
      expect(result.status).toBe(3);
      expect(result.stdout).toContain('report nope.json: invalid JSON');
      expect(result.stdout).toContain('write it with codegouv check --json > report.json');
    });
  });

  it('keeps an entry check could not audit, and exits 3 as check does', () => {
    const file = edited('error-entry.json', (r) => {
      r.results = [{ path: 'depots/illisible', status: 'error', message: 'impossible de lire depots/illisible (EACCES)' }];
      r.summary = { paths: 1, compliant: 0, nonCompliant: 0, errors: 1, failed: { MUST: 0, SHOULD: 0, MAY: 0 }, rules: {} };
    });
    const result = merge('--json', file, reports.alpha!);
    expect(result.status, result.stdout).toBe(3);
    expect(parsed(result.stdout).results[1]).toEqual({ path: 'depots/illisible', status: 'error', message: 'impossible de lire depots/illisible (EACCES)' });
  });

  it.each([
    [[], /aucun rapport donné/u],
    [['absent.json'], /le rapport « absent\.json » n'existe pas/u],
    [['--format', 'xml', 'mu.json'], /--format « xml » : text ou json attendu/u],
    [['--json', '--format', 'text', 'mu.json'], /demandent deux formats différents/u],
    [['--shards', '2', 'mu.json'], /option inconnue « --shards »/u],
  ])('refuses %j with exit code 2 and the usage', (args, message) => {
    const result = merge(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage : codegouv fleet merge');
    expect(result.stdout).toBe('');
  });

  it('answers codegouv fleet --help and refuses an unknown subcommand', () => {
    expect(codegouv(root, ['fleet', '--help']).stdout).toContain('codegouv fleet matrix --shards N');
    const unknown = codegouv(root, ['fleet', 'fusion']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('sous-commande inconnue « fusion » : merge ou matrix attendu');
  });
});
