import { findAuthorisedLicence, isAuthorisedLicence } from '../../policy/licences.js';
import { classifyCodeLicence } from '../../policy/licence-input.js';
import { DETECTION_THRESHOLD } from '../../licence/detect.js';
import type { RepositoryFacts } from '../model/facts.js';
import { publiccodeString } from '../../repo/publiccode-file.js';
import { idsOf } from '../../repo/reuse/expression.js';
import { type Message, msg } from '../../i18n/message.js';
import { type Rule, commas, fail, joined, pass, percent, sample, sentences } from './rule.js';

const DATA_AND_DOCS_LICENCES = ['etalab-2.0', 'ODbL-1.0'];

function declaredLicenceProblems(facts: RepositoryFacts, detected: readonly string[]): Message[] {
  const declared = publiccodeString(facts.publiccode, 'legal.license');
  if (!declared || detected.length === 0) return [];
  const ids = idsOf(declared).licences;
  const problems: Message[] = [];
  for (const id of ids.filter((id) => !isAuthorisedLicence(id) && !DATA_AND_DOCS_LICENCES.includes(id))) {
    const verdict = classifyCodeLicence(id);
    const suggestion = verdict.kind === 'near' ? verdict.suggestion : verdict.kind === 'case' ? verdict.id : undefined;
    problems.push(msg('rule.L1.declaredUnauthorised', { id, suggestion: suggestion ?? '' }));
  }
  if (problems.length === 0 && !detected.some((id) => ids.includes(id))) {
    problems.push(msg('rule.L1.declaredMismatch', { declared, detected }));
  }
  return problems;
}

const L1: Rule = {
  id: 'L1',
  level: 'MUST',
  sources: ['authorisedLicences'],
  title: 'rule.L1.title',
  check(facts) {
    const { files, licences } = facts.licence;
    if (files.length === 0) return fail(msg('rule.L1.noLicenceFile'));
    const authorised = licences.filter(isAuthorisedLicence);
    const problems: Message[] = [];
    for (const { path, detected, closest } of files) {
      // Licence Ouverte next to a code licence is the documentation's licence, as L5 asks.
      if (detected && !isAuthorisedLicence(detected.id) && authorised.length === 0) {
        problems.push(msg('rule.L1.dataLicence', { path, id: detected.id }));
      } else if (!detected && closest && closest.similarity >= DETECTION_THRESHOLD) {
        problems.push(msg('rule.L1.unauthorised', { path, id: closest.id, similarity: percent(closest.similarity) }));
      } else if (!detected && authorised.length === 0) {
        const near = closest ? msg('rule.L1.closest', { id: closest.id, similarity: percent(closest.similarity) }) : '';
        problems.push(msg('rule.L1.noMatch', { path, closest: near }));
      }
    }
    problems.push(...declaredLicenceProblems(facts, authorised));
    if (authorised.length > 0 && problems.length === 0) {
      const where = commas(files.flatMap(({ path, detected }) => (detected ? [msg('rule.L1.detectedIn', { path, similarity: percent(detected.similarity) })] : [])));
      return pass(msg('rule.L1.pass', { licences: authorised, where }));
    }
    return fail(sentences([joined(problems), msg('rule.L1.fix')]));
  },
};

const L2: Rule = {
  id: 'L2',
  level: 'SHOULD',
  sources: ['licenceChoice'],
  title: 'rule.L2.title',
  check(facts) {
    const licences = facts.licence.licences.flatMap((id) => findAuthorisedLicence(id) ?? []);
    if (licences.length === 0) return fail(msg('rule.L2.unknown'));
    const reciprocal = licences.filter((licence) => licence.family === 'reciprocal').map((licence) => licence.id);
    if (reciprocal.length === 0) return pass(msg('rule.L2.permissive', { licences: licences.map((licence) => licence.id) }));
    const readmes = facts.document('readme').files.map((file) => facts.tree.text(file.path) ?? '').join('\n');
    if (/int[ée]r[êe]t g[ée]n[ée]ral|general[- ]interest|public interest|L\.? ?323-2/iu.test(readmes)) {
      return pass(msg('rule.L2.justified', { licences: reciprocal }));
    }
    return fail(msg('rule.L2.unjustified', { licences: reciprocal }));
  },
};

/** Folders whose files are documentation or data rather than code. */
const DOCS_AND_DATA_FOLDER = /^(?:docs?|documentation|data|donnees|données)\//iu;

const L5: Rule = {
  id: 'L5',
  level: 'SHOULD',
  sources: ['documentationLicence'],
  title: 'rule.L5.title',
  check(facts) {
    const files = [...facts.reuse.files].filter(([path]) => DOCS_AND_DATA_FOLDER.test(path));
    if (files.length === 0) return pass(msg('rule.L5.noFolder'));
    const others = files
      .filter(([, info]) => !info.expressions.some((expression) => idsOf(expression).licences.some((id) => DATA_AND_DOCS_LICENCES.includes(id))))
      .map(([path]) => path);
    if (others.length === 0) return pass(msg('rule.L5.pass', { count: files.length }));
    return fail(msg('rule.L5.fail', { count: others.length, files: sample(others) }));
  },
};

export const LICENCE_RULES: readonly Rule[] = [L1, L2, L5];
