import { SECRET_PATTERNS } from '../../policy/secret-patterns.js';
import { documentProblem } from './documents.js';
import { isIgnored, parseGitignore } from '../gitignore.js';
import { SOURCES } from '../sources.js';
import { say } from '../types.js';
import { type Rule, fail, pass, sample } from './rule.js';

/** Secret-bearing files, as the generator's .gitignore lists them; public keys are not secrets. */
const SECRET_FILES = parseGitignore(SECRET_PATTERNS.join('\n'));
const isSecretFile = (path: string) => isIgnored(SECRET_FILES, path) && !path.endsWith('.pub');

const S1: Rule = {
  id: 'S1',
  level: 'MUST',
  source: SOURCES.security,
  title: say('Fichiers de secrets exclus du dépôt (.gitignore)', 'Secret-bearing files kept out of the repository (.gitignore)'),
  check(facts) {
    const gitignore = facts.tree.has('.gitignore') ? parseGitignore(facts.tree.text('.gitignore') ?? '') : undefined;
    // Outside git, the walk also sees ignored files: those stay out of a future commit anyway.
    const exposed = facts.tree.files.filter((path) => isSecretFile(path) && !(gitignore && !facts.tree.isGit && isIgnored(gitignore, path)));
    const problems = [
      ...(gitignore ? [] : [say('pas de .gitignore', 'no .gitignore')]),
      ...(gitignore && !isIgnored(gitignore, '.env') ? [say('.gitignore n\'exclut pas .env', '.gitignore does not exclude .env')] : []),
      ...(exposed.length > 0 ? [say(`fichiers de secrets versionnés ou non exclus : ${sample(exposed).fr} (retirez-les, y compris de l'historique, et changez les secrets)`, `secret-bearing files tracked or not ignored: ${sample(exposed).en} (remove them, from the history too, and rotate the secrets)`)] : []),
    ];
    if (problems.length === 0) return pass(say('.gitignore exclut .env et aucun fichier de secrets n\'est exposé.', '.gitignore excludes .env and no secret-bearing file is exposed.'));
    return fail(say(
      `${problems.map((problem) => problem.fr).join(' ; ')}. « Aucun secret ne doit être stocké dans le code » : codegouv security ajoute au .gitignore les motifs manquants (.env, .env.*, clés…).`,
      `${problems.map((problem) => problem.en).join('; ')}. No secret may be stored in the code: codegouv security adds the missing patterns to .gitignore (.env, .env.*, keys…).`,
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

export const SECURITY_RULES: readonly Rule[] = [S1, S2];
