import { findAuthorisedLicence, isAuthorisedLicence } from '../../policy/licences.js';
import { classifyCodeLicence } from '../../policy/licence-input.js';
import { DETECTION_THRESHOLD } from '../../licence/detect.js';
import type { RepositoryFacts } from '../facts.js';
import { publiccodeString } from '../../repo/publiccode-file.js';
import { idsOf } from '../../repo/reuse/expression.js';
import { SOURCES } from '../sources.js';
import { say, type Localised } from '../types.js';
import { type Rule, COMMA, fail, joined, pass, percent, sample, SENTENCE } from './rule.js';

const DATA_AND_DOCS_LICENCES = ['etalab-2.0', 'ODbL-1.0'];

function declaredLicenceProblems(facts: RepositoryFacts, detected: readonly string[]): Localised[] {
  const declared = publiccodeString(facts.publiccode, 'legal.license');
  if (!declared || detected.length === 0) return [];
  const ids = idsOf(declared).licences;
  const problems: Localised[] = [];
  for (const id of ids.filter((id) => !isAuthorisedLicence(id) && !DATA_AND_DOCS_LICENCES.includes(id))) {
    const verdict = classifyCodeLicence(id);
    const suggestion = verdict.kind === 'near' ? verdict.suggestion : verdict.kind === 'case' ? verdict.id : undefined;
    const hint = suggestion ? say(` (écrivez ${suggestion})`, ` (write ${suggestion})`) : say('', '');
    problems.push(say(
      `publiccode.yml déclare ${id} (legal.license), qui n'est pas une licence autorisée${hint.fr}`,
      `publiccode.yml declares ${id} (legal.license), which is not an authorised licence${hint.en}`,
    ));
  }
  if (problems.length === 0 && !detected.some((id) => ids.includes(id))) {
    problems.push(say(
      `publiccode.yml déclare « ${declared} » mais le fichier de licence contient ${detected.join(', ')}`,
      `publiccode.yml declares "${declared}" but the licence file holds ${detected.join(', ')}`,
    ));
  }
  return problems;
}

const L1: Rule = {
  id: 'L1',
  level: 'MUST',
  source: SOURCES.authorisedLicences,
  title: say('Texte intégral d\'une licence autorisée à la racine', 'Full text of an authorised licence at the root'),
  check(facts) {
    const { files, licences } = facts.licence;
    if (files.length === 0) {
      return fail(say(
        'Aucun fichier de licence à la racine (LICENSE, LICENSE.md, COPYING…). Ajoutez le texte intégral d\'une des 13 licences autorisées : codegouv licence.',
        'No licence file at the root (LICENSE, LICENSE.md, COPYING…). Add the full text of one of the 13 authorised licences: codegouv licence.',
      ));
    }
    const authorised = licences.filter(isAuthorisedLicence);
    const problems: Localised[] = [];
    for (const { path, detected, closest } of files) {
      // Licence Ouverte next to a code licence is the documentation's licence, as L5 asks.
      if (detected && !isAuthorisedLicence(detected.id) && authorised.length === 0) {
        problems.push(say(
          `${path} contient ${detected.id}, licence des documents et des données, pas du code`,
          `${path} holds ${detected.id}, a licence for documents and data, not for code`,
        ));
      } else if (!detected && closest && closest.similarity >= DETECTION_THRESHOLD) {
        problems.push(say(
          `${path} contient ${closest.id} (similarité ${percent(closest.similarity).fr}), qui n'est pas sur la liste des licences autorisées`,
          `${path} holds ${closest.id} (similarity ${percent(closest.similarity).en}), which is not on the list of authorised licences`,
        ));
      } else if (!detected && authorised.length === 0) {
        const near = closest ? say(` (le plus proche : ${closest.id}, ${percent(closest.similarity).fr})`, ` (closest: ${closest.id}, ${percent(closest.similarity).en})`) : say('', '');
        problems.push(say(
          `le texte de ${path} ne correspond à aucune licence autorisée${near.fr} ; il doit reprendre le texte officiel sans ajout`,
          `the text of ${path} matches no authorised licence${near.en}; it must be the official text with nothing added`,
        ));
      }
    }
    problems.push(...declaredLicenceProblems(facts, authorised));
    if (authorised.length > 0 && problems.length === 0) {
      const where = joined(files.flatMap(({ path, detected }) => (detected ? [say(`${path} (${percent(detected.similarity).fr})`, `${path} (${percent(detected.similarity).en})`)] : [])), COMMA);
      return pass(say(
        `Licence autorisée ${authorised.join(', ')} détectée dans ${where.fr}.`,
        `Authorised licence ${authorised.join(', ')} detected in ${where.en}.`,
      ));
    }
    const fix = say(
      'Remplacez le fichier par le texte officiel d\'une licence autorisée (codegouv licence --force) ; exceptions : licence homologuée ou projet existant à licence imposée.',
      'Replace the file with the official text of an authorised licence (codegouv licence --force); exceptions: an approved licence, or an existing project whose licence is imposed.',
    );
    return fail(joined([joined(problems), fix], SENTENCE));
  },
};

const L2: Rule = {
  id: 'L2',
  level: 'SHOULD',
  source: SOURCES.licenceChoice,
  title: say('Licence permissive par défaut, réciprocité justifiée', 'Permissive licence by default, reciprocity justified'),
  check(facts) {
    const licences = facts.licence.licences.flatMap((id) => findAuthorisedLicence(id) ?? []);
    if (licences.length === 0) {
      return fail(say('Licence du projet non déterminée (voir L1).', 'The project licence could not be determined (see L1).'));
    }
    const reciprocal = licences.filter((licence) => licence.family === 'reciprocal').map((licence) => licence.id);
    if (reciprocal.length === 0) {
      return pass(say(
        `Licence permissive (${licences.map((licence) => licence.id).join(', ')}), le choix par défaut de la politique.`,
        `Permissive licence (${licences.map((licence) => licence.id).join(', ')}), the policy's default choice.`,
      ));
    }
    const readmes = facts.document('readme').files.map((file) => facts.tree.text(file.path) ?? '').join('\n');
    if (/int[ée]r[êe]t g[ée]n[ée]ral|general[- ]interest|public interest|L\.? ?323-2/iu.test(readmes)) {
      return pass(say(
        `Licence à réciprocité (${reciprocal.join(', ')}) ; le README en donne le motif d'intérêt général.`,
        `Reciprocal licence (${reciprocal.join(', ')}); the README gives the general-interest reason.`,
      ));
    }
    return fail(say(
      `Licence à réciprocité (${reciprocal.join(', ')}) sans motif écrit : la politique fait considérer d'abord une licence permissive (Apache-2.0 par défaut). Si la réciprocité défend un intérêt général (art. L.323-2 CRPA ; AGPL pour un service en ligne), dites-le dans la section Licence du README.`,
      `Reciprocal licence (${reciprocal.join(', ')}) with no written reason: the policy puts permissive licences first (Apache-2.0 by default). If reciprocity protects a general interest (art. L.323-2 CRPA; AGPL for an online service), say so in the README's Licence section.`,
    ));
  },
};

/** Folders whose files are documentation or data rather than code. */
const DOCS_AND_DATA_FOLDER = /^(?:docs?|documentation|data|donnees|données)\//iu;

const L5: Rule = {
  id: 'L5',
  level: 'SHOULD',
  source: SOURCES.documentationLicence,
  title: say('Documentation et données sous Licence Ouverte 2.0 (ou ODbL)', 'Documentation and data under Licence Ouverte 2.0 (or ODbL)'),
  check(facts) {
    const files = [...facts.reuse.files].filter(([path]) => DOCS_AND_DATA_FOLDER.test(path));
    if (files.length === 0) {
      return pass(say('Pas de dossier de documentation ou de données (docs/, data/) à vérifier.', 'No documentation or data folder (docs/, data/) to check.'));
    }
    const others = files
      .filter(([, info]) => !info.expressions.some((expression) => idsOf(expression).licences.some((id) => DATA_AND_DOCS_LICENCES.includes(id))))
      .map(([path]) => path);
    if (others.length === 0) {
      return pass(say(`Les ${files.length} fichiers de documentation et de données sont sous etalab-2.0 ou ODbL-1.0.`, `The ${files.length} documentation and data files are under etalab-2.0 or ODbL-1.0.`));
    }
    return fail(say(
      `${others.length} fichiers de documentation ou de données ne sont pas sous Licence Ouverte 2.0 : ${sample(others).fr}. Déclarez SPDX-License-Identifier: etalab-2.0 (ODbL-1.0 pour des données à partage à l'identique) et ajoutez LICENSES/etalab-2.0.txt (codegouv licence --docs-licence etalab-2.0).`,
      `${others.length} documentation or data files are not under Licence Ouverte 2.0: ${sample(others).en}. Declare SPDX-License-Identifier: etalab-2.0 (ODbL-1.0 for share-alike data) and add LICENSES/etalab-2.0.txt (codegouv licence --docs-licence etalab-2.0).`,
    ));
  },
};

export const LICENCE_RULES: readonly Rule[] = [L1, L2, L5];
