import { isSignedOffByAuthor } from '../../repo/history.js';
import { msg } from '../../i18n/message.js';
import { type Rule, edit, fail, pass, sample } from './rule.js';

/**
 * C2 checked on the history. The policy grades C2 SHOULD but words it « il est demandé » and
 * the project's own CONTRIBUTING makes it a requirement; asked for explicitly with --commits,
 * a missing sign-off fails the check.
 */
/** Commit texts are the repository's: a report quotes at most this much of each. */
const QUOTED_LENGTH = 200;
const quoted = (text: string) => (text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH)}…` : text);

const C2_COMMITS: Rule = {
  id: 'C2-commits',
  level: 'MUST',
  sources: ['dcoSignoff', 'dcoProcess'],
  title: 'rule.C2-commits.title',
  needsCommits: true,
  check(facts) {
    const range = facts.range ?? '';
    if (!facts.commits) return fail(msg('rule.C2-commits.notGit', { range }), edit(msg('fixes.notGit')));
    const unsigned = facts.commits.filter((commit) => !isSignedOffByAuthor(commit));
    if (unsigned.length === 0) return pass(msg('rule.C2-commits.pass', { count: facts.commits.length, range }));
    const listed = unsigned.map((commit) => msg('rule.C2-commits.commit', {
      sha: commit.sha,
      subject: quoted(commit.subject),
      author: quoted(`${commit.authorName} <${commit.authorEmail}>`),
      signoffs: commit.signoffs.slice(0, 3).map(quoted),
    }));
    return fail(msg('rule.C2-commits.fail', { count: unsigned.length, total: facts.commits.length, commits: sample(listed, 3) }), edit(msg('fixes.C2-commits.signoff')));
  },
};

export const HISTORY_RULES: readonly Rule[] = [C2_COMMITS];
