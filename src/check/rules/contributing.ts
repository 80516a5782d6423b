import type { RepositoryFacts } from '../model/facts.js';
import { msg } from '../../i18n/message.js';
import { documentProblem } from './documents.js';
import { type Rule, command, edit, fail, pass, sample } from './rule.js';
import { CLA_MENTION, mayMentionCla } from './cla-mention.js';

/**
 * What `/Signed-off-by|git commit\b[^\n`]*\s(?:-s\b|--signoff\b)|--signoff\b/iu` tests, in
 * linear time (its `[^\n`]*\s` backtracks quadratically on a long line): `-s` after
 * `git commit` on the same line (or at the start of the next), with no backtick in between.
 */
function describesSignoff(text: string): boolean {
  if (/Signed-off-by|--signoff\b/iu.test(text)) return true;
  return text.split('`').some((span) => {
    const lines = span.split('\n');
    return lines.some((line, index) => {
      const command = /git commit\b/iu.exec(line);
      if (command === null) return false;
      // The white space before `-s` may be the line break itself.
      return /\s-s\b/iu.test(line.slice(command.index + command[0].length)) || /^-s\b/iu.test(lines[index + 1] ?? '');
    });
  });
}

const C1: Rule = {
  id: 'C1',
  level: 'SHOULD',
  sources: ['dcoProcess'],
  title: 'rule.C1.title',
  check(facts) {
    const problem = documentProblem(facts, 'contributing');
    if (problem) return fail(msg('rule.C1.problem', { problem: problem.message }), problem.fix);
    const finding = facts.document('contributing');
    const describing = finding.files.find((file) => describesSignoff(facts.tree.text(file.path) ?? ''));
    if (describing) return pass(msg('rule.C1.pass', { path: describing.path }));
    // A DCO section is appended to the team's CONTRIBUTING, wherever it is.
    return fail(msg('rule.C1.fail', { path: finding.main?.path ?? '' }), command('contributing', '--force'));
  },
};

/** Forge configuration that can run a sign-off check. */
const CI_FILE = /^(?:\.github\/workflows\/[^/]+|\.gitlab-ci\.yml|\.gitlab\/.+|\.forgejo\/workflows\/[^/]+|\.gitea\/workflows\/[^/]+|\.woodpecker\.ya?ml|\.woodpecker\/[^/]+)$/u;
const SIGNOFF_CHECK = /\bdco\b|dco[-_.]|signed-off-by|sign-?off/iu;
const DCO_TEXT = /^DCO(?:[-.][^/]*)?$/iu;

function forgeChecks(facts: RepositoryFacts): string[] {
  const app = facts.tree.has('.github/dco.yml') ? ['.github/dco.yml'] : [];
  const jobs = facts.tree.files.filter((path) => CI_FILE.test(path) && /\.ya?ml$/u.test(path) && SIGNOFF_CHECK.test(facts.tree.text(path) ?? ''));
  // A file under .gitlab/ runs only when the root pipeline includes it.
  const rootPipeline = facts.tree.text('.gitlab-ci.yml') ?? '';
  return [...app, ...jobs.filter((path) => !path.startsWith('.gitlab/') || rootPipeline.includes(path))];
}

const C2: Rule = {
  id: 'C2',
  level: 'SHOULD',
  sources: ['dcoSignoff'],
  title: 'rule.C2.title',
  check(facts) {
    const texts = facts.tree.rootFiles().filter((path) => DCO_TEXT.test(path) && !path.endsWith('.license'));
    const checks = forgeChecks(facts);
    if (texts.length > 0 && checks.length > 0) {
      return pass(msg('rule.C2.pass', { texts, checks: sample(checks) }));
    }
    const missing = [
      ...(texts.length === 0 ? [msg('rule.C2.missingText')] : []),
      ...(checks.length === 0 ? [msg('rule.C2.missingCheck')] : []),
    ];
    return fail(msg('rule.C2.fail', { missing: msg('list.and', { items: missing }) }), command('dco'));
  },
};

const NEGATION = /\b(?:no|not|never|without|nor|instead|unlike|rather than|aucun|aucune|pas|jamais|sans|ni|au lieu|plutôt que|contrairement)\b|\bn['’]|n't\b/iu;
const CLA_BOT_FILES = /^(?:\.clabot|\.github\/cla\.ya?ml|cla\.json|\.cla\.json)$/iu;

/** Sentences that ask for a CLA: a mention with no negation in the same sentence. */
function claRequests(text: string): string[] {
  // A sentence that matches is a part of the text that matches: the sentences are cut only when the text may.
  if (!mayMentionCla(text)) return [];
  return text
    .split(/(?<=[.!?])\s+|\n\s*\n|\n[-*] /u)
    .filter((sentence) => CLA_MENTION.test(sentence) && !NEGATION.test(sentence))
    .map((sentence) => sentence.replace(/\s+/gu, ' ').trim().slice(0, 100));
}

const C3: Rule = {
  id: 'C3',
  level: 'SHOULD',
  sources: ['noCla'],
  title: 'rule.C3.title',
  check(facts) {
    const requests = facts.document('contributing').files.flatMap((file) => claRequests(facts.tree.text(file.path) ?? '').map((sentence) => msg('rule.C3.request', { path: file.path, sentence })));
    const bots = facts.tree.files.filter((path) => CLA_BOT_FILES.test(path) || (/^\.github\/workflows\//u.test(path) && /cla-assistant|contributor-assistant\/github-action/iu.test(facts.tree.text(path) ?? '')));
    const found = [...requests, ...bots];
    if (found.length === 0) return pass(msg('rule.C3.pass'));
    return fail(msg('rule.C3.fail', { found: sample(found, 3) }), edit(msg('fixes.C3.remove', { found: sample(found, 3) })));
  },
};

export const CONTRIBUTING_RULES: readonly Rule[] = [C1, C2, C3];
