import { OPENNESS_DOC_URL } from '../../policy/enums.js';
import { type DocumentKind, isTextual, proseOf } from '../../repo/documents.js';
import type { RepositoryFacts } from '../facts.js';
import { publiccodeString } from '../../repo/publiccode-file.js';
import { SOURCES } from '../sources.js';
import { type Localised, say } from '../types.js';
import { type Rule, COMMA, fail, joined, pass, SENTENCE } from './rule.js';

/** How each document is named in messages and which `codegouv` command writes it. */
const DOCUMENT_LABELS: Readonly<Record<DocumentKind, { name: string; command: string }>> = {
  readme: { name: 'README', command: 'codegouv readme' },
  contributing: { name: 'CONTRIBUTING', command: 'codegouv contributing' },
  codeOfConduct: { name: 'CODE_OF_CONDUCT', command: 'codegouv code-of-conduct' },
  security: { name: 'SECURITY', command: 'codegouv security' },
};

/** Why a document is not there in a usable form, or undefined when it is. */
export function documentProblem(facts: RepositoryFacts, kind: DocumentKind): Localised | undefined {
  const { name, command } = DOCUMENT_LABELS[kind];
  const finding = facts.document(kind);
  if (finding.files.length === 0) return say(`${name} absent (${command} l'écrit)`, `${name} missing (${command} writes it)`);
  if (!finding.main) return say(`${name} n'existe que dans un format non textuel (${finding.files[0]?.path})`, `${name} only exists in a non-text format (${finding.files[0]?.path})`);
  if (!finding.main.meaningful) return say(`${finding.main.path} est vide ou presque : décrivez-y le projet (${command})`, `${finding.main.path} is empty or nearly so: fill it in (${command})`);
  return undefined;
}

const F1: Rule = {
  id: 'F1',
  level: 'MUST',
  source: SOURCES.repositoryFiles,
  title: say('README, CONTRIBUTING et LICENSE présents', 'README, CONTRIBUTING and LICENSE present'),
  check(facts) {
    const problems = (['readme', 'contributing'] as const).flatMap((kind) => documentProblem(facts, kind) ?? []);
    if (facts.licence.files.length === 0) problems.push(say('LICENSE absent (codegouv licence l\'écrit)', 'LICENSE missing (codegouv licence writes it)'));
    if (problems.length > 0) return fail(joined([joined(problems), say('« Assurez-vous d\'avoir au minimum les fichiers README, CONTRIBUTING et LICENSE. »', 'The policy asks for at least README, CONTRIBUTING and LICENSE.')], SENTENCE));
    const paths = [facts.document('readme').main?.path, facts.document('contributing').main?.path, ...facts.licence.files.map((file) => file.path)];
    return pass(say(`Présents : ${paths.join(', ')}.`, `Present: ${paths.join(', ')}.`));
  },
};

const F2: Rule = {
  id: 'F2',
  level: 'MUST',
  source: SOURCES.repositoryFiles,
  title: say('Documents en texte simple ou Markdown', 'Documents in plain text or Markdown'),
  check(facts) {
    const documents = (['readme', 'contributing', 'codeOfConduct', 'security'] as const).flatMap((kind) => facts.document(kind).files);
    const binary = [
      ...documents.filter((file) => !file.textual).map((file) => file.path),
      ...facts.licence.files.filter((file) => !isTextual(facts.tree, file.path)).map((file) => file.path),
    ];
    if (binary.length === 0) {
      return pass(say('README, CONTRIBUTING, LICENSE et les autres documents sont en texte simple ou Markdown.', 'README, CONTRIBUTING, LICENSE and the other documents are plain text or Markdown.'));
    }
    return fail(say(
      `Format non textuel : ${binary.join(', ')}. Ces fichiers « doivent être en texte simple ou avec du marquage minimum (ie Markdown) » : convertissez-les en .md ou .txt (UTF-8).`,
      `Not plain text: ${binary.join(', ')}. These files must be plain text or light markup (Markdown): convert them to .md or .txt (UTF-8).`,
    ));
  },
};

const README_TOPICS: readonly { test: (text: string, facts: RepositoryFacts) => boolean; missing: Localised }[] = [
  {
    test: (text) => (proseOf(text).match(/\p{L}/gu)?.length ?? 0) >= 80,
    missing: say('l\'objet du projet', 'what the project is for'),
  },
  {
    test: (text, facts) => {
      const holder = publiccodeString(facts.publiccode, 'legal.mainCopyrightOwner') ?? publiccodeString(facts.publiccode, 'legal.repoOwner');
      return holder ? text.toLowerCase().includes(holder.toLowerCase()) : /administration|minist[eè]re|direction|agence|publié par|published by|collectivit|mairie|préfecture/iu.test(text);
    },
    missing: say('l\'administration qui le publie', 'the administration that publishes it'),
  },
  { test: (text) => /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bcontact/iu.test(text), missing: say('un contact', 'a contact') },
  { test: (text) => /licen[cs]e/iu.test(text), missing: say('la licence', 'the licence') },
  { test: (text) => /contribu/iu.test(text), missing: say('comment contribuer', 'how to contribute') },
];

const F3: Rule = {
  id: 'F3',
  level: 'SHOULD',
  source: SOURCES.readmeContent,
  title: say('README : objet, administration, contact, licence, contributions', 'README: purpose, administration, contact, licence, contributions'),
  check(facts) {
    const readme = facts.document('readme');
    if (!readme.main) return fail(say('Pas de README lisible (voir F1) : codegouv readme.', 'No readable README (see F1): codegouv readme.'));
    const missing = README_TOPICS.filter((topic) => !topic.test(readme.text, facts)).map((topic) => topic.missing);
    if (missing.length === 0) return pass(say(`${readme.main.path} présente l'objet, l'administration, un contact, la licence et les contributions.`, `${readme.main.path} gives the purpose, administration, a contact, the licence and how to contribute.`));
    const list = joined(missing, COMMA);
    return fail(say(
      `${readme.main.path} ne dit pas : ${list.fr}. Complétez-le (codegouv readme écrit un README avec ces sections).`,
      `${readme.main.path} does not give: ${list.en}. Fill it in (codegouv readme writes a README with these sections).`,
    ));
  },
};

const F4: Rule = {
  id: 'F4',
  level: 'MAY',
  source: SOURCES.openness,
  title: say('Badge du degré d\'ouverture code.gouv.fr', 'code.gouv.fr openness badge'),
  check(facts) {
    const text = facts.document('readme').text;
    if (/img\.shields\.io\/badge\/code\.gouv\.fr-|code\.gouv\.fr\/documentation\/#quels-degres-douverture/iu.test(text)) {
      return pass(say('Le README affiche le degré d\'ouverture code.gouv.fr.', 'The README shows the code.gouv.fr openness level.'));
    }
    return fail(say(
      `Pas de badge d'ouverture (contributif, ouvert ou publié) en tête du README ; il renvoie vers ${OPENNESS_DOC_URL} (codegouv readme, réponse --openness).`,
      `No openness badge (contributif, ouvert or publié) at the top of the README; it links to ${OPENNESS_DOC_URL} (codegouv readme, answer --openness).`,
    ));
  },
};

const F5: Rule = {
  id: 'F5',
  level: 'SHOULD',
  source: SOURCES.unmaintained,
  title: say('Un projet non maintenu le dit dans son README', 'An unmaintained project says so in its README'),
  check(facts) {
    const unmaintained = publiccodeString(facts.publiccode, 'maintenance.type') === 'none' || publiccodeString(facts.publiccode, 'developmentStatus') === 'obsolete';
    if (!unmaintained) return pass(say('Rien ne déclare le projet non maintenu.', 'Nothing declares the project unmaintained.'));
    if (/(?:n'est )?plus maintenu|non maintenu|unmaintained|no longer maintained|not maintained|obsol[eè]te|archiv/iu.test(facts.document('readme').text)) {
      return pass(say('Le projet est déclaré non maintenu et le README le dit.', 'The project is declared unmaintained and the README says so.'));
    }
    return fail(say(
      'publiccode.yml déclare le projet non maintenu ou obsolète, mais le README ne le dit pas : indiquez-le en tête du README (et si un repreneur est recherché).',
      'publiccode.yml declares the project unmaintained or obsolete, but the README does not say so: state it at the top of the README (and whether a new maintainer is sought).',
    ));
  },
};

const F6: Rule = {
  id: 'F6',
  level: 'SHOULD',
  source: SOURCES.repositoryFiles,
  title: say('Code de conduite', 'Code of conduct'),
  check(facts) {
    const problem = documentProblem(facts, 'codeOfConduct');
    if (!problem) return pass(say(`Code de conduite : ${facts.document('codeOfConduct').main?.path}.`, `Code of conduct: ${facts.document('codeOfConduct').main?.path}.`));
    return fail(joined([problem, say('Contributor Covenant 2.1, en français ou en anglais, est proposé', 'Contributor Covenant 2.1, French or English, is offered')]));
  },
};

const FRENCH_WORDS = /\b(?:le|la|les|des|est|et|pour|une|du|dans|sur|avec|qui|pas|vous|nous|sont|par|aux|ce)\b/giu;
const ENGLISH_WORDS = /\b(?:the|and|is|to|of|for|with|this|that|are|you|by|on|it|be|as)\b/giu;

function isFrench(text: string): boolean {
  const prose = proseOf(text);
  const french = prose.match(FRENCH_WORDS)?.length ?? 0;
  return french >= 5 && french >= (prose.match(ENGLISH_WORDS)?.length ?? 0);
}

const D1: Rule = {
  id: 'D1',
  level: 'SHOULD',
  source: SOURCES.frenchDocumentation,
  title: say('Documentation disponible en français', 'Documentation available in French'),
  check(facts) {
    const french = facts.document('readme').files.find((file) => file.meaningful && isFrench(facts.tree.text(file.path) ?? ''));
    if (french) return pass(say(`Documentation en français : ${french.path}.`, `French documentation: ${french.path}.`));
    return fail(say(
      'Aucun README en français : la documentation pour les utilisateurs « devra » être disponible en français (README.md en français, ou README.fr.md ; codegouv readme --languages fr,en).',
      'No README in French: user documentation must be available in French (a French README.md, or README.fr.md; codegouv readme --languages fr,en).',
    ));
  },
};

export const DOCUMENT_RULES: readonly Rule[] = [F1, F2, F3, F4, F5, F6];
export const LANGUAGE_RULES: readonly Rule[] = [D1];
