import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frenchPhrases } from '../src/areas/french-phrases.js';
import { frenchNounPhrase, frenchPhrase } from '../src/i18n/grammar/french-names.js';
import { ADMINISTRATION, codegouv, completeAnswers, englishTexts } from './fixtures.js';

/** Real names of French administrations (https://lannuaire.service-public.fr/) and the phrases « par », « de », « à » give. */
const NAMES: ReadonlyArray<readonly [name: string, par: string, de: string, a: string]> = [
  // Ministries, directions, services of the State
  ['Ministère de l\'Intérieur', 'par le Ministère de l\'Intérieur', 'du Ministère de l\'Intérieur', 'au Ministère de l\'Intérieur'],
  ['ministère de la Culture', 'par le ministère de la Culture', 'du ministère de la Culture', 'au ministère de la Culture'],
  [ADMINISTRATION, `par le ${ADMINISTRATION}`, `du ${ADMINISTRATION}`, `au ${ADMINISTRATION}`],
  ['Direction interministérielle du numérique', 'par la Direction interministérielle du numérique', 'de la Direction interministérielle du numérique', 'à la Direction interministérielle du numérique'],
  ['Secrétariat général du Gouvernement', 'par le Secrétariat général du Gouvernement', 'du Secrétariat général du Gouvernement', 'au Secrétariat général du Gouvernement'],
  ['Services du Premier ministre', 'par les Services du Premier ministre', 'des Services du Premier ministre', 'aux Services du Premier ministre'],
  ['Délégation au numérique en santé', 'par la Délégation au numérique en santé', 'de la Délégation au numérique en santé', 'à la Délégation au numérique en santé'],
  ['Inspection générale des finances', 'par l\'Inspection générale des finances', 'de l\'Inspection générale des finances', 'à l\'Inspection générale des finances'],
  ['Haut-commissariat au Plan', 'par le Haut-commissariat au Plan', 'du Haut-commissariat au Plan', 'au Haut-commissariat au Plan'],
  ['Préfecture de police', 'par la Préfecture de police', 'de la Préfecture de police', 'à la Préfecture de police'],
  ['Mission interministérielle de lutte contre les drogues et les conduites addictives', 'par la Mission interministérielle de lutte contre les drogues et les conduites addictives', 'de la Mission interministérielle de lutte contre les drogues et les conduites addictives', 'à la Mission interministérielle de lutte contre les drogues et les conduites addictives'],
  // Found by the review: the State itself, the Élysée, the Prime Minister, plurals of head nouns, the Hôtel de Ville
  ['État', 'par l\'État', 'de l\'État', 'à l\'État'],
  ['Éducation nationale', 'par l\'Éducation nationale', 'de l\'Éducation nationale', 'à l\'Éducation nationale'],
  ['Élysée', 'par l\'Élysée', 'de l\'Élysée', 'à l\'Élysée'],
  ['Premier ministre', 'par le Premier ministre', 'du Premier ministre', 'au Premier ministre'],
  ['Agences régionales de santé', 'par les Agences régionales de santé', 'des Agences régionales de santé', 'aux Agences régionales de santé'],
  ['Universités de Bretagne', 'par les Universités de Bretagne', 'des Universités de Bretagne', 'aux Universités de Bretagne'],
  ['Hôtel de Ville de Paris', 'par l\'Hôtel de Ville de Paris', 'de l\'Hôtel de Ville de Paris', 'à l\'Hôtel de Ville de Paris'],
  ['EHESS', 'par l\'EHESS', 'de l\'EHESS', 'à l\'EHESS'],
  // Agencies, établissements publics, authorities
  ['Agence nationale de la cohésion des territoires', 'par l\'Agence nationale de la cohésion des territoires', 'de l\'Agence nationale de la cohésion des territoires', 'à l\'Agence nationale de la cohésion des territoires'],
  ['Agence de l’eau Loire-Bretagne', 'par l’Agence de l’eau Loire-Bretagne', 'de l’Agence de l’eau Loire-Bretagne', 'à l’Agence de l’eau Loire-Bretagne'],
  ['Institut national de l\'information géographique et forestière', 'par l\'Institut national de l\'information géographique et forestière', 'de l\'Institut national de l\'information géographique et forestière', 'à l\'Institut national de l\'information géographique et forestière'],
  ['Établissement français du sang', 'par l\'Établissement français du sang', 'de l\'Établissement français du sang', 'à l\'Établissement français du sang'],
  ['Etablissement public Paris-Saclay', 'par l\'Etablissement public Paris-Saclay', 'de l\'Etablissement public Paris-Saclay', 'à l\'Etablissement public Paris-Saclay'],
  ['Office national des forêts', 'par l\'Office national des forêts', 'de l\'Office national des forêts', 'à l\'Office national des forêts'],
  ['Centre national d\'études spatiales', 'par le Centre national d\'études spatiales', 'du Centre national d\'études spatiales', 'au Centre national d\'études spatiales'],
  ['Caisse des Dépôts', 'par la Caisse des Dépôts', 'de la Caisse des Dépôts', 'à la Caisse des Dépôts'],
  ['Haute Autorité de santé', 'par la Haute Autorité de santé', 'de la Haute Autorité de santé', 'à la Haute Autorité de santé'],
  ['Autorité de la concurrence', 'par l\'Autorité de la concurrence', 'de l\'Autorité de la concurrence', 'à l\'Autorité de la concurrence'],
  ['Commission nationale du débat public', 'par la Commission nationale du débat public', 'de la Commission nationale du débat public', 'à la Commission nationale du débat public'],
  ['Conseil d\'État', 'par le Conseil d\'État', 'du Conseil d\'État', 'au Conseil d\'État'],
  ['Cour des comptes', 'par la Cour des comptes', 'de la Cour des comptes', 'à la Cour des comptes'],
  ['Tribunal administratif de Paris', 'par le Tribunal administratif de Paris', 'du Tribunal administratif de Paris', 'au Tribunal administratif de Paris'],
  ['Assemblée nationale', 'par l\'Assemblée nationale', 'de l\'Assemblée nationale', 'à l\'Assemblée nationale'],
  ['Sénat', 'par le Sénat', 'du Sénat', 'au Sénat'],
  ['Archives nationales', 'par les Archives nationales', 'des Archives nationales', 'aux Archives nationales'],
  ['Bibliothèque nationale de France', 'par la Bibliothèque nationale de France', 'de la Bibliothèque nationale de France', 'à la Bibliothèque nationale de France'],
  ['Musée du Louvre', 'par le Musée du Louvre', 'du Musée du Louvre', 'au Musée du Louvre'],
  ['Conservatoire du littoral', 'par le Conservatoire du littoral', 'du Conservatoire du littoral', 'au Conservatoire du littoral'],
  ['Observatoire de Paris', 'par l\'Observatoire de Paris', 'de l\'Observatoire de Paris', 'à l\'Observatoire de Paris'],
  ['Laboratoire national de métrologie et d\'essais', 'par le Laboratoire national de métrologie et d\'essais', 'du Laboratoire national de métrologie et d\'essais', 'au Laboratoire national de métrologie et d\'essais'],
  ['Hospices civils de Lyon', 'par les Hospices civils de Lyon', 'des Hospices civils de Lyon', 'aux Hospices civils de Lyon'],
  ['Hôpital Bichat – Claude-Bernard', 'par l\'Hôpital Bichat – Claude-Bernard', 'de l\'Hôpital Bichat – Claude-Bernard', 'à l\'Hôpital Bichat – Claude-Bernard'],
  ['Groupement d\'intérêt public Plateforme de l\'inclusion', 'par le Groupement d\'intérêt public Plateforme de l\'inclusion', 'du Groupement d\'intérêt public Plateforme de l\'inclusion', 'au Groupement d\'intérêt public Plateforme de l\'inclusion'],
  // Universities, schools, academies
  ['Université de Strasbourg', 'par l\'Université de Strasbourg', 'de l\'Université de Strasbourg', 'à l\'Université de Strasbourg'],
  ['École polytechnique', 'par l\'École polytechnique', 'de l\'École polytechnique', 'à l\'École polytechnique'],
  ['Académie de Versailles', 'par l\'Académie de Versailles', 'de l\'Académie de Versailles', 'à l\'Académie de Versailles'],
  ['Rectorat de l\'académie de Lyon', 'par le Rectorat de l\'académie de Lyon', 'du Rectorat de l\'académie de Lyon', 'au Rectorat de l\'académie de Lyon'],
  // Local authorities
  ['Ville de Paris', 'par la Ville de Paris', 'de la Ville de Paris', 'à la Ville de Paris'],
  ['Commune de Saint-Denis', 'par la Commune de Saint-Denis', 'de la Commune de Saint-Denis', 'à la Commune de Saint-Denis'],
  ['Mairie de Lille', 'par la Mairie de Lille', 'de la Mairie de Lille', 'à la Mairie de Lille'],
  ['Département de la Gironde', 'par le Département de la Gironde', 'du Département de la Gironde', 'au Département de la Gironde'],
  ['Région Bretagne', 'par la Région Bretagne', 'de la Région Bretagne', 'à la Région Bretagne'],
  ['Métropole de Lyon', 'par la Métropole de Lyon', 'de la Métropole de Lyon', 'à la Métropole de Lyon'],
  ['Communauté d\'agglomération du Grand Avignon', 'par la Communauté d\'agglomération du Grand Avignon', 'de la Communauté d\'agglomération du Grand Avignon', 'à la Communauté d\'agglomération du Grand Avignon'],
  ['Syndicat mixte Manche Numérique', 'par le Syndicat mixte Manche Numérique', 'du Syndicat mixte Manche Numérique', 'au Syndicat mixte Manche Numérique'],
  // Acronyms, elided before a vowel sound
  ['DINUM', 'par la DINUM', 'de la DINUM', 'à la DINUM'],
  ['ANSSI', 'par l\'ANSSI', 'de l\'ANSSI', 'à l\'ANSSI'],
  ['Insee', 'par l\'Insee', 'de l\'Insee', 'à l\'Insee'],
  ['CNRS', 'par le CNRS', 'du CNRS', 'au CNRS'],
  ['IGN', 'par l\'IGN', 'de l\'IGN', 'à l\'IGN'],
  ['ADEME', 'par l\'ADEME', 'de l\'ADEME', 'à l\'ADEME'],
  ['DGFiP', 'par la DGFiP', 'de la DGFiP', 'à la DGFiP'],
  ['Urssaf', 'par l\'Urssaf', 'de l\'Urssaf', 'à l\'Urssaf'],
  ['CNAF', 'par la CNAF', 'de la CNAF', 'à la CNAF'],
  ['ARS Île-de-France', 'par l\'ARS Île-de-France', 'de l\'ARS Île-de-France', 'à l\'ARS Île-de-France'],
  ['DREAL Occitanie', 'par la DREAL Occitanie', 'de la DREAL Occitanie', 'à la DREAL Occitanie'],
  ['DSI du ministère des Armées', 'par la DSI du ministère des Armées', 'de la DSI du ministère des Armées', 'à la DSI du ministère des Armées'],
  ['HAS', 'par la HAS', 'de la HAS', 'à la HAS'],
  ['AP-HP', 'par l\'AP-HP', 'de l\'AP-HP', 'à l\'AP-HP'],
  // An unknown acronym and names that take no article stay bare
  ['SGAMI Sud', 'par SGAMI Sud', 'de SGAMI Sud', 'à SGAMI Sud'],
  ['Etalab', 'par Etalab', 'd\'Etalab', 'à Etalab'],
  ['Pôle emploi', 'par Pôle emploi', 'de Pôle emploi', 'à Pôle emploi'],
  ['France Travail', 'par France Travail', 'de France Travail', 'à France Travail'],
  ['Santé publique France', 'par Santé publique France', 'de Santé publique France', 'à Santé publique France'],
  ['Météo-France', 'par Météo-France', 'de Météo-France', 'à Météo-France'],
  ['Réseau Canopé', 'par Réseau Canopé', 'de Réseau Canopé', 'à Réseau Canopé'],
  // Typed with their article: kept as typed, « le » and « les » merge with « de » and « à »
  ['La Poste', 'par La Poste', 'de La Poste', 'à La Poste'],
  ['L\'Agence bio', 'par L\'Agence bio', 'de L\'Agence bio', 'à L\'Agence bio'],
  ['la Direction générale des entreprises', 'par la Direction générale des entreprises', 'de la Direction générale des entreprises', 'à la Direction générale des entreprises'],
  ['Le Défenseur des droits', 'par Le Défenseur des droits', 'du Défenseur des droits', 'au Défenseur des droits'],
];

/** Project titles: a slug, a name, a name typed with its article. */
const TITLES: ReadonlyArray<readonly [title: string, de: string, a: string]> = [
  ['mon-projet', 'de mon-projet', 'à mon-projet'],
  ['Annuaire', 'd\'Annuaire', 'à Annuaire'],
  ['Le Guichet', 'du Guichet', 'au Guichet'],
  ['Les Communs', 'des Communs', 'aux Communs'],
  ['Démarches simplifiées', 'de Démarches simplifiées', 'à Démarches simplifiées'],
  ['écoles-ouvertes', 'd\'écoles-ouvertes', 'à écoles-ouvertes'],
];

describe('French names with their article and preposition', () => {
  it.each(NAMES)('%s', (name, par, de, a) => {
    expect([frenchPhrase('par', name), frenchPhrase('de', name), frenchPhrase('à', name)]).toEqual([par, de, a]);
  });

  it.each(TITLES)('the project title %s', (title, de, a) => {
    expect([frenchPhrase('de', title), frenchPhrase('à', title)]).toEqual([de, a]);
  });

  it('covers at least 40 real administrations', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(40);
  });

  it('contracts any preposition ending in « de » and leaves the others whole', () => {
    expect(frenchPhrase('auprès de', 'Ministère des Armées')).toBe('auprès du Ministère des Armées');
    expect(frenchPhrase('auprès de', 'Archives nationales')).toBe('auprès des Archives nationales');
    expect(frenchPhrase('auprès de', 'Etalab')).toBe('auprès d\'Etalab');
    expect(frenchPhrase('pour', 'Ministère des Armées')).toBe('pour le Ministère des Armées');
    expect(frenchPhrase('sur', 'Agence bio')).toBe('sur l\'Agence bio');
    expect(frenchPhrase('avec', 'Les Communs')).toBe('avec Les Communs');
  });

  it('elides before a mute h only', () => {
    expect(frenchPhrase('de', 'Haut Conseil pour le climat')).toBe('du Haut Conseil pour le climat');
    expect(frenchPhrase('de', 'Hôpital de la Pitié-Salpêtrière')).toBe('de l\'Hôpital de la Pitié-Salpêtrière');
    expect(frenchPhrase('de', 'Hautes-Alpes')).toBe('de Hautes-Alpes');
    expect(frenchPhrase('de', 'Habitat 76')).toBe('d\'Habitat 76');
  });

  it('escapes the name for Markdown in templates, and only the name', () => {
    expect(frenchPhrases.par('Ministère de l\'Intérieur *DNUM* <test>')).toBe('par le Ministère de l\'Intérieur \\*DNUM\\* \\<test\\>');
    expect(frenchPhrases.a('Le _Guichet_')).toBe('au \\_Guichet\\_');
    expect(frenchPhrases.de('Annuaire [beta]')).toBe('d\'Annuaire \\[beta\\]');
  });

  it('stays linear on a long hostile name', () => {
    const name = `Ministère ${' '.repeat(200_000)}x`;
    const started = performance.now();
    expect(frenchPhrase('de', name)).toBe(`du ${name}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

function generate(answers: Record<string, unknown>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-grammar-'));
  writeFileSync(join(dir, 'answers.yml'), stringify(answers));
  const run = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
  expect(run.status, run.stderr).toBe(0);
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  return Object.fromEntries(['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CODE_OF_CONDUCT.md', 'README.en.md', 'CONTRIBUTING.en.md', 'SECURITY.en.md', 'CODE_OF_CONDUCT.en.md']
    .map((path) => [path, (() => { try { return read(path); } catch { return ''; } })()]));
}

/** Three administrations and titles of every kind, and what each generated document must say. */
const RUNS = [
  {
    administration: 'Direction interministérielle du numérique', title: 'Annuaire',
    readme: 'Ce logiciel est publié par la Direction interministérielle du numérique (',
    contributing: ['# Contribuer à Annuaire\n', 'ce projet publié par la Direction interministérielle du numérique.'],
    security: ['# Politique de sécurité d\'Annuaire\n'],
    conduct: 'l\'adresse de l\'équipe d\'Annuaire.',
  },
  {
    administration: ADMINISTRATION, title: 'Le Guichet',
    readme: `Ce logiciel est publié par le ${ADMINISTRATION} (`,
    contributing: ['# Contribuer au Guichet\n', `ce projet publié par le ${ADMINISTRATION}.`],
    security: ['# Politique de sécurité du Guichet\n'],
    conduct: 'l\'adresse de l\'équipe du Guichet.',
  },
  {
    administration: 'Agence de l’eau Loire-Bretagne', title: 'Les Communs',
    readme: 'Ce logiciel est publié par l’Agence de l’eau Loire-Bretagne (',
    contributing: ['# Contribuer aux Communs\n', 'ce projet publié par l’Agence de l’eau Loire-Bretagne.'],
    security: ['# Politique de sécurité des Communs\n'],
    conduct: 'l\'adresse de l\'équipe des Communs.',
  },
  {
    administration: 'Etalab', title: undefined,
    readme: 'Ce logiciel est publié par Etalab (',
    contributing: ['# Contribuer à mon-projet\n', 'ce projet publié par Etalab.'],
    security: ['# Politique de sécurité de mon-projet\n'],
    conduct: 'l\'adresse de l\'équipe de mon-projet.',
  },
] as const;

describe('the generated French documents', () => {
  it.each(RUNS)('name $administration and $title grammatically, exactly as typed', (run) => {
    const files = generate({ ...completeAnswers({ administration: run.administration, ...(run.title ? { title: run.title } : {}) }), languages: ['fr', 'en'], ...englishTexts() });
    expect(files['README.md']).toContain(run.readme);
    expect(files['README.md']).toContain(`© 2026 ${run.administration}\n`);
    for (const sentence of run.contributing) expect(files['CONTRIBUTING.md']).toContain(sentence);
    expect(files['CONTRIBUTING.md']).toContain(`SPDX-FileCopyrightText: 2026 ${run.administration}\n`);
    for (const sentence of run.security) expect(files['SECURITY.md']).toContain(sentence);
    expect(files['SECURITY.md']).toContain(`Responsable de la sécurité : ${run.administration}, <`);
    expect(files['CODE_OF_CONDUCT.md']).toContain(run.conduct);
    // The English documents keep their own wording.
    const title = run.title ?? 'mon-projet';
    expect(files['README.en.md']).toContain(`This software is published by ${run.administration} (`);
    expect(files['CONTRIBUTING.en.md']).toContain(`# Contributing to ${title}\n`);
    expect(files['SECURITY.en.md']).toContain(`# Security policy of ${title}\n`);
    expect(files['CODE_OF_CONDUCT.en.md']).not.toContain('équipe');
  });
});

describe('French names without a preposition', () => {
  it('take their article, capitalised at the start of a sentence only, the name unchanged', () => {
    expect(frenchNounPhrase('DINUM')).toBe('la DINUM');
    expect(frenchNounPhrase('DINUM', 'sentenceStart')).toBe('La DINUM');
    expect(frenchNounPhrase('Agence de l’eau Loire-Bretagne', 'sentenceStart')).toBe('L’Agence de l’eau Loire-Bretagne');
    expect(frenchNounPhrase('Archives nationales')).toBe('les Archives nationales');
    expect(frenchNounPhrase('Le Défenseur des droits')).toBe('Le Défenseur des droits');
    expect(frenchNounPhrase('mon-projet', 'sentenceStart')).toBe('mon-projet');
  });

  it('find the first word before punctuation', () => {
    expect(frenchPhrase('par', 'ANSSI, Agence nationale de la sécurité des systèmes d\'information')).toBe('par l\'ANSSI, Agence nationale de la sécurité des systèmes d\'information');
    expect(frenchPhrase('de', 'DINUM (Etalab)')).toBe('de la DINUM (Etalab)');
  });
});
