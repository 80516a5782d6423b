import { SOURCES } from '../sources.js';
import { say } from '../types.js';
import { type Rule, fail, pass, sample } from './rule.js';

const M1: Rule = {
  id: 'M1',
  level: 'SHOULD',
  source: SOURCES.publiccode,
  title: say('publiccode.yml valide à la racine', 'Valid publiccode.yml at the root'),
  check(facts) {
    const finding = facts.publiccode;
    if (!finding) {
      return fail(say(
        'Pas de publiccode.yml à la racine : code.gouv.fr l\'encourage pour référencer le logiciel (codegouv publiccode l\'écrit, valide).',
        'No publiccode.yml at the root: code.gouv.fr encourages it to list the software (codegouv publiccode writes a valid one).',
      ));
    }
    const { errors, warnings } = finding.result;
    if (errors.length === 0) {
      return pass(say(
        `${finding.path} valide (règles du parseur de référence, hors réseau)${warnings.length > 0 ? `, ${warnings.length} avertissement(s)` : ''}.`,
        `${finding.path} is valid (reference parser rules, offline)${warnings.length > 0 ? `, ${warnings.length} warning(s)` : ''}.`,
      ));
    }
    const shown = errors.map((error) => `${error.line > 0 ? `${error.line}:${error.column} ` : ''}${error.key ? `${error.key}: ` : ''}${error.description}`);
    return fail(say(
      `${finding.path} invalide, ${errors.length} erreur(s) : ${sample(shown, 3).fr}. Corrigez-le ou régénérez-le (codegouv publiccode --force).`,
      `${finding.path} is invalid, ${errors.length} error(s): ${sample(shown, 3).en}. Fix it or generate it again (codegouv publiccode --force).`,
    ));
  },
};

export const PUBLICCODE_RULES: readonly Rule[] = [M1];
