import { OPENNESS_DOC_URL } from '../../policy/enums.js';
import { type DocumentKind, isTextual, proseOf } from '../../repo/documents.js';
import type { RepositoryFacts } from '../model/facts.js';
import { publiccodeString } from '../../repo/publiccode-file.js';
import { type Message, msg } from '../../i18n/message.js';
import { firstEmailAddress } from '../../repo/email-address.js';
import { type Rule, commas, fail, joined, pass, sentences } from './rule.js';

/** How each document is named in messages and which `codegouv` command writes it. */
const DOCUMENT_LABELS: Readonly<Record<DocumentKind, { name: string; command: string }>> = {
  readme: { name: 'README', command: 'codegouv readme' },
  contributing: { name: 'CONTRIBUTING', command: 'codegouv contributing' },
  codeOfConduct: { name: 'CODE_OF_CONDUCT', command: 'codegouv code-of-conduct' },
  security: { name: 'SECURITY', command: 'codegouv security' },
};

/** Why a document is not there in a usable form, or undefined when it is. */
export function documentProblem(facts: RepositoryFacts, kind: DocumentKind): Message | undefined {
  const { name, command } = DOCUMENT_LABELS[kind];
  const finding = facts.document(kind);
  if (finding.files.length === 0) return msg('rule.document.missing', { name, command });
  if (!finding.main) return msg('rule.document.notText', { name, path: finding.files[0]?.path ?? '' });
  if (!finding.main.meaningful) return msg('rule.document.empty', { path: finding.main.path, command });
  return undefined;
}

const F1: Rule = {
  id: 'F1',
  level: 'MUST',
  sources: ['repositoryFiles'],
  title: 'rule.F1.title',
  check(facts) {
    const problems = (['readme', 'contributing'] as const).flatMap((kind) => documentProblem(facts, kind) ?? []);
    if (facts.licence.files.length === 0) problems.push(msg('rule.F1.licenceMissing'));
    if (problems.length > 0) return fail(sentences([joined(problems), msg('rule.F1.minimum')]));
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
    return fail(msg('rule.F2.fail', { files: binary }));
  },
};

const README_TOPICS: readonly { test: (text: string, facts: RepositoryFacts) => boolean; missing: Message }[] = [
  {
    test: (text) => (proseOf(text).match(/\p{L}/gu)?.length ?? 0) >= 80,
    missing: msg('rule.F3.topic.purpose'),
  },
  {
    test: (text, facts) => {
      const holder = publiccodeString(facts.publiccode, 'legal.mainCopyrightOwner') ?? publiccodeString(facts.publiccode, 'legal.repoOwner');
      return holder ? text.toLowerCase().includes(holder.toLowerCase()) : /administration|minist[eè]re|direction|agence|publié par|published by|collectivit|mairie|préfecture/iu.test(text);
    },
    missing: msg('rule.F3.topic.administration'),
  },
  { test: (text) => firstEmailAddress(text) !== undefined || /\bcontact/iu.test(text), missing: msg('rule.F3.topic.contact') },
  { test: (text) => /licen[cs]e/iu.test(text), missing: msg('rule.F3.topic.licence') },
  { test: (text) => /contribu/iu.test(text), missing: msg('rule.F3.topic.contributing') },
];

const F3: Rule = {
  id: 'F3',
  level: 'SHOULD',
  sources: ['readmeContent'],
  title: 'rule.F3.title',
  check(facts) {
    const readme = facts.document('readme');
    if (!readme.main) return fail(msg('rule.F3.noReadme'));
    const missing = README_TOPICS.filter((topic) => !topic.test(readme.text, facts)).map((topic) => topic.missing);
    if (missing.length === 0) return pass(msg('rule.F3.pass', { path: readme.main.path }));
    return fail(msg('rule.F3.fail', { path: readme.main.path, missing: commas(missing) }));
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
    return fail(msg('rule.F4.fail', { url: OPENNESS_DOC_URL }));
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
    return fail(msg('rule.F5.fail'));
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
    return fail(joined([problem, msg('rule.F6.offer')]));
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
  sources: ['frenchDocumentation'],
  title: 'rule.D1.title',
  check(facts) {
    const french = facts.document('readme').files.find((file) => file.meaningful && isFrench(facts.tree.text(file.path) ?? ''));
    if (french) return pass(msg('rule.D1.pass', { path: french.path }));
    return fail(msg('rule.D1.fail'));
  },
};

export const DOCUMENT_RULES: readonly Rule[] = [F1, F2, F3, F4, F5, F6];
export const LANGUAGE_RULES: readonly Rule[] = [D1];
