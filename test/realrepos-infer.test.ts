import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, sharedDir } from './fixtures.js';

/**
 * Real repositories of French administrations (the realrepos fixtures) completed with `--yes`
 * and only what nothing in a repository can say: the administration and a contact. What their
 * README, manifests or publiccode.yml already say must be enough for the description, the long
 * description and the features; each value read is named with its file in the run's output.
 */
const realrepos = join(sharedDir, 'realrepos');
const available = existsSync(join(realrepos, 'materialize.sh'));
const bin = join(repoRoot, 'dist', 'bin', 'codegouv.js');
const FLAGS = ['--yes', '--reciprocity-reason', 'Garantir que les améliorations du service restent disponibles pour toutes les administrations', '--administration', 'Ministère des Armées', '--contact-name', 'A B', '--contact-email', 'a.b@intradef.gouv.fr', '--security-email', 'securite@intradef.gouv.fr', '--conduct-email', 'moderation@intradef.gouv.fr'];

/**
 * Completed from what the repository says: the primary language of publiccode.yml, how its
 * short description starts (read in the fixture by hand), and where it was read.
 */
const COMPLETED: Record<string, { lang: 'fr' | 'en'; starts: string; from: string }> = {
  'GeotrekCE__Geotrek-admin': { lang: 'en', starts: 'Geotrek-admin is a web application designed to manage', from: 'README.md' },
  'IGNF__geoportal-access-lib': { lang: 'fr', starts: 'French Geoportal resources access library', from: 'package.json' },
  'InseeFrLab__DoReMIFaSol': { lang: 'fr', starts: 'Data on Insee Website', from: 'DESCRIPTION' },
  'InseeFr__Eno': { lang: 'en', starts: 'Eno is a tool designed to transform questionnaires', from: 'README.md' },
  // Their own publiccode.yml, in its own primary language (not the README's).
  'CatalaLang__catala': { lang: 'en', starts: 'Domain-specific programming language designed for deriving', from: 'publiccode.yml' },
  'demarches-simplifiees__demarches-simplifiees.fr': { lang: 'fr', starts: 'outil permettant aux usagers d’effectuer des démarches en ligne', from: 'publiccode.yml' },
  'publicodes__publicodes': { lang: 'fr', starts: "Le langage pour les algorithmes d'intérêt public", from: 'publiccode.yml' },
};

/**
 * The README opens with a real paragraph: description and long description come from it, and
 * only the features, which it does not list, are still asked.
 */
const ONLY_FEATURES_MISSING: Record<string, string> = {
  'ANSSI-FR__bootcode_parser': 'bootcode_parser.py is a Python script',
  'ANSSI-FR__eurydice': 'Eurydice (Emetteur Unidirectionnel',
  'betagouv__api.gouv.fr': 'api.gouv.fr catalogue les API produites',
  'camelot-os__sentry-kernel': 'The Sentry kernel is a high security level micro-kernel',
  'etalab__transport-site': 'This is the repository of the french National Access Point',
  'gip-inclusion__les-emplois': "Les emplois de l'inclusion est un service numérique",
  'numerique-gouv__sites-faciles': 'Gestionnaire de contenu permettant de créer',
  'openfisca__openfisca-france': 'OpenFisca Rules as Code model for France.',
};

type Description = Record<string, { shortDescription?: string; longDescription?: string; features?: string[] }>;

describe.runIf(available)('descriptions taken from real repositories (--yes, administration and contact only)', () => {
  const dest = mkdtempSync(join(tmpdir(), 'codegouv-realrepos-infer-'));
  const runs = new Map<string, { status: number | null; output: string; dir: string }>();
  const names = [...Object.keys(COMPLETED), ...Object.keys(ONLY_FEATURES_MISSING)];

  beforeAll(() => {
    execFileSync('sh', [join(realrepos, 'materialize.sh'), dest, ...names], { stdio: 'ignore' });
    for (const name of readdirSync(dest).filter((entry) => names.includes(entry))) {
      const dir = join(dest, name);
      const result = spawnSync(process.execPath, [bin, ...FLAGS], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      runs.set(name, { status: result.status, output: `${result.stdout}${result.stderr}`, dir });
    }
  }, 300_000);

  it('completes the repositories whose README, manifest or publiccode.yml say what the project is', () => {
    for (const [name, expected] of Object.entries(COMPLETED)) {
      const run = runs.get(name)!;
      expect(run.status, `${name}: ${run.output}`).toBe(0);
      const publiccode = parse(readFileSync(join(run.dir, 'publiccode.yml'), 'utf8')) as { description: Description };
      const block = publiccode.description[expected.lang];
      expect(Object.keys(publiccode.description)[0], name).toBe(expected.lang);
      expect(block?.shortDescription, name).toMatch(new RegExp(`^${expected.starts.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
      expect(block?.longDescription?.length, name).toBeGreaterThanOrEqual(150);
      expect(block?.features?.length, name).toBeGreaterThan(0);
      expect(run.output, name).toMatch(new RegExp(`--description[^\\n]*: repris de ${expected.from.replace('.', '\\.')}`, 'u'));
    }
  });

  it('asks only for the features of repositories whose README opens with a real paragraph', () => {
    for (const [name, starts] of Object.entries(ONLY_FEATURES_MISSING)) {
      const run = runs.get(name)!;
      expect(run.status, `${name}: ${run.output}`).toBe(2);
      expect(run.output, name).toContain('--features (features)');
      expect(run.output, name).not.toContain('--description (description)');
      expect(run.output, name).not.toContain('--long-description (longDescription)');
      // With the features given, the run completes and writes what the repository said.
      const completed = spawnSync(process.execPath, [bin, ...FLAGS, '--features', 'Une fonctionnalité'], { cwd: run.dir, encoding: 'utf8', timeout: 60_000 });
      expect(completed.status, `${name}: ${completed.stdout}${completed.stderr}`).toBe(0);
      const publiccode = parse(readFileSync(join(run.dir, 'publiccode.yml'), 'utf8')) as { description: Description };
      const block = Object.values(publiccode.description)[0];
      expect(block?.shortDescription, name).toContain(starts);
      expect([...(block?.shortDescription ?? '')].length, name).toBeLessThanOrEqual(150);
    }
  }, 300_000);
});
