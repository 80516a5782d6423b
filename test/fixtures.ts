import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawAnswers } from '../src/answers/types.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = join(repoRoot, '..', 'shared');

/** A French administration name with everything that breaks naive templating. */
export const ADMINISTRATION = 'Ministère de l\'Intérieur & des Outre-mer « DNUM » "test"';

export const LONG_DESCRIPTION =
  'Cet outil aide les agents à instruire les demandes des usagers : il rassemble les pièces, ' +
  'vérifie leur complétude et prépare les courriers. Il est conçu pour être réutilisé par d\'autres administrations.';

/** What a person types at the interactive run's questions in an empty folder where the default is not enough; Enter everywhere else. */
export const TYPED_ANSWERS: readonly [RegExp, string][] = [
  [/^\? Administration titulaire/, 'Direction interministérielle du numérique'],
  [/^\? Description en une phrase/, 'Un outil pour les agents'],
  [/^\? Description détaillée/, LONG_DESCRIPTION],
  [/^\? Fonctionnalités principales/, 'Instruction;Courriers'],
  [/^\? Adresse publique du dépôt/, 'https://git.example.gouv.fr/dinum/outil'],
  [/^\? Nom du contact/, 'Équipe outil'],
  [/^\? Adresse électronique du contact/, 'outil@numerique.gouv.fr'],
];

/** Every required answer, as an answers file or flags would give them. */
export function completeAnswers(overrides: RawAnswers = {}): RawAnswers {
  return {
    administration: ADMINISTRATION,
    administrationUri: 'https://lannuaire.service-public.fr/gouvernement/ministere-interieur',
    projectName: 'mon-projet',
    description: 'Un outil pour l\'instruction des demandes & des courriers',
    longDescription: LONG_DESCRIPTION,
    features: ['Instruction des demandes', 'Préparation des courriers'],
    licence: 'EUPL-1.2',
    reciprocityReason: 'Garantir que les améliorations faites par d\'autres administrations restent disponibles pour toutes',
    repositoryUrl: 'https://github.com/ministere-exemple/mon-projet',
    contactName: 'Équipe Numérique d\'Intérieur',
    contactEmail: 'equipe.numerique@interieur.gouv.fr',
    year: 2026,
    ...overrides,
  };
}

/** The English texts publiccode.yml needs when English is a secondary language. */
export function englishTexts(): RawAnswers {
  return {
    descriptionEn: 'A tool to process requests & letters',
    longDescriptionEn:
      'This tool helps public servants process users\' requests: it gathers the documents, checks that they are ' +
      'complete and prepares the letters. It is designed to be reused by other administrations.',
    featuresEn: ['Request processing', 'Letter preparation'],
  };
}

/** Answers for documents in English first, French second. */
export function englishFirst(overrides: RawAnswers = {}): RawAnswers {
  const french = completeAnswers();
  const english = englishTexts();
  return completeAnswers({
    languages: ['en', 'fr'],
    description: english.descriptionEn,
    longDescription: english.longDescriptionEn,
    features: english.featuresEn,
    descriptionFr: french.description,
    longDescriptionFr: french.longDescription,
    featuresFr: french.features,
    ...overrides,
  });
}

/** Every file under `dir` (relative POSIX paths), .git excluded. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      if (name === '.git') continue;
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Path → content of every file, to compare two states of a tree byte for byte. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((path) => [path, readFileSync(join(dir, path), 'utf8')]));
}

/** Runs the built bin (`npx codegouv`) in `cwd`, stdin closed as in CI. */
export function codegouv(cwd: string, args: string[]) {
  return spawnSync(process.execPath, [join(repoRoot, 'dist', 'bin', 'codegouv.js'), ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}

/** A git repository holding these files (paths with `/` make their folders), committed once when `commit`. */
export function gitRepository(files: Record<string, string>, options: { commit?: boolean; prefix?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'codegouv-repo-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  execFileSync('git', ['add', '-A'], { cwd: dir });
  if (options.commit !== false) execFileSync('git', ['-c', 'user.name=Équipe', '-c', 'user.email=equipe@interieur.gouv.fr', 'commit', '-q', '--allow-empty', '--no-gpg-sign', '-m', 'Premier commit'], { cwd: dir });
  return dir;
}
