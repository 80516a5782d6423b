import type { RepositoryFacts } from '../facts.js';
import { publiccodeString } from '../../repo/publiccode-file.js';
import { idsOf, listedSpelling } from '../../repo/reuse/expression.js';
import { SOURCES } from '../sources.js';
import { type Localised, say } from '../types.js';
import { type Rule, fail, joined, pass, sample, SENTENCE } from './rule.js';

function reuseProblems(facts: RepositoryFacts): Localised[] {
  const report = facts.reuse;
  const problems: Localised[] = [];
  const withoutInfo = [...new Set([...report.withoutCopyright, ...report.withoutLicence])].sort();
  if (withoutInfo.length > 0) {
    problems.push(say(
      `${withoutInfo.length} fichier(s) sans SPDX-FileCopyrightText et SPDX-License-Identifier : ${sample(withoutInfo).fr} ; ajoutez un en-tête en commentaire, un fichier <fichier>.license à côté, ou une annotation [[annotations]] dans REUSE.toml`,
      `${withoutInfo.length} file(s) without SPDX-FileCopyrightText and SPDX-License-Identifier: ${sample(withoutInfo).en}; add a comment header, a <file>.license next to it, or an [[annotations]] entry in REUSE.toml`,
    ));
  }
  if (report.missingLicenceFiles.length > 0) {
    const files = report.missingLicenceFiles.map((id) => `LICENSES/${id}.txt`).join(', ');
    problems.push(say(
      `texte de licence manquant : ${files} (codegouv licence écrit ceux des licences qu'il utilise ; sinon reuse download <id>)`,
      `licence text missing: ${files} (codegouv licence writes those of the licences it uses; otherwise reuse download <id>)`,
    ));
  }
  if (report.unusedLicenceFiles.length > 0) {
    problems.push(say(
      `texte de licence inutilisé : ${report.unusedLicenceFiles.join(', ')} (aucun fichier ne déclare cette licence : supprimez-le)`,
      `unused licence text: ${report.unusedLicenceFiles.join(', ')} (no file declares this licence: delete it)`,
    ));
  }
  for (const id of report.badLicences) {
    const spelling = listedSpelling(id);
    problems.push(spelling
      ? say(`identifiant SPDX mal écrit : ${id} (écrivez ${spelling}, la casse compte)`, `misspelt SPDX identifier: ${id} (write ${spelling}, case matters)`)
      : say(`identifiant SPDX inconnu : ${id} (hors liste SPDX, nommez-le LicenseRef-…)`, `unknown SPDX identifier: ${id} (not on the SPDX list, name it LicenseRef-…)`));
  }
  if (report.deprecatedLicences.length > 0) {
    problems.push(say(
      `identifiant SPDX obsolète : ${report.deprecatedLicences.join(', ')} (écrivez la forme -only ou -or-later)`,
      `deprecated SPDX identifier: ${report.deprecatedLicences.join(', ')} (write the -only or -or-later form)`,
    ));
  }
  if (report.licenceFilesWithoutExtension.length > 0) {
    problems.push(say(
      `texte de licence sans extension : ${report.licenceFilesWithoutExtension.join(', ')} (renommez en .txt)`,
      `licence text without an extension: ${report.licenceFilesWithoutExtension.join(', ')} (rename to .txt)`,
    ));
  }
  problems.push(...report.configErrors.map((error) => say(`configuration REUSE invalide : ${error}`, `invalid REUSE configuration: ${error}`)));
  return problems;
}

const H1: Rule = {
  id: 'H1',
  level: 'MUST',
  source: SOURCES.fileHeaders,
  title: say('Droits et licence déclarés pour chaque fichier (REUSE)', 'Copyright and licence declared for every file (REUSE)'),
  check(facts) {
    const problems = reuseProblems(facts);
    if (problems.length > 0) return fail(joined([joined(problems), say('Vérifiez avec reuse lint.', 'Check with reuse lint.')], SENTENCE));
    const used = [...new Set([...facts.reuse.files.values()].flatMap((info) => info.expressions.flatMap((expression) => idsOf(expression).licences)))].sort();
    return pass(say(
      `Les ${facts.reuse.files.size} fichiers couverts déclarent droits et licence ; LICENSES/ contient exactement les licences utilisées (${used.join(', ')}).`,
      `The ${facts.reuse.files.size} covered files declare copyright and licence; LICENSES/ holds exactly the licences used (${used.join(', ')}).`,
    ));
  },
};

const normalise = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ');

const H2: Rule = {
  id: 'H2',
  level: 'SHOULD',
  source: SOURCES.rightsHolder,
  title: say('Droits détenus par l\'administration', 'Rights held by the administration'),
  check(facts) {
    const holder = publiccodeString(facts.publiccode, 'legal.mainCopyrightOwner') ?? publiccodeString(facts.publiccode, 'legal.repoOwner');
    if (!holder) {
      return fail(say(
        'Titulaire des droits inconnu : renseignez legal.mainCopyrightOwner (l\'administration) dans publiccode.yml (codegouv publiccode).',
        'Rights holder unknown: set legal.mainCopyrightOwner (the administration) in publiccode.yml (codegouv publiccode).',
      ));
    }
    if (facts.licence.licences.length === 0) {
      return fail(say('Licence du projet non déterminée (voir L1) : les fichiers qui en relèvent ne peuvent pas être vérifiés.', 'The project licence could not be determined (see L1): the files under it cannot be checked.'));
    }
    // The administration's own files: under the project licence, or Licence Ouverte for its documents.
    const projectLicences = new Set([...facts.licence.licences, 'etalab-2.0']);
    const projectFiles = [...facts.reuse.files].filter(([, info]) => info.expressions.some((expression) => idsOf(expression).licences.some((id) => projectLicences.has(id))));
    const others = projectFiles.filter(([, info]) => !info.copyrights.some((notice) => normalise(notice).includes(normalise(holder)))).map(([path]) => path);
    if (projectFiles.length > 0 && others.length === 0) {
      return pass(say(`${holder} est titulaire des droits des ${projectFiles.length} fichiers sous la licence du projet ou Licence Ouverte.`, `${holder} holds the rights of the ${projectFiles.length} files under the project licence or Licence Ouverte.`));
    }
    if (projectFiles.length === 0) {
      return fail(say(`Aucun fichier ne déclare la licence du projet avec ${holder} pour titulaire des droits (voir H1).`, `No file declares the project licence with ${holder} as rights holder (see H1).`));
    }
    return fail(say(
      `${others.length} fichier(s) sous la licence du projet ne nomment pas ${holder} dans leur copyright : ${sample(others).fr}. Le code écrit par des agents appartient à l'administration (art. L.113-9 CPI) : SPDX-FileCopyrightText: <année> ${holder}, suivi des auteurs si besoin.`,
      `${others.length} file(s) under the project licence do not name ${holder} in their copyright: ${sample(others).en}. Code written by public agents belongs to the administration (art. L.113-9 CPI): SPDX-FileCopyrightText: <year> ${holder}, followed by the authors if wanted.`,
    ));
  },
};

export const REUSE_RULES: readonly Rule[] = [H1, H2];
