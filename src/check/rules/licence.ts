import { findAuthorisedLicence, isAuthorisedLicence, textIdOf } from '../../policy/licences.js';
import { NOT_TEXT_EXTENSIONS, extensionOf } from '../../repo/documents.js';
import { declaredLicences } from '../../repo/declared-licences.js';
import { isDocumentationFile } from '../../repo/documentation-files.js';
import { classifyCodeLicence } from '../../policy/licence-input.js';
import { statedReason } from '../../repo/reciprocity-reason.js';
import { DETECTION_THRESHOLD } from '../../licence/detect.js';
import type { RepositoryFacts } from '../model/facts.js';
import type { Fix } from '../model/types.js';
import { idsOf } from '../../repo/reuse/expression.js';
import { type Message, msg } from '../../i18n/message.js';
import { type Rule, command, commas, edit, fail, joined, pass, percent, sample, sentences } from './rule.js';


const DATA_AND_DOCS_LICENCES = ['etalab-2.0', 'ODbL-1.0'];

/** Licence names a multi-licence notice or licence map mentions (linear scans, whole words enough). */
const LICENCE_NAMES = ['MIT', 'BSD', 'Apache', 'AGPL', 'LGPL', 'GPL', 'MPL', 'Mozilla Public', 'CeCILL', 'EUPL', 'Eclipse Public', 'ISC', 'Creative Commons', 'CC BY', 'CC-BY', 'Licence Ouverte', 'Unlicense'];

/** Distinct licence names in a text; LGPL/AGPL are not counted again as GPL. */
function licenceNamesIn(text: string): string[] {
  const found = LICENCE_NAMES.filter((name) => text.includes(name));
  return found.filter((name) => !(name === 'GPL' && (found.includes('AGPL') || found.includes('LGPL')) && !/(?:^|[^AL])GPL/u.test(text)));
}

/** A short file pointing to the licence another file holds (« voir LICENSE »), not a licence text of its own. */
const POINTER_LENGTH = 4000;

/** Whether the files REUSE declares say which licence covers which file, for every licence found. */
function reuseSaysWhich(facts: RepositoryFacts, ids: readonly string[]): boolean {
  const used = new Set<string>();
  for (const info of facts.reuse.files.values()) for (const expression of info.expressions) for (const id of idsOf(expression).licences) used.add(textIdOf(id));
  return ids.every((id) => used.has(textIdOf(id)));
}

const L1: Rule = {
  id: 'L1',
  level: 'MUST',
  sources: ['authorisedLicences'],
  title: 'rule.L1.title',
  check(facts) {
    // A PDF or HTML copy of a licence is the business of F2 (plain text); the texts are judged here.
    const files = facts.licence.files.filter(({ path }) => !NOT_TEXT_EXTENSIONS.has(extensionOf(path)));
    if (files.length === 0) return fail(msg('rule.L1.noLicenceFile'), command('licence'));
    const authorised = facts.licence.licences.filter(isAuthorisedLicence);
    const problems: Message[] = [];
    let several = false;
    for (const { path, detected, closest } of files) {
      if (detected && isAuthorisedLicence(detected.id)) continue;
      // Licence Ouverte next to a code licence is the documentation's licence, as L5 asks.
      if (detected) {
        if (authorised.length === 0) problems.push(msg('rule.L1.dataLicence', { path, id: detected.id }));
        continue;
      }
      if (closest && closest.similarity >= DETECTION_THRESHOLD) {
        problems.push(msg('rule.L1.unauthorised', { path, id: closest.id, similarity: percent(closest.similarity) }));
        continue;
      }
      const text = facts.tree.text(path) ?? '';
      const names = licenceNamesIn(text);
      if (names.length >= 2) {
        several = true;
        problems.push(msg('rule.L1.severalInOneFile', { path, names }));
      } else if (!(names.length === 1 && authorised.length > 0 && text.length < POINTER_LENGTH)) {
        const near = closest ? msg('rule.L1.closest', { id: closest.id, similarity: percent(closest.similarity) }) : '';
        problems.push(msg('rule.L1.noMatch', { path, closest: near }));
      }
    }
    const distinct = [...new Set(authorised.map(textIdOf))];
    if (distinct.length > 1 && !reuseSaysWhich(facts, distinct)) {
      several = true;
      problems.push(msg('rule.L1.severalFiles', { licences: authorised }));
    }
    if (authorised.length > 0 && problems.length === 0) {
      const where = commas(files.flatMap(({ path, detected }) => (detected ? [msg('rule.L1.detectedIn', { path, similarity: percent(detected.similarity) })] : [])));
      return pass(msg('rule.L1.pass', { licences: authorised, where }));
    }
    // Several licences are declared, not replaced: `codegouv licence --force` would drop all but one.
    if (several) return fail(joined(problems), edit(msg('fixes.L1.several')));
    return fail(sentences([joined(problems), msg('rule.L1.fix')]), command('licence', '--force'));
  },
};

/** What settles the project licence, for the rules that need it known: L1's own fix. */
export function licenceFix(facts: RepositoryFacts): Fix {
  const verdict = L1.check(facts);
  return verdict.ok ? command('licence', '--force') : verdict.fix;
}

/**
 * What publiccode.yml and the manifests declare agrees with the licence text. SHOULD: a wrong
 * field misleads code.gouv.fr and package registries, but the text is what binds; the GNU grant
 * (-only, -or-later) is the same licence text and is not a contradiction here.
 */
const L1_DECLARED: Rule = {
  id: 'L1-declared',
  level: 'SHOULD',
  sources: ['authorisedLicences'],
  title: 'rule.L1-declared.title',
  check(facts) {
    const detected = facts.licence.licences.filter(isAuthorisedLicence).map(textIdOf);
    const declared = declaredLicences(facts.tree, facts.publiccode);
    if (declared.length === 0) return pass(msg('rule.L1-declared.none'));
    const problems: Message[] = [];
    for (const { where, expression } of declared) {
      const ids = idsOf(expression).licences;
      for (const id of ids.filter((id) => !isAuthorisedLicence(id) && !DATA_AND_DOCS_LICENCES.includes(id))) {
        const verdict = classifyCodeLicence(id);
        const suggestion = verdict.kind === 'near' ? verdict.suggestion : verdict.kind === 'case' ? verdict.id : undefined;
        problems.push(msg('rule.L1-declared.unauthorised', { where, id, suggestion: suggestion ?? '' }));
      }
      const authorisedIds = ids.filter(isAuthorisedLicence);
      if (detected.length > 0 && authorisedIds.length > 0 && !authorisedIds.some((id) => detected.includes(textIdOf(id)))) problems.push(msg('rule.L1-declared.mismatch', { where, declared: expression, detected }));
    }
    if (problems.length === 0) return pass(msg('rule.L1-declared.pass', { where: declared.map(({ where }) => where) }));
    return fail(joined(problems), edit(msg('rule.L1-declared.fix')));
  },
};

/** The policy's default: a permissive licence. A reciprocal one is a choice L3 asks the reason of. */
const L2: Rule = {
  id: 'L2',
  level: 'SHOULD',
  sources: ['licenceChoice'],
  title: 'rule.L2.title',
  check(facts) {
    const licences = facts.licence.licences.flatMap((id) => findAuthorisedLicence(id) ?? []);
    if (licences.length === 0) return fail(msg('rule.L2.unknown'), licenceFix(facts));
    const reciprocal = licences.filter((licence) => licence.family === 'reciprocal').map((licence) => licence.id);
    if (reciprocal.length === 0) return pass(msg('rule.L2.permissive', { licences: licences.map((licence) => licence.id) }));
    return pass(msg('rule.L2.reciprocal', { licences: reciprocal }));
  },
};

/**
 * A reciprocal licence restricts reuse: art. L.323-2 CRPA admits it only for a reason of general
 * interest, which the README states. codegouv's former generic sentence names no reason.
 */
const L3: Rule = {
  id: 'L3',
  level: 'SHOULD',
  sources: ['reciprocityReason'],
  title: 'rule.L3.title',
  check(facts) {
    const licences = facts.licence.licences.flatMap((id) => findAuthorisedLicence(id) ?? []);
    if (licences.length === 0) return pass(msg('rule.L3.unknown'));
    const reciprocal = licences.filter((licence) => licence.family === 'reciprocal').map((licence) => licence.id);
    if (reciprocal.length === 0) return pass(msg('rule.L3.permissive'));
    const readme = facts.document('readme');
    const main = readme.main?.path ?? 'README.md';
    const verdicts = readme.files.map((file) => ({ path: file.path, stated: statedReason(facts.tree.text(file.path) ?? '') }));
    const stated = verdicts.find((verdict) => verdict.stated.kind === 'stated');
    if (stated?.stated.kind === 'stated') return pass(msg('rule.L3.stated', { licences: reciprocal, path: stated.path, reason: stated.stated.reason }));
    const regenerate = command('readme', '--force', '--reciprocity-reason', '…');
    const refused = verdicts.find((verdict) => verdict.stated.kind === 'refused');
    if (refused?.stated.kind === 'refused') return fail(msg('rule.L3.refused', { licences: reciprocal, path: refused.path, reason: refused.stated.reason }), edit(msg('fixes.L3.reason', { path: refused.path })));
    // codegouv's README: written again with the reason; the team's own: the team writes it.
    const generic = verdicts.find((verdict) => verdict.stated.kind === 'generic');
    if (generic) return fail(msg('rule.L3.generic', { licences: reciprocal, path: generic.path }), regenerate);
    return fail(msg('rule.L3.missing', { licences: reciprocal, path: main }), edit(msg('fixes.L3.reason', { path: main })));
  },
};

const L5: Rule = {
  id: 'L5',
  level: 'SHOULD',
  sources: ['documentationLicence'],
  title: 'rule.L5.title',
  check(facts) {
    const files = [...facts.reuse.files].filter(([path]) => isDocumentationFile(path));
    if (files.length === 0) return pass(msg('rule.L5.noFolder'));
    const others = files
      .filter(([, info]) => !info.expressions.some((expression) => idsOf(expression).licences.some((id) => DATA_AND_DOCS_LICENCES.includes(id))))
      .map(([path]) => path);
    if (others.length === 0) return pass(msg('rule.L5.pass', { count: files.length }));
    return fail(msg('rule.L5.fail', { count: others.length, files: sample(others) }), edit(msg('fixes.L5.declare', { files: sample(others) })));
  },
};

export const LICENCE_RULES: readonly Rule[] = [L1, L1_DECLARED, L2, L3, L5];
