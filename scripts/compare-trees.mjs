#!/usr/bin/env node
// Behaviour-preservation check for refactors: runs two builds of the CLI over the same
// scenarios (answers, areas, languages, existing trees, re-runs, `check --json`) and compares
// every written byte, exit code and report. Plain JavaScript so that it runs against any build.
//
//   node scripts/compare-trees.mjs BASE_BIN NEW_BIN [REALREPOS_DIR]
//   bash scripts/compare-trees.sh GIT_REF          # builds GIT_REF in a temporary worktree first
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, lstatSync, rmSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const [baseBin, newBin, realrepos] = process.argv.slice(2).map((arg) => resolve(arg));
if (!baseBin || !newBin) {
  process.stderr.write('usage: compare-trees.mjs BASE_BIN NEW_BIN [REALREPOS_DIR]\n');
  process.exit(2);
}

const ADMINISTRATION = 'Ministère de l\'Intérieur & des Outre-mer « DNUM » "test"';
const LONG_FR = 'Cet outil aide les agents à instruire les demandes des usagers : il rassemble les pièces, '
  + 'vérifie leur complétude et prépare les courriers. Il est conçu pour être réutilisé par d\'autres administrations.';
const LONG_EN = 'This tool helps public servants process users\' requests: it gathers the documents, checks that they are '
  + 'complete and prepares the letters. It is designed to be reused by other administrations.';
const complete = (extra = {}) => ({
  administration: ADMINISTRATION,
  administrationUri: 'https://lannuaire.service-public.fr/gouvernement/ministere-interieur',
  projectName: 'mon-projet',
  description: 'Un outil pour l\'instruction des demandes & des courriers',
  longDescription: LONG_FR,
  features: ['Instruction des demandes', 'Préparation des courriers'],
  licence: 'EUPL-1.2',
  repositoryUrl: 'https://github.com/ministere-exemple/mon-projet',
  contactName: 'Équipe Numérique d\'Intérieur',
  contactEmail: 'equipe.numerique@interieur.gouv.fr',
  year: 2026,
  ...extra,
});
const english = { descriptionEn: 'A tool to process requests & letters', longDescriptionEn: LONG_EN, featuresEn: ['Request processing', 'Letter preparation'] };
const LICENCES = ['Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'CECILL-B', 'MIT', 'CECILL-2.1', 'CECILL-C', 'GPL-3.0-or-later',
  'LGPL-3.0-or-later', 'AGPL-3.0-or-later', 'MPL-2.0', 'EPL-2.0', 'EUPL-1.2'];
const AREAS = ['licence', 'readme', 'contributing', 'code-of-conduct', 'dco', 'security', 'publiccode'];

/** A scenario: files placed first, then one or more runs (each an argument list). */
const scenarios = [];
const add = (name, files, ...runs) => scenarios.push({ name, files, runs });
const answers = (data) => ({ 'answers.json': JSON.stringify(data) });
const yes = ['--yes', '--answers', 'answers.json'];

add('app-fr', answers(complete()), yes, ['check', '--json']);
add('app-fr-en', answers(complete({ languages: ['fr', 'en'], ...english })), yes, ['check', '--json']);
add('app-en-fr', answers(complete({ languages: ['en', 'fr'], description: english.descriptionEn, longDescription: LONG_EN,
  features: english.featuresEn, descriptionFr: 'Un outil', longDescriptionFr: LONG_FR, featuresFr: ['Instruction'] })), yes);
add('app-lang-en', answers(complete()), [...yes, '--lang', 'en'], ['check', '--lang', 'en']);
for (const licence of LICENCES) add(`licence-${licence}`, answers(complete({ licence })), yes);
for (const area of AREAS) add(`area-${area}`, answers(complete()), [area, ...yes]);
add('everything', answers(complete({
  forge: 'gitlab', repositoryUrl: 'https://gitlab.com/ministere/projet', maintenanceType: 'contract',
  contractors: [{ name: 'Société « Exemple »', until: '2030-12-31', email: 'contact@exemple.fr', website: 'https://exemple.fr' }],
  codemeta: true, ci: true, docsLicence: 'etalab-2.0', openness: 'contributif', developmentStatus: 'beta',
  softwareType: 'library', platforms: ['web', 'linux'], categories: ['it-development', 'data-collection'], scope: ['government'],
  supports: ['alias:gdpr'], securityEmail: 'securite@interieur.gouv.fr', conductEmail: 'conduite@interieur.gouv.fr',
})), yes, ['check', '--json']);
add('github-ci', answers(complete({ ci: true, codemeta: true })), yes);
add('missing-answers', {}, ['--yes'], ['--yes', '--lang', 'en']);
add('invalid-answers', answers(complete({ licence: 'Apache 2', contactEmail: 'nobody', projectName: 'Mon Projet' })), yes);
add('flags', {}, ['--yes', '--administration', 'Direction interministérielle du numérique', '--project-name', 'outil',
  '--description', 'Un outil', '--long-description', LONG_FR, '--features', 'Une fonction', '--licence', 'MIT',
  '--repository-url', 'https://github.com/dinum/outil', '--contact-name', 'Équipe', '--contact-email', 'equipe@numerique.gouv.fr', '--year', '2026']);
add('existing-kept', {
  ...answers(complete({ licence: 'MIT' })),
  'README.md': '# Mon projet\n\nÉcrit par l\'équipe.\n',
  'package.json': JSON.stringify({ name: 'mon-projet', license: 'MIT', description: 'Un outil existant' }),
  'src/index.js': 'console.log(1);\n',
  '.gitignore': 'node_modules\n',
}, yes, ['check', '--json']);
add('existing-forced', { ...answers(complete()), 'README.md': '# Ancien\n', 'CONTRIBUTING.md': 'old\n' }, [...yes, '--force']);
add('rerun-switch-licence', answers(complete()), yes, ['--yes', '--licence', 'MIT'], ['--yes', '--licence', 'MIT', '--force'], ['licence', '--yes', '--licence', 'Apache-2.0', '--force']);
add('rerun-identical', answers(complete()), yes, ['--yes']);
add('publiccode-existing', {
  ...answers(complete()),
  'publiccode.yml': 'publiccodeYmlVersion: "0.4"\nname: Ancien nom\nurl: https://github.com/ministere-exemple/mon-projet\n'
    + 'platforms: [web]\ncategories: [it-development]\ndevelopmentStatus: stable\nsoftwareType: standalone/web\n'
    + 'description:\n  fr:\n    shortDescription: Court\n    longDescription: ' + JSON.stringify(LONG_FR) + '\n    features: [Une]\n'
    + 'legal:\n  license: MIT\nmaintenance:\n  type: internal\n  contacts:\n    - name: Quelqu\'un\n'
    + 'localisation:\n  localisationReady: false\n  availableLanguages: [fr]\n',
}, yes, ['publiccode', '--yes', '--force', '--answers', 'answers.json']);
add('preset', {
  'preset.yml': 'administration: "Ministère des Armées"\ncontactEmail: numerique@armees.gouv.fr\nlicence: MIT\ntemplates: tpl\n',
  'tpl/readme/README.fr.md.ejs': '# <%- answers.title %>\n\nPréréglage.\n',
  ...answers({ projectName: 'outil', description: 'Un outil', longDescription: LONG_FR, features: ['Une'],
    repositoryUrl: 'https://github.com/armees/outil', contactName: 'Équipe', year: 2026 }),
}, ['--yes', '--preset', 'preset.yml', '--answers', 'answers.json'], ['--yes']);
add('help', {}, ['--help'], ['--help', '--lang', 'en'], ['check', '--help']);
add('check-empty', {}, ['check', '--json'], ['check']);
add('unknown-option', {}, ['--yse'], ['frobnicate']);

const env = (home) => ({
  ...process.env, HOME: home, GIT_CONFIG_GLOBAL: join(home, '.gitconfig'), GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: '', GIT_AUTHOR_EMAIL: '', GIT_COMMITTER_NAME: '', GIT_COMMITTER_EMAIL: '', NO_COLOR: '1', FORCE_COLOR: '0',
});

function tree(dir) {
  const out = {};
  const walk = (current) => {
    for (const name of readdirSync(current).sort()) {
      if (name === '.git') continue;
      const path = join(current, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else out[relative(dir, path)] = `${(stat.mode & 0o777).toString(8)} ${createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16)}`;
    }
  };
  walk(dir);
  return out;
}

/** Paths in outputs differ between the two sides: normalise them. */
const normalise = (text, dir, home) => text.split(dir).join('<DIR>').split(home).join('<HOME>');

function runSide(bin, root, scenario) {
  const dir = join(root, scenario.name);
  const home = join(root, `${scenario.name}.home`);
  mkdirSync(home, { recursive: true });
  if (scenario.repo) cpSync(scenario.repo, dir, { recursive: true });
  else mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(scenario.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const runs = scenario.runs.map((args) => {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, env: env(home), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    return { args: args.join(' '), status: result.status, stdout: normalise(result.stdout, dir, home), stderr: normalise(result.stderr, dir, home), tree: tree(dir) };
  });
  return runs;
}

if (realrepos && existsSync(join(realrepos, 'materialize.sh'))) {
  const materialized = mkdtempSync(join(tmpdir(), 'compare-real-'));
  spawnSync('sh', [join(realrepos, 'materialize.sh'), materialized], { stdio: 'ignore' });
  for (const name of readdirSync(materialized).sort()) {
    scenarios.push({ name: `real-${name}`, repo: join(materialized, name), runs: [['check', '--json'], ['--yes'], ['check', '--json']] });
  }
}

const roots = { base: mkdtempSync(join(tmpdir(), 'compare-base-')), next: mkdtempSync(join(tmpdir(), 'compare-new-')) };
let differences = 0;
let compared = 0;
for (const scenario of scenarios) {
  const base = runSide(baseBin, roots.base, scenario);
  const next = runSide(newBin, roots.next, scenario);
  base.forEach((before, index) => {
    const after = next[index];
    compared += 1;
    const diffs = [];
    if (before.status !== after.status) diffs.push(`exit ${before.status} → ${after.status}`);
    const paths = new Set([...Object.keys(before.tree), ...Object.keys(after.tree)]);
    for (const path of [...paths].sort()) {
      if (before.tree[path] !== after.tree[path]) diffs.push(`file ${path}: ${before.tree[path] ?? 'absent'} → ${after.tree[path] ?? 'absent'}`);
    }
    if (before.stdout !== after.stdout) diffs.push('stdout differs');
    if (before.stderr !== after.stderr) diffs.push('stderr differs');
    if (diffs.length > 0) {
      differences += 1;
      process.stdout.write(`DIFF ${scenario.name} [${before.args}]\n  ${diffs.join('\n  ')}\n`);
      if (process.env.COMPARE_VERBOSE) {
        if (before.stdout !== after.stdout) process.stdout.write(`--- base stdout\n${before.stdout}\n--- new stdout\n${after.stdout}\n`);
        if (before.stderr !== after.stderr) process.stdout.write(`--- base stderr\n${before.stderr}\n--- new stderr\n${after.stderr}\n`);
      }
    }
  });
}
process.stdout.write(`${compared} runs in ${scenarios.length} scenarios compared: ${compared - differences} identical, ${differences} different\n`);
if (!process.env.COMPARE_KEEP) for (const root of Object.values(roots)) rmSync(root, { recursive: true, force: true });
process.exit(differences > 0 ? 1 : 0);
