import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inferAnswers } from '../src/answers/infer.js';
import { codegouv } from './fixtures.js';

/** A folder holding these files (paths with `/` make their folders). */
function repository(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'codegouv-readme-')), 'projet');
  mkdirSync(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const infer = (files: Record<string, string>) => inferAnswers(repository(files));

const OPENING_FR =
  "Outil libre de l'État pour publier les données des collectivités. Il vérifie chaque fichier, le convertit dans les formats ouverts et le publie sur le portail national avec ses métadonnées.";
const SECOND_FR = 'Il est utilisé par les communes, les départements et les régions depuis 2021, pour des jeux de données de toute taille, et il est maintenu par une équipe dédiée.';

describe('README opening → description, long description, features, languages', () => {
  it('tells the language from the whole README when its opening is a short line after an HTML header', () => {
    const inferred = infer({
      'README.md': [
        '<div align="center"><img src="logo.svg" alt="logo"><h1>usbtool</h1></div>',
        '',
        'A tool to clean USB keys.',
        '',
        '## Features',
        '',
        '- It reads the files of the key and it checks them with the antivirus of the station',
        '- It copies the clean files to a network share that is chosen by the administrator',
        '',
        '## Installation',
        '',
        'The tool is built with cargo and it is installed on a dedicated station.',
      ].join('\n'),
    });
    expect(inferred.languages).toEqual(['en']);
  });

  it('takes the first paragraph after the title and the badges', () => {
    const inferred = infer({
      'README.md': [
        '# Publicateur',
        '',
        '[![CI](https://github.com/a/b/actions/workflows/ci.yml/badge.svg)](https://github.com/a/b/actions)',
        '[![Licence][licence-badge]][licence] ![Version](https://img.shields.io/badge/v-1-blue)',
        '',
        OPENING_FR.replace('Outil libre', '**Outil libre**').replace('portail national', '[portail national](https://data.gouv.fr)'),
        '',
        SECOND_FR,
        '',
        '## Installation',
        '',
        'Installez les dépendances avec la commande suivante, puis lancez le serveur de développement local pour commencer.',
      ].join('\n'),
    });
    expect(inferred.description).toBe("Outil libre de l'État pour publier les données des collectivités.");
    expect(inferred.longDescription).toBe(`${OPENING_FR}\n\n${SECOND_FR}`);
    expect(inferred.languages).toEqual(['fr']);
  });

  it('reads past an HTML header block (logo, centred title, badges) and inline HTML', () => {
    const inferred = infer({
      'README.md': [
        '<div align="center">',
        '  <img width="128" src="logo.png" alt="logo">',
        '</div>',
        '',
        '<div align="center"><h1>Passerelle</h1></div>',
        '',
        '<p align="center">',
        '<a href="https://ci.example"><img alt="CI" src="https://ci.example/badge.svg"></a>',
        '</p>',
        '<!--',
        'A comment that is not a description of anything at all.',
        '-->',
        '',
        'Passerelle (<b>P</b>roxy <b>A</b>pplicatif) transfers files through a physical one-way link between two networks of different sensitivity, and checks each transfer.',
      ].join('\n'),
    });
    expect(inferred.description).toBe('Passerelle (Proxy Applicatif) transfers files through a physical one-way link between two networks of different sensitivity, and checks each transfer.');
    expect(inferred.longDescription).toBe(inferred.description);
  });

  it('cuts a long opening at a sentence, else at a clause, within the 150 characters of shortDescription', () => {
    const sentence = 'Geo is a web application designed to manage, centralise and structure the geographical and touristic information of a territory, its paths and its signage.';
    expect(sentence.length).toBeGreaterThan(150);
    const inferred = infer({ 'README.md': `Geo\n===\n\n${sentence} It is the back office of the Geo suite.\n` });
    expect(inferred.description).toBe('Geo is a web application designed to manage, centralise and structure the geographical and touristic information of a territory…');
    expect([...String(inferred.description)].length).toBeLessThanOrEqual(150);
  });

  it('leaves out a long description shorter than publiccode.yml allows, and sections about installing or using', () => {
    const inferred = infer({
      'README.md': '# Outil\n\nUn outil pour trier les courriers entrants.\n\n## Installation\n\n' + `${SECOND_FR}\n`,
    });
    expect(inferred.description).toBe('Un outil pour trier les courriers entrants.');
    expect(inferred.longDescription).toBeUndefined();
  });

  it('takes nothing after the first code block of the opening', () => {
    expect(infer({ 'README.md': `# Outil\n\n\`\`\`sh\nnpm install\n\`\`\`\n\n${OPENING_FR}\n` }).description).toBeUndefined();
    expect(infer({ 'README.md': `# Outil\n\n${OPENING_FR}\n\n\`\`\`sh\nnpm install\n\`\`\`\n\n${SECOND_FR}\n` }).longDescription).toBe(OPENING_FR);
  });

  it('never takes a placeholder, from the README, package.json, a manifest or publiccode.yml', () => {
    expect(infer({ 'README.md': '# Projet\n\nTODO\n\nAdd a description\n' }).description).toBeUndefined();
    expect(infer({ 'README.md': '# Projet\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n' }).description).toBeUndefined();
    expect(infer({ 'package.json': JSON.stringify({ name: 'outil', description: 'TODO' }) }).description).toBeUndefined();
    expect(infer({ 'composer.json': JSON.stringify({ name: 'laravel/laravel', description: 'The skeleton application for the Laravel framework.' }) })).not.toHaveProperty('description');
    expect(infer({ 'pyproject.toml': '[project]\nname = "outil"\ndescription = "Add a description"\n' }).description).toBeUndefined();
    const publiccode = "publiccodeYmlVersion: '0.4'\nname: Outil\ndescription:\n  fr:\n    shortDescription: Description du projet\n    longDescription: A short description\n    features:\n      - TODO\n";
    const fromPubliccode = infer({ 'publiccode.yml': publiccode, 'README.md': `# Outil\n\n${OPENING_FR}\n` });
    expect(fromPubliccode.description).toBe("Outil libre de l'État pour publier les données des collectivités.");
    expect(fromPubliccode.features).toBeUndefined();
  });

  it('finds the features under « Fonctionnalités », "Features" or a list the opening introduces, not under news', () => {
    const french = infer({
      'README.md': `# Outil\n\n${OPENING_FR}\n\n### 🚀 Nouvelle fonctionnalité\n\n- Une annonce\n\n## Fonctionnalités\n\n* Import des fichiers CSV ;\n* Contrôle des [schémas](https://schema.data.gouv.fr) ;\n  * un détail\n* Publication\n`,
    });
    expect(french.features).toEqual(['Import des fichiers CSV', 'Contrôle des schémas', 'Publication']);
    const english = infer({
      'README.md': '# Tool\n\n## Features\n\nThe tool helps teams:\n\n- **Management tool**: manage paths, interventions, signage, treks, points of interest, touristic events, and much, much more.\n- Maintenance tracking\n',
    });
    expect(english.features).toEqual(['Management tool', 'Maintenance tracking']);
    const introduced = infer({ 'README.md': `# Outil\n\n${OPENING_FR}\n\nIl permet notamment de :\n\n1. géocoder des adresses\n2. calculer des itinéraires\n` });
    expect(introduced.features).toEqual(['géocoder des adresses', 'calculer des itinéraires']);
  });

  it('detects an English README for `languages`; an existing publiccode.yml keeps its own languages', () => {
    const english = 'This tool checks the files of a public repository against the contribution policy of the French State, and it writes what is missing from it.';
    expect(infer({ 'README.md': `# Tool\n\n${english}\n` }).languages).toEqual(['en']);
    const publiccode = "publiccodeYmlVersion: '0.4'\nname: Outil\ndescription:\n  fr:\n    shortDescription: Un outil de vérification des dépôts publics\n";
    expect(infer({ 'README.md': `# Tool\n\n${english}\n`, 'publiccode.yml': publiccode }).languages).toEqual(['fr']);
    expect(infer({ 'README.md': '# Tool\n\nLibrary.\n' }).languages).toBeUndefined();
  });

  it('reads no README that leaves the folder, and scans a hostile one in linear time', () => {
    const outside = repository({ 'README.md': `# Secret\n\n${OPENING_FR}\n` });
    const dir = repository({});
    symlinkSync(join(outside, 'README.md'), join(dir, 'README.md'));
    expect(inferAnswers(dir).description).toBeUndefined();
    const linkedInside = repository({ 'docs/README.md': `# Outil\n\n${OPENING_FR}\n` });
    symlinkSync('docs/README.md', join(linkedInside, 'README.md'));
    expect(inferAnswers(linkedInside).description).toBe("Outil libre de l'État pour publier les données des collectivités.");
    const started = Date.now();
    const hostile = infer({ 'README.md': `# A\n\n${'[!['.repeat(300_000)}\n\n${'<a'.repeat(300_000)}\n\n${OPENING_FR}\n` });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(hostile.description).toBe("Outil libre de l'État pour publier les données des collectivités.");
  });
});

describe('manifests → name, description, long description, kind', () => {
  it('reads composer.json, R DESCRIPTION and Poetry', () => {
    expect(infer({ 'composer.json': JSON.stringify({ name: 'ville/guichet', description: 'Guichet des demandes en ligne', license: 'EUPL-1.2', type: 'library' }) }))
      .toMatchObject({ projectName: 'guichet', description: 'Guichet des demandes en ligne', licence: 'EUPL-1.2', softwareType: 'library' });
    const description = `Package: donnees\nTitle: Data on Insee Website\nVersion: 0.6\nDescription: A package primarily intended for Insee staff members willing to use R\n    in order to exploit and analyse data produced by the institute. It also provides a list of\n    datasets available on the website.\nLicense: MIT + file LICENSE\n`;
    expect(infer({ DESCRIPTION: description })).toMatchObject({
      projectName: 'donnees', description: 'Data on Insee Website', softwareType: 'library',
      longDescription: 'A package primarily intended for Insee staff members willing to use R in order to exploit and analyse data produced by the institute. It also provides a list of datasets available on the website.',
    });
    expect(infer({ 'pyproject.toml': '[tool.poetry]\nname = "calcul"\ndescription = "Moteur de calcul des aides"\n' })).toMatchObject({ projectName: 'calcul', description: 'Moteur de calcul des aides' });
  });

  it('does not invent what pyproject.toml declares dynamic', () => {
    const inferred = infer({ 'pyproject.toml': '[project]\nname = "outil"\ndynamic = ["version", "description"]\n', 'README.md': `# Outil\n\n${OPENING_FR}\n` });
    expect(inferred.projectName).toBe('outil');
    expect(inferred.description).toBe("Outil libre de l'État pour publier les données des collectivités.");
  });

  it("takes a Maven parent pom's description only when <relativePath> stays inside the repository", () => {
    const pom = (parent: string) => `<project><artifactId>module</artifactId><parent><artifactId>p</artifactId>${parent}</parent></project>`;
    const inside = infer({ 'pom.xml': pom('<relativePath>parent</relativePath>'), 'parent/pom.xml': '<project><description>Plateforme de collecte des enquêtes</description></project>' });
    expect(inside.description).toBe('Plateforme de collecte des enquêtes');
    const root = mkdtempSync(join(tmpdir(), 'codegouv-pom-'));
    writeFileSync(join(root, 'pom.xml'), '<project><description>Le pom du dossier parent</description></project>');
    const dir = join(root, 'projet');
    mkdirSync(dir);
    writeFileSync(join(dir, 'pom.xml'), pom('<relativePath>../pom.xml</relativePath>'));
    expect(inferAnswers(dir).description).toBeUndefined();
  });

  it('calls a published npm package with an import entry a library', () => {
    expect(infer({ 'package.json': JSON.stringify({ name: 'kit', module: 'dist/index.js', types: 'dist/index.d.ts' }) }).softwareType).toBe('library');
    expect(infer({ 'package.json': JSON.stringify({ name: 'site', private: true, module: 'x.js' }) }).softwareType).toBeUndefined();
    expect(infer({ 'package.json': JSON.stringify({ name: 'serveur', main: 'index.js' }) }).softwareType).toBeUndefined();
  });
});

describe('the run says where each inferred value was read', () => {
  it('names README.md, package.json and the other sources in its summary', () => {
    const dir = repository({
      'README.md': `# Outil\n\n${OPENING_FR}\n\n${SECOND_FR}\n\n## Fonctionnalités\n\n- Import\n- Publication\n`,
      'package.json': JSON.stringify({ name: 'outil', license: 'MIT' }),
    });
    const run = codegouv(dir, ['--yes', '--administration', 'Ville', '--contact-name', 'A B', '--contact-email', 'a.b@ville.fr', '--security-email', 'securite@ville.fr', '--conduct-email', 'contact@ville.fr', '--repository-url', 'https://github.com/ville/outil']);
    expect(run.status, run.stderr).toBe(0);
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toContain('--description, --long-description, --features, --languages : repris de README.md');
    expect(output).toContain('--project-name, --licence : repris de package.json');
    const publiccode = parse(readFileSync(join(dir, 'publiccode.yml'), 'utf8')) as { description: { fr: { shortDescription: string; features: string[] } } };
    expect(publiccode.description.fr.shortDescription).toBe("Outil libre de l'État pour publier les données des collectivités.");
    expect(publiccode.description.fr.features).toEqual(['Import', 'Publication']);
  });
});
