import type { RepositoryFacts } from '../model/facts.js';
import { publiccodeString } from '../../repo/publiccode-file.js';
import { idsOf, listedSpelling } from '../../repo/reuse/expression.js';
import { type Message, msg } from '../../i18n/message.js';
import { type Rule, fail, joined, pass, sample, sentences } from './rule.js';

function reuseProblems(facts: RepositoryFacts): Message[] {
  const report = facts.reuse;
  const problems: Message[] = [];
  const withoutInfo = [...new Set([...report.withoutCopyright, ...report.withoutLicence])].sort();
  if (withoutInfo.length > 0) {
    problems.push(msg('rule.H1.withoutInfo', { count: withoutInfo.length, files: sample(withoutInfo) }));
  }
  if (report.missingLicenceFiles.length > 0) {
    problems.push(msg('rule.H1.missingTexts', { files: report.missingLicenceFiles.map((id) => `LICENSES/${id}.txt`) }));
  }
  if (report.unusedLicenceFiles.length > 0) {
    problems.push(msg('rule.H1.unusedTexts', { files: report.unusedLicenceFiles }));
  }
  for (const id of report.badLicences) {
    const spelling = listedSpelling(id);
    problems.push(spelling ? msg('rule.H1.misspelt', { id, spelling }) : msg('rule.H1.unknownId', { id }));
  }
  if (report.deprecatedLicences.length > 0) {
    problems.push(msg('rule.H1.deprecated', { ids: report.deprecatedLicences }));
  }
  if (report.licenceFilesWithoutExtension.length > 0) {
    problems.push(msg('rule.H1.noExtension', { files: report.licenceFilesWithoutExtension }));
  }
  // reuse-tool's own diagnostics, in English as it prints them.
  problems.push(...report.configErrors.map((error) => msg('rule.H1.configError', { error })));
  return problems;
}

const H1: Rule = {
  id: 'H1',
  level: 'MUST',
  sources: ['fileHeaders'],
  title: 'rule.H1.title',
  check(facts) {
    const problems = reuseProblems(facts);
    if (problems.length > 0) return fail(sentences([joined(problems), msg('rule.H1.lint')]));
    const used = [...new Set([...facts.reuse.files.values()].flatMap((info) => info.expressions.flatMap((expression) => idsOf(expression).licences)))].sort();
    return pass(msg('rule.H1.pass', { count: facts.reuse.files.size, licences: used }));
  },
};

const normalise = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ');

const H2: Rule = {
  id: 'H2',
  level: 'SHOULD',
  sources: ['rightsHolder'],
  title: 'rule.H2.title',
  check(facts) {
    const holder = publiccodeString(facts.publiccode, 'legal.mainCopyrightOwner') ?? publiccodeString(facts.publiccode, 'legal.repoOwner');
    if (!holder) return fail(msg('rule.H2.noHolder'));
    if (facts.licence.licences.length === 0) return fail(msg('rule.H2.noLicence'));
    // The administration's own files: under the project licence, or Licence Ouverte for its documents.
    const projectLicences = new Set([...facts.licence.licences, 'etalab-2.0']);
    const projectFiles = [...facts.reuse.files].filter(([, info]) => info.expressions.some((expression) => idsOf(expression).licences.some((id) => projectLicences.has(id))));
    // Normalised once, not for each notice of each file: the holder may be as long as publiccode.yml allows.
    const wanted = normalise(holder);
    const others = projectFiles.filter(([, info]) => !info.copyrights.some((notice) => normalise(notice).includes(wanted))).map(([path]) => path);
    if (projectFiles.length > 0 && others.length === 0) return pass(msg('rule.H2.pass', { holder, count: projectFiles.length }));
    if (projectFiles.length === 0) return fail(msg('rule.H2.noFile', { holder }));
    return fail(msg('rule.H2.fail', { holder, count: others.length, files: sample(others) }));
  },
};

export const REUSE_RULES: readonly Rule[] = [H1, H2];
