import { SECRET_PATTERNS } from '../../policy/secret-patterns.js';
import { documentProblem } from './documents.js';
import { firstEmailAddress } from './email-address.js';
import { isIgnored, parseGitignore } from '../../repo/gitignore.js';
import { msg } from '../../i18n/message.js';
import { type Rule, fail, pass, sample } from './rule.js';

/** Secret-bearing files, as the generator's .gitignore lists them; public keys are not secrets. */
const SECRET_FILES = parseGitignore(SECRET_PATTERNS.join('\n'));
const isSecretFile = (path: string) => isIgnored(SECRET_FILES, path) && !path.endsWith('.pub');

/** The MUST: no secret-bearing file is versioned or about to be, from the policy's security section (https://github.com/DISIC/politique-de-contribution-open-source). */
const S1: Rule = {
  id: 'S1',
  level: 'MUST',
  sources: ['security'],
  title: 'rule.S1.title',
  check(facts) {
    const gitignore = facts.tree.has('.gitignore') ? parseGitignore(facts.tree.text('.gitignore') ?? '') : undefined;
    // Outside git, the walk also sees ignored files: those stay out of a future commit anyway.
    const exposed = facts.tree.files.filter((path) => isSecretFile(path) && !(gitignore && !facts.tree.isGit && isIgnored(gitignore, path)));
    if (exposed.length === 0) return pass(msg('rule.S1.pass'));
    return fail(msg('rule.S1.fail', { files: sample(exposed) }));
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
    return fail(msg('rule.S1-gitignore.fail', { problem }));
  },
};

const S2: Rule = {
  id: 'S2',
  level: 'SHOULD',
  sources: ['security'],
  title: 'rule.S2.title',
  check(facts) {
    const problem = documentProblem(facts, 'security');
    if (problem) return fail(msg('rule.S2.problem', { problem }));
    const finding = facts.document('security');
    const email = firstEmailAddress(finding.text);
    if (email) return pass(msg('rule.S2.pass', { path: finding.main?.path ?? '', email }));
    return fail(msg('rule.S2.fail', { path: finding.main?.path ?? '' }));
  },
};

export const SECURITY_RULES: readonly Rule[] = [S1, S1_GITIGNORE, S2];
