import { isSignedOffByAuthor } from '../../repo/history.js';
import { SOURCES } from '../sources.js';
import { say } from '../types.js';
import { type Rule, fail, pass, sample } from './rule.js';

/**
 * C2 checked on the history. The policy grades C2 SHOULD but words it « il est demandé » and
 * the project's own CONTRIBUTING makes it a requirement; asked for explicitly with --commits,
 * a missing sign-off fails the check.
 */
const C2_COMMITS: Rule = {
  id: 'C2-commits',
  level: 'MUST',
  source: `${SOURCES.dcoSignoff} ; ${SOURCES.dcoProcess}`,
  title: say('Chaque commit de la plage est signé par son auteur', 'Every commit of the range is signed off by its author'),
  needsCommits: true,
  check(facts) {
    const range = facts.range ?? '';
    if (!facts.commits) {
      return fail(say(`--commits ${range} : ce dossier n'est pas un dépôt git, l'historique ne peut pas être vérifié.`, `--commits ${range}: this folder is not a git repository, its history cannot be checked.`));
    }
    const unsigned = facts.commits.filter((commit) => !isSignedOffByAuthor(commit));
    if (unsigned.length === 0) {
      return pass(say(`Les ${facts.commits.length} commits (hors fusions) de ${range} sont signés par leur auteur.`, `The ${facts.commits.length} non-merge commits of ${range} are signed off by their author.`));
    }
    const listed = unsigned.map((commit) => `${commit.sha} « ${commit.subject} » (${commit.authorName} <${commit.authorEmail}>${commit.signoffs.length > 0 ? `, signé par ${commit.signoffs.join(', ')}` : ''})`);
    const listedEn = unsigned.map((commit) => `${commit.sha} "${commit.subject}" (${commit.authorName} <${commit.authorEmail}>${commit.signoffs.length > 0 ? `, signed off by ${commit.signoffs.join(', ')}` : ''})`);
    return fail(say(
      `${unsigned.length} commit(s) sur ${facts.commits.length} sans Signed-off-by de leur auteur : ${sample(listed, 3).fr}. Corrigez avec git commit --amend -s --no-edit (dernier commit) ou git rebase --signoff <base>, puis git push --force-with-lease.`,
      `${unsigned.length} of ${facts.commits.length} commit(s) lack a Signed-off-by from their author: ${sample(listedEn, 3).en}. Fix with git commit --amend -s --no-edit (last commit) or git rebase --signoff <base>, then git push --force-with-lease.`,
    ));
  },
};

export const HISTORY_RULES: readonly Rule[] = [C2_COMMITS];
