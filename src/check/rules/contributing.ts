import type { RepositoryFacts } from '../facts.js';
import { SOURCES } from '../sources.js';
import { say } from '../types.js';
import { documentProblem } from './documents.js';
import { type Rule, fail, pass, sample } from './rule.js';

const SIGNOFF_INSTRUCTION = /Signed-off-by|git commit\b[^\n`]*\s(?:-s\b|--signoff\b)|--signoff\b/iu;

const C1: Rule = {
  id: 'C1',
  level: 'SHOULD',
  source: SOURCES.dcoProcess,
  title: say('CONTRIBUTING décrit le DCO (signature de chaque commit)', 'CONTRIBUTING describes the DCO (signing off every commit)'),
  check(facts) {
    const problem = documentProblem(facts, 'contributing');
    if (problem) return fail(say(`${problem.fr} : il doit expliquer la signature DCO (git commit -s).`, `${problem.en}: it must explain the DCO sign-off (git commit -s).`));
    const finding = facts.document('contributing');
    const describing = finding.files.find((file) => SIGNOFF_INSTRUCTION.test(facts.tree.text(file.path) ?? ''));
    if (describing) return pass(say(`${describing.path} explique la signature DCO des commits.`, `${describing.path} explains the DCO sign-off of commits.`));
    return fail(say(
      `${finding.main?.path} ne décrit pas le DCO : expliquez que chaque commit est signé avec git commit -s (ligne Signed-off-by), dès le début du projet (codegouv contributing écrit cette section).`,
      `${finding.main?.path} does not describe the DCO: explain that every commit is signed off with git commit -s (Signed-off-by line), from the start of the project (codegouv contributing writes this section).`,
    ));
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
  source: SOURCES.dcoSignoff,
  title: say('DCO en place : texte du DCO et vérification sur la forge', 'DCO in place: DCO text and a check on the forge'),
  check(facts) {
    const texts = facts.tree.rootFiles().filter((path) => DCO_TEXT.test(path) && !path.endsWith('.license'));
    const checks = forgeChecks(facts);
    if (texts.length > 0 && checks.length > 0) {
      return pass(say(`DCO : ${texts.join(', ')} ; vérifié par ${sample(checks).fr}.`, `DCO: ${texts.join(', ')}; checked by ${sample(checks).en}.`));
    }
    const missing = [
      ...(texts.length === 0 ? [say('le texte du DCO (fichier DCO)', 'the DCO text (DCO file)')] : []),
      ...(checks.length === 0 ? [say('une vérification de la signature sur la forge (.github/workflows/dco.yml ou application DCO .github/dco.yml sur GitHub, job .gitlab-ci.yml sur GitLab)', 'a sign-off check on the forge (.github/workflows/dco.yml or the DCO app\'s .github/dco.yml on GitHub, a .gitlab-ci.yml job on GitLab)')] : []),
    ];
    return fail(say(
      `Il manque ${missing.map((item) => item.fr).join(' et ')}. codegouv dco les écrit.`,
      `Missing: ${missing.map((item) => item.en).join(' and ')}. codegouv dco writes them.`,
    ));
  },
};

const CLA_MENTION = /\bCLAs?\b|contributor licen[cs]e agreement|accord de (?:licence|cession)|cla-assistant|contributor-assistant/iu;
const NEGATION = /\b(?:no|not|never|without|nor|instead|unlike|rather than|aucun|aucune|pas|jamais|sans|ni|au lieu|plutôt que|contrairement)\b|\bn['’]|n't\b/iu;
const CLA_BOT_FILES = /^(?:\.clabot|\.github\/cla\.ya?ml|cla\.json|\.cla\.json)$/iu;

/** Sentences that ask for a CLA: a mention with no negation in the same sentence. */
function claRequests(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n\s*\n|\n[-*] /u)
    .filter((sentence) => CLA_MENTION.test(sentence) && !NEGATION.test(sentence))
    .map((sentence) => sentence.replace(/\s+/gu, ' ').trim().slice(0, 100));
}

const C3: Rule = {
  id: 'C3',
  level: 'SHOULD',
  source: SOURCES.noCla,
  title: say('Pas de CLA exigé', 'No CLA required'),
  check(facts) {
    const requests = facts.document('contributing').files.flatMap((file) => claRequests(facts.tree.text(file.path) ?? '').map((sentence) => `${file.path} : « ${sentence} »`));
    const bots = facts.tree.files.filter((path) => CLA_BOT_FILES.test(path) || (/^\.github\/workflows\//u.test(path) && /cla-assistant|contributor-assistant\/github-action/iu.test(facts.tree.text(path) ?? '')));
    const found = [...requests, ...bots];
    if (found.length === 0) return pass(say('Aucun CLA n\'est demandé aux contributeurs.', 'No CLA is asked of contributors.'));
    return fail(say(
      `Un CLA semble exigé : ${sample(found, 3).fr}. La politique de l'État n'utilise pas de CLA : le DCO suffit ; retirez l'exigence (et le robot CLA).`,
      `A CLA seems required: ${sample(found, 3).en}. The State policy uses no CLA: the DCO is enough; drop the requirement (and the CLA bot).`,
    ));
  },
};

export const CONTRIBUTING_RULES: readonly Rule[] = [C1, C2, C3];
