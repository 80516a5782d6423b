import type { RepositoryFacts } from '../model/facts.js';
import type { Fix } from '../model/types.js';
import { publiccodeString } from '../../repo/publiccode-file.js';
import { idsOf, listedSpelling } from '../../repo/reuse/expression.js';
import { type Message, msg } from '../../i18n/message.js';
import { licenceFix } from './licence.js';
import { type Rule, command, edit, fail, joined, pass, sample, sentences } from './rule.js';

/** One REUSE problem and what the team changes to solve it. */
interface ReuseProblem {
  message: Message;
  edit: Message;
}

function reuseProblems(facts: RepositoryFacts): ReuseProblem[] {
  const report = facts.reuse;
  const problems: ReuseProblem[] = [];
  const withoutInfo = [...new Set([...report.withoutCopyright, ...report.withoutLicence])].sort();
  if (withoutInfo.length > 0) {
    const files = sample(withoutInfo);
    problems.push({ message: msg('rule.H1.withoutInfo', { count: withoutInfo.length, files }), edit: msg(generatesReuseToml(facts) ? 'fixes.H1.generate' : 'fixes.H1.declare', { files }) });
  }
  if (report.missingLicenceFiles.length > 0) {
    problems.push({ message: msg('rule.H1.missingTexts', { files: report.missingLicenceFiles.map((id) => `LICENSES/${id}.txt`) }), edit: msg('fixes.H1.download', { ids: report.missingLicenceFiles }) });
  }
  if (report.unusedLicenceFiles.length > 0) {
    problems.push({ message: msg('rule.H1.unusedTexts', { files: report.unusedLicenceFiles }), edit: msg('fixes.H1.removeUnused', { files: report.unusedLicenceFiles }) });
  }
  for (const id of report.badLicences) {
    const spelling = listedSpelling(id);
    problems.push(spelling ? { message: msg('rule.H1.misspelt', { id }), edit: msg('fixes.H1.respell', { id, spelling }) } : { message: msg('rule.H1.unknownId', { id }), edit: msg('fixes.H1.licenseRef', { id }) });
  }
  if (report.deprecatedLicences.length > 0) {
    problems.push({ message: msg('rule.H1.deprecated', { ids: report.deprecatedLicences }), edit: msg('fixes.H1.undeprecate', { ids: report.deprecatedLicences }) });
  }
  if (report.licenceFilesWithoutExtension.length > 0) {
    problems.push({ message: msg('rule.H1.noExtension', { files: report.licenceFilesWithoutExtension }), edit: msg('fixes.H1.addExtension', { files: report.licenceFilesWithoutExtension }) });
  }
  // reuse-tool's own diagnostics, in English as it prints them.
  problems.push(...report.configErrors.map((error) => ({ message: msg('rule.H1.configError', { error }), edit: msg('fixes.H1.config') })));
  return problems;
}

/** `codegouv licence` writes REUSE.toml only where the team has no REUSE configuration of its own. */
const generatesReuseToml = (facts: RepositoryFacts) => !facts.tree.has('REUSE.toml') && !facts.tree.has('.reuse/dep5');

/**
 * Files without information are the only problem and codegouv may write REUSE.toml: the command
 * declares the team's files (what it cannot attribute, it lists with a snippet to complete).
 */
function reuseFix(facts: RepositoryFacts, problems: readonly ReuseProblem[]): Fix {
  if (problems.length === 1 && problems[0]?.message.id === 'rule.H1.withoutInfo' && generatesReuseToml(facts)) return command('licence');
  return edit(joined(problems.map((problem) => problem.edit)));
}

const H1: Rule = {
  id: 'H1',
  level: 'MUST',
  sources: ['fileHeaders'],
  title: 'rule.H1.title',
  check(facts) {
    const problems = reuseProblems(facts);
    if (problems.length > 0) return fail(sentences([joined(problems.map((problem) => problem.message)), msg('rule.H1.lint')]), reuseFix(facts, problems));
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
    // The team's publiccode.yml is kept in --yes mode: --force writes the holder into it, keeping the rest.
    if (!holder) return fail(msg('rule.H2.noHolder'), facts.publiccode ? command('publiccode', '--force') : command('publiccode'));
    if (facts.licence.licences.length === 0) return fail(msg('rule.H2.noLicence'), licenceFix(facts));
    // The administration's own files: under the project licence, or Licence Ouverte for its documents.
    const projectLicences = new Set([...facts.licence.licences, 'etalab-2.0']);
    const projectFiles = [...facts.reuse.files].filter(([, info]) => info.expressions.some((expression) => idsOf(expression).licences.some((id) => projectLicences.has(id))));
    // Normalised once, not for each notice of each file: the holder may be as long as publiccode.yml allows.
    const wanted = normalise(holder);
    const others = projectFiles.filter(([, info]) => !info.copyrights.some((notice) => normalise(notice).includes(wanted))).map(([path]) => path);
    if (projectFiles.length > 0 && others.length === 0) return pass(msg('rule.H2.pass', { holder, count: projectFiles.length }));
    if (projectFiles.length === 0) return fail(msg('rule.H2.noFile', { holder }), edit(msg('fixes.H2.declareProject', { holder })));
    return fail(msg('rule.H2.fail', { holder, count: others.length, files: sample(others) }), edit(msg('fixes.H2.holder', { holder, files: sample(others) })));
  },
};

export const REUSE_RULES: readonly Rule[] = [H1, H2];
