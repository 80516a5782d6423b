import { documentProblem } from './documents.js';
import { firstEmailAddress } from '../../repo/email-address.js';
import { isIgnored, parseGitignore } from '../../repo/gitignore.js';
import { type Message, msg } from '../../i18n/message.js';
import { type Rule, command, edit, fail, joined, pass } from './rule.js';
import { type Judgement, isSecretName, judgeSecretFile } from './secrets-judge.js';
import { PROFESSIONAL_ADDRESS_SOURCE, domainOf, securityAddressConcern } from '../../policy/contact-addresses.js';

const SHOWN = 8;

/** `a (clé privée PEM) ; b (jeton npm (_authToken)) ; + 3 autres`. */
function listed(judgements: readonly Judgement[]): Message {
  const shown = judgements.slice(0, SHOWN).map(({ path, what }) => msg('secrets.file', { path, what }));
  const more = judgements.length - shown.length;
  return joined(more > 0 ? [...shown, msg('secrets.more', { count: more })] : shown);
}

/**
 * The MUST: no secret is versioned or about to be, from the policy's security section
 * (https://github.com/DISIC/politique-de-contribution-open-source). A file whose name says
 * secret is read: templates, empty files, placeholders and public certificates are not secrets;
 * keys under a test folder are named, not failed. Each file says what matched.
 */
const S1: Rule = {
  id: 'S1',
  level: 'MUST',
  sources: ['security'],
  title: 'rule.S1.title',
  check(facts) {
    const gitignore = facts.tree.has('.gitignore') ? parseGitignore(facts.tree.text('.gitignore') ?? '') : undefined;
    // Outside git, the walk also sees ignored files: those stay out of a future commit anyway.
    const candidates = facts.tree.files.filter((path) => isSecretName(path) && !(gitignore && !facts.tree.isGit && isIgnored(gitignore, path)));
    const judged = candidates.map((path) => judgeSecretFile(facts.tree, path));
    const of = (verdict: Judgement['verdict']) => judged.filter((judgement) => judgement.verdict === verdict);
    const notes: Message[] = [];
    if (of('harmless').length > 0) notes.push(msg('secrets.reviewed', { files: listed(of('harmless')) }));
    if (of('fixture').length > 0) notes.push(msg('secrets.fixtures', { files: listed(of('fixture')) }));
    const exposed = of('exposed');
    if (exposed.length === 0) return pass(msg('rule.S1.pass', { notes }));
    return fail(msg('rule.S1.fail', { files: listed(exposed), notes }), edit(msg('fixes.S1.remove', { files: listed(exposed) })));
  },
};

/** The means the policy names: secret-bearing configuration files unversioned through .gitignore. */
const S1_GITIGNORE: Rule = {
  id: 'S1-gitignore',
  level: 'SHOULD',
  sources: ['security'],
  title: 'rule.S1-gitignore.title',
  check(facts) {
    const gitignore = facts.tree.has('.gitignore') ? parseGitignore(facts.tree.text('.gitignore') ?? '') : undefined;
    if (gitignore && isIgnored(gitignore, '.env')) return pass(msg('rule.S1-gitignore.pass'));
    const problem = gitignore ? msg('rule.S1-gitignore.notExcluded') : msg('rule.S1-gitignore.noGitignore');
    return fail(msg('rule.S1-gitignore.fail', { problem }), command('security', '--force'));
  },
};

const S2: Rule = {
  id: 'S2',
  level: 'SHOULD',
  sources: ['security'],
  title: 'rule.S2.title',
  check(facts) {
    const problem = documentProblem(facts, 'security');
    if (problem) return fail(msg('rule.S2.problem', { problem: problem.message }), problem.fix);
    const finding = facts.document('security');
    const email = firstEmailAddress(finding.text);
    const path = finding.main?.path ?? '';
    if (email) {
      const concern = securityAddressConcern(email);
      if (!concern) return pass(msg('rule.S2.pass', { path, email }));
      const kind = concern === 'webmail' ? msg('newcomer.address.webmail', { domain: domainOf(email) }) : msg(`newcomer.address.${concern}`);
      return fail(msg('newcomer.S2.unprofessional', { path, email, kind, source: PROFESSIONAL_ADDRESS_SOURCE }), edit(msg('newcomer.S2.fix', { path, email })));
    }
    // A contact section is appended to the team's SECURITY (--security-email when no address is known).
    return fail(msg('rule.S2.fail', { path }), command('security', '--force'));
  },
};

export const SECURITY_RULES: readonly Rule[] = [S1, S1_GITIGNORE, S2];
