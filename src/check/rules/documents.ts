import { OPENNESS_DOC_URL } from '../../policy/enums.js';
import { type DocumentKind, isTextual, proseOf } from '../../repo/documents.js';
import type { RepositoryFacts } from '../model/facts.js';
import type { Fix } from '../model/types.js';
import { publiccodeString } from '../../repo/publiccode-file.js';
import { type Message, msg } from '../../i18n/message.js';
import { missingReadmeTopics } from '../../repo/readme-topics.js';
import { type Rule, command, commas, edit, fail, joined, pass, sentences } from './rule.js';

/** How each document is named in messages and which `codegouv` area writes it. */
const DOCUMENT_LABELS: Readonly<Record<DocumentKind, { name: string; area: string }>> = {
  readme: { name: 'README', area: 'readme' },
  contributing: { name: 'CONTRIBUTING', area: 'contributing' },
  codeOfConduct: { name: 'CODE_OF_CONDUCT', area: 'code-of-conduct' },
  security: { name: 'SECURITY', area: 'security' },
};

export interface DocumentProblem {
  message: Message;
  fix: Fix;
}

/** Why a document is not there in a usable form, and what fixes it; undefined when it is there. */
export function documentProblem(facts: RepositoryFacts, kind: DocumentKind): DocumentProblem | undefined {
  const { name, area } = DOCUMENT_LABELS[kind];
  const finding = facts.document(kind);
  if (finding.files.length === 0) return { message: msg('rule.document.missing', { name }), fix: command(area) };
  if (!finding.main) {
    const files = finding.files.map((file) => file.path);
    return { message: msg('rule.document.notText', { name, path: files[0] ?? '' }), fix: edit(msg('fixes.convertToText', { files })) };
  }
  // The team's near-empty file is completed with what it lacks (pipeline/team-completion.ts).
  if (!finding.main.meaningful) return { message: msg('rule.document.empty', { path: finding.main.path }), fix: command(area, '--force') };
  return undefined;
}

/**
 * One fix for several problems: the first edit (only the team can make it), else `codegouv` alone
 * when several documents are missing (the whole run writes each missing one, and keeps the rest).
 */
function oneFix(fixes: readonly Fix[]): Fix {
  const edits = fixes.filter((fix) => fix.kind === 'edit');
  if (edits[0]) return edits[0];
  const commands = [...new Set(fixes.map((fix) => (fix.kind === 'command' ? fix.argv.join(' ') : '')))];
  if (commands.length === 1) return fixes[0]!;
  return fixes.some((fix) => fix.kind === 'command' && fix.argv.includes('--force')) ? fixes[0]! : command();
}

/** No usable README: what writes one, or the edit that makes the team's readable. */
const readmeFix = (facts: RepositoryFacts): Fix => documentProblem(facts, 'readme')?.fix ?? command('readme');

const F1: Rule = {
  id: 'F1',
  level: 'MUST',
  sources: ['repositoryFiles'],
  title: 'rule.F1.title',
  check(facts) {
    const problems = (['readme', 'contributing'] as const).flatMap((kind) => documentProblem(facts, kind) ?? []);
    if (facts.licence.files.length === 0) problems.push({ message: msg('rule.F1.licenceMissing'), fix: command('licence') });
    if (problems.length > 0) return fail(sentences([joined(problems.map((problem) => problem.message)), msg('rule.F1.minimum')]), oneFix(problems.map((problem) => problem.fix)));
    const paths = [facts.document('readme').main?.path ?? '', facts.document('contributing').main?.path ?? '', ...facts.licence.files.map((file) => file.path)];
    return pass(msg('rule.F1.pass', { paths }));
  },
};

const F2: Rule = {
  id: 'F2',
  level: 'MUST',
  sources: ['repositoryFiles'],
  title: 'rule.F2.title',
  check(facts) {
    // A PDF or HTML copy beside a plain-text version of the same document is a convenience, not
    // the document itself: only a document that exists in no plain-text form fails.
    const kinds = (['readme', 'contributing', 'codeOfConduct', 'security'] as const).map((kind) => facts.document(kind).files);
    const licenceFiles = facts.licence.files.map((file) => ({ path: file.path, textual: isTextual(facts.tree, file.path) }));
    const binary = [...kinds, licenceFiles]
      .filter((files) => !files.some((file) => file.textual))
      .flatMap((files) => files.map((file) => file.path));
    if (binary.length === 0) return pass(msg('rule.F2.pass'));
    return fail(msg('rule.F2.fail', { files: binary }), edit(msg('fixes.convertToText', { files: binary })));
  },
};

const F3: Rule = {
  id: 'F3',
  level: 'SHOULD',
  sources: ['readmeContent'],
  title: 'rule.F3.title',
  check(facts) {
    const readme = facts.document('readme');
    if (!readme.main) return fail(msg('rule.F3.noReadme'), readmeFix(facts));
    const holder = publiccodeString(facts.publiccode, 'legal.mainCopyrightOwner') ?? publiccodeString(facts.publiccode, 'legal.repoOwner');
    const missing = missingReadmeTopics(readme.text, holder).map((topic) => msg(`rule.F3.topic.${topic}`));
    if (missing.length === 0) return pass(msg('rule.F3.pass', { path: readme.main.path }));
    // The team's README is completed, not replaced: the missing sections are appended.
    return fail(msg('rule.F3.fail', { path: readme.main.path, missing: commas(missing) }), command('readme', '--force'));
  },
};

const F4: Rule = {
  id: 'F4',
  level: 'MAY',
  sources: ['openness'],
  title: 'rule.F4.title',
  check(facts) {
    const text = facts.document('readme').text;
    if (/img\.shields\.io\/badge\/code\.gouv\.fr-|code\.gouv\.fr\/documentation\/#quels-degres-douverture/iu.test(text)) {
      return pass(msg('rule.F4.pass'));
    }
    // The badge is inserted at the top of the team's README.
    return fail(msg('rule.F4.fail', { url: OPENNESS_DOC_URL }), facts.document('readme').main ? command('readme', '--force') : readmeFix(facts));
  },
};

const F5: Rule = {
  id: 'F5',
  level: 'SHOULD',
  sources: ['unmaintained'],
  title: 'rule.F5.title',
  check(facts) {
    const unmaintained = publiccodeString(facts.publiccode, 'maintenance.type') === 'none' || publiccodeString(facts.publiccode, 'developmentStatus') === 'obsolete';
    if (!unmaintained) return pass(msg('rule.F5.maintained'));
    if (/(?:n'est )?plus maintenu|non maintenu|unmaintained|no longer maintained|not maintained|obsol[eè]te|archiv/iu.test(facts.document('readme').text)) {
      return pass(msg('rule.F5.said'));
    }
    return fail(msg('rule.F5.fail'), edit(msg('fixes.F5.say', { path: facts.document('readme').main?.path ?? 'README.md' })));
  },
};

const F6: Rule = {
  id: 'F6',
  level: 'SHOULD',
  sources: ['repositoryFiles'],
  title: 'rule.F6.title',
  check(facts) {
    const problem = documentProblem(facts, 'codeOfConduct');
    if (!problem) return pass(msg('rule.F6.pass', { path: facts.document('codeOfConduct').main?.path ?? '' }));
    return fail(joined([problem.message, msg('rule.F6.offer')]), problem.fix);
  },
};

const FRENCH_WORDS = /\b(?:le|la|les|des|est|et|pour|une|du|dans|sur|avec|qui|pas|vous|nous|sont|par|aux|ce)\b/giu;
const ENGLISH_WORDS = /\b(?:the|and|is|to|of|for|with|this|that|are|you|by|on|it|be|as)\b/giu;

/** How many times the words occur, as `text.match(words).length` without building the list. */
function occurrences(text: string, words: RegExp): number {
  let count = 0;
  words.lastIndex = 0;
  while (words.exec(text)) count += 1;
  return count;
}

function isFrench(text: string): boolean {
  const prose = proseOf(text);
  const french = occurrences(prose, FRENCH_WORDS);
  return french >= 5 && french >= occurrences(prose, ENGLISH_WORDS);
}

const D1: Rule = {
  id: 'D1',
  level: 'SHOULD',
  sources: ['frenchDocumentation'],
  title: 'rule.D1.title',
  check(facts) {
    const french = facts.document('readme').files.find((file) => file.meaningful && isFrench(facts.tree.text(file.path) ?? ''));
    if (french) return pass(msg('rule.D1.pass', { path: french.path }));
    // The team's README stays the main one; a French README.fr.md is written beside it.
    return fail(msg('rule.D1.fail'), facts.document('readme').main ? command('readme', '--languages', 'en,fr') : readmeFix(facts));
  },
};

export const DOCUMENT_RULES: readonly Rule[] = [F1, F2, F3, F4, F5, F6];
export const LANGUAGE_RULES: readonly Rule[] = [D1];
