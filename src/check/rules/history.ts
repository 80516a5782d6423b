import { isSignedOffByAuthor } from '../../repo/history.js';
import { msg } from '../../i18n/message.js';
import { type Rule, fail, pass, sample } from './rule.js';

/**
 * C2 checked on the history. The policy grades C2 SHOULD but words it « il est demandé » and
 * the project's own CONTRIBUTING makes it a requirement; asked for explicitly with --commits,
 * a missing sign-off fails the check.
 */
const C2_COMMITS: Rule = {
  id: 'C2-commits',
  level: 'MUST',
  sources: ['dcoSignoff', 'dcoProcess'],
  title: 'rule.C2-commits.title',
  needsCommits: true,
  check(facts) {
    const range = facts.range ?? '';
    if (!facts.commits) return fail(msg('rule.C2-commits.notGit', { range }));
    const unsigned = facts.commits.filter((commit) => !isSignedOffByAuthor(commit));
    if (unsigned.length === 0) return pass(msg('rule.C2-commits.pass', { count: facts.commits.length, range }));
    const listed = unsigned.map((commit) => msg('rule.C2-commits.commit', {
      sha: commit.sha,
      subject: commit.subject,
      author: `${commit.authorName} <${commit.authorEmail}>`,
      signoffs: commit.signoffs,
    }));
    return fail(msg('rule.C2-commits.fail', { count: unsigned.length, total: facts.commits.length, commits: sample(listed, 3) }));
  },
};

export const HISTORY_RULES: readonly Rule[] = [C2_COMMITS];
