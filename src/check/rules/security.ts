import { SECRET_PATTERNS } from '../../policy/secret-patterns.js';
import { documentProblem } from './documents.js';
import { isIgnored, parseGitignore } from '../../repo/gitignore.js';
import { SOURCES } from '../sources.js';
import { say } from '../types.js';
import { type Rule, fail, pass, sample } from './rule.js';

/** Secret-bearing files, as the generator's .gitignore lists them; public keys are not secrets. */
const SECRET_FILES = parseGitignore(SECRET_PATTERNS.join('\n'));
const isSecretFile = (path: string) => isIgnored(SECRET_FILES, path) && !path.endsWith('.pub');

/** The MUST: no secret-bearing file is versioned or about to be (policy.md §6 S1). */
const S1: Rule = {
  id: 'S1',
  level: 'MUST',
  source: SOURCES.security,
  title: say('Aucun fichier de secrets dans le dépôt', 'No secret-bearing file in the repository'),
  check(facts) {
    const gitignore = facts.tree.has('.gitignore') ? parseGitignore(facts.tree.text('.gitignore') ?? '') : undefined;
    // Outside git, the walk also sees ignored files: those stay out of a future commit anyway.
    const exposed = facts.tree.files.filter((path) => isSecretFile(path) && !(gitignore && !facts.tree.isGit && isIgnored(gitignore, path)));
    if (exposed.length === 0) return pass(say('Aucun fichier de secrets (.env, clés…) n\'est versionné ni exposé.', 'No secret-bearing file (.env, keys…) is tracked or exposed.'));
    return fail(say(
      `Fichiers de secrets versionnés ou non exclus : ${sample(exposed).fr}. « Aucun secret ne doit être stocké dans le code » : retirez-les, y compris de l'historique, changez les secrets, et excluez-les par .gitignore (codegouv security).`,
      `Secret-bearing files tracked or not ignored: ${sample(exposed).en}. No secret may be stored in the code: remove them, from the history too, rotate the secrets and ignore them in .gitignore (codegouv security).`,
    ));
  },
};

/** The means the policy names: secret-bearing configuration files unversioned through .gitignore. */
const S1_GITIGNORE: Rule = {
  id: 'S1-gitignore',
  level: 'SHOULD',
  source: SOURCES.security,
  title: say('.gitignore exclut les fichiers de secrets', '.gitignore excludes secret-bearing files'),
  check(facts) {
    const gitignore = facts.tree.has('.gitignore') ? parseGitignore(facts.tree.text('.gitignore') ?? '') : undefined;
    if (gitignore && isIgnored(gitignore, '.env')) return pass(say('.gitignore exclut .env.', '.gitignore excludes .env.'));
    const problem = gitignore ? say('.gitignore n\'exclut pas .env', '.gitignore does not exclude .env') : say('pas de .gitignore', 'no .gitignore');
    return fail(say(
      `${problem.fr} : les fichiers de configuration qui portent des secrets doivent rester hors du dépôt ; codegouv security --force ajoute au .gitignore les motifs manquants (.env, .env.*, clés…).`,
      `${problem.en}: configuration files that hold secrets must stay out of the repository; codegouv security --force adds the missing patterns to .gitignore (.env, .env.*, keys…).`,
    ));
  },
};

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;

const S2: Rule = {
  id: 'S2',
  level: 'SHOULD',
  source: SOURCES.security,
  title: say('Politique de sécurité avec une adresse de contact', 'Security policy with a contact address'),
  check(facts) {
    const problem = documentProblem(facts, 'security');
    if (problem) return fail(say(`${problem.fr} : il donne l'adresse dédiée aux signalements de vulnérabilités.`, `${problem.en}: it gives the address dedicated to vulnerability reports.`));
    const finding = facts.document('security');
    const email = EMAIL.exec(finding.text)?.[0];
    if (email) return pass(say(`${finding.main?.path} : signalements à ${email}.`, `${finding.main?.path}: reports go to ${email}.`));
    return fail(say(
      `${finding.main?.path} ne donne pas d'adresse électronique pour les signalements : nommez un responsable de la sécurité et une adresse dédiée (codegouv security --security-email …).`,
      `${finding.main?.path} gives no e-mail address for reports: name a security lead and a dedicated address (codegouv security --security-email …).`,
    ));
  },
};

export const SECURITY_RULES: readonly Rule[] = [S1, S1_GITIGNORE, S2];
