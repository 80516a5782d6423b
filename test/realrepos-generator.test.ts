import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { repoRoot, sharedDir } from './fixtures.js';

/**
 * The generator on real repositories of French administrations (the realrepos fixtures), as a
 * team completing its repository runs it: `--yes` with the answers nothing in the repository
 * gives. What a careful reader found in each (its manifest.json) is the oracle.
 */
const realrepos = join(sharedDir, 'realrepos');
const available = existsSync(join(realrepos, 'materialize.sh'));
const bin = join(repoRoot, 'dist', 'bin', 'codegouv.js');

interface Fixture {
  authorised: boolean;
  expectedMustFailures: string[];
  expectedCompliant: boolean | null;
  licences: { id: string; files: string[] }[];
  licenceFiles: string[];
  governance: Record<'readme' | 'contributing' | 'codeOfConduct' | 'security', string | null>;
}

/** Written independently of src/: where forges look for each governance file, any case or extension. */
const KINDS: Record<string, RegExp> = {
  readme: /^README(?:\.[^/]*)?$/iu,
  contributing: /^(?:\.github\/|docs\/)?CONTRIBUTING(?:\.[^/]*)?$/iu,
  codeOfConduct: /^(?:\.github\/|docs\/)?CODE[_-]OF[_-]CONDUCT(?:\.[^/]*)?$/iu,
  security: /^(?:\.github\/|docs\/)?SECURITY(?:\.[^/]*)?$/iu,
  licence: /^(?:LICEN[CS]E|COPYING)(?:[.-][^/]*)?$/iu,
  dco: /^DCO(?:\.[^/]*)?$/iu,
};

const ofKind = (files: readonly string[], kind: string) =>
  files.filter((path) => KINDS[kind]!.test(path) && !/\.license$/iu.test(path) && !/\.(?:pdf|html?)$/iu.test(path) && !/third|3rd|notice/iu.test(path));

const tracked = (dir: string) => execFileSync('git', ['ls-files', '-z', '--cached', '--others'], { cwd: dir, encoding: 'utf8' }).split('\0').filter(Boolean);

const ANSWERS = {
  administration: 'Ministère des Armées',
  description: 'Un outil pour vérifier un dépôt existant',
  longDescription: 'Ce dépôt existait avant codegouv : le générateur doit le compléter sans rien perdre, sans écrire de second exemplaire des fichiers de gouvernance de l\'équipe et sans déclarer ce qui ne lui appartient pas.',
  features: ['Vérification'],
  // Read from the README where it states it; the reason of general interest of a reciprocal licence otherwise.
  reciprocityReason: 'Garantir que les améliorations du service restent disponibles pour toutes les administrations',
  contactName: 'Agnès Dupré',
  contactEmail: 'agnes.dupre@intradef.gouv.fr',
  // A person's address is not the security or conduct contact: the dedicated ones a user gives.
  securityEmail: 'securite.numerique@intradef.gouv.fr',
  conductEmail: 'moderation.communaute@intradef.gouv.fr',
};

describe.runIf(available)('the generator on real repositories (--yes)', () => {
  const dest = mkdtempSync(join(tmpdir(), 'codegouv-realrepos-'));
  const manifest = available ? (JSON.parse(readFileSync(join(realrepos, 'manifest.json'), 'utf8')) as Record<string, Fixture>) : {};
  const runs = new Map<string, { before: string[]; after: string[]; status: number | null; output: string }>();
  let audit: { path: string; status: string; rules: { id: string; level: string; ok: boolean }[] }[] = [];

  beforeAll(() => {
    execFileSync('sh', [join(realrepos, 'materialize.sh'), dest], { stdio: 'ignore' });
    const names = readdirSync(dest).filter((entry) => entry in manifest);
    const checked = spawnSync(process.execPath, [bin, 'check', '--json', ...names], { cwd: dest, encoding: 'utf8', timeout: 120_000 });
    audit = (JSON.parse(checked.stdout) as { results: typeof audit }).results;
    const answers = join(dest, 'answers.yml');
    writeFileSync(answers, stringify(ANSWERS));
    for (const name of readdirSync(dest).filter((entry) => entry in manifest)) {
      const dir = join(dest, name);
      const before = tracked(dir);
      const result = spawnSync(process.execPath, [bin, '--yes', '--answers', answers], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      runs.set(name, { before, after: tracked(dir), status: result.status, output: `${result.stdout}${result.stderr}` });
    }
  }, 300_000);

  it('check, before the run, fails exactly the MUST items a careful reader fails', () => {
    expect(audit).toHaveLength(Object.keys(manifest).length);
    for (const result of audit) {
      const fixture = manifest[result.path]!;
      // "M1 (publiccode invalid) if MUST": M1 is a SHOULD here (code.gouv.fr encourages publiccode.yml).
      const expected = fixture.expectedMustFailures.filter((entry) => !entry.includes('if MUST')).map((entry) => entry.split(' ')[0]).sort();
      const failed = result.rules.filter((rule) => rule.level === 'MUST' && !rule.ok).map((rule) => rule.id).sort();
      expect(failed, result.path).toEqual(expected);
      if (fixture.expectedCompliant !== null) expect(result.status === 'compliant', result.path).toBe(fixture.expectedCompliant);
    }
  });

  it('completes every fixture with an authorised licence; asks for the licence of the others', () => {
    expect(runs.size).toBe(Object.keys(manifest).length);
    for (const [name, run] of runs) {
      expect(run.output, name).not.toMatch(/\n\s+at /u);
      if (manifest[name]?.authorised) expect(run.status, `${name}: ${run.output}`).toBe(0);
      else expect(run.output, name).toContain('--licence');
    }
  });

  it('never writes a second governance, licence or DCO file beside the team\'s own', () => {
    const seconds: string[] = [];
    for (const [name, run] of runs) {
      for (const kind of Object.keys(KINDS)) {
        const before = ofKind(run.before, kind);
        const added = ofKind(run.after, kind).filter((path) => !run.before.includes(path));
        if (before.length > 0 && added.length > 0) seconds.push(`${name}: ${added.join(', ')} beside ${before.join(', ')}`);
      }
    }
    expect(seconds).toEqual([]);
  });

  it('never adds a file whose name differs only in case from one already there', () => {
    for (const [name, run] of runs) {
      const lower = new Map(run.before.map((path) => [path.toLowerCase(), path]));
      const clashes = run.after.filter((path) => !run.before.includes(path) && lower.has(path.toLowerCase()));
      expect(clashes, name).toEqual([]);
    }
  });

  it('says which of the team\'s files it kept instead of writing its own', () => {
    const camino = runs.get('MTES-MCT__camino');
    expect(camino?.output).toContain('contributing.md');
    expect(camino?.output).toContain('license.md');
  });

  it('links the documents it writes to the team\'s own files', () => {
    const onyxia = join(dest, 'InseeFrLab__onyxia');
    const contributing = readFileSync(join(onyxia, 'CONTRIBUTING.md'), 'utf8');
    // onyxia has DCO.md, SECURITY.md and CODE_OF_CONDUCT.md: the new CONTRIBUTING links to them.
    expect(contributing).toContain('](DCO.md)');
    expect(contributing).not.toContain('](DCO)');
  });
});
