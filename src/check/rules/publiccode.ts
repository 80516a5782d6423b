import { msg } from '../../i18n/message.js';
import { type Rule, command, fail, pass, sample } from './rule.js';

const M1: Rule = {
  id: 'M1',
  level: 'SHOULD',
  sources: ['publiccode'],
  title: 'rule.M1.title',
  check(facts) {
    const finding = facts.publiccode;
    if (!finding) return fail(msg('rule.M1.missing'), command('publiccode'));
    const { errors, warnings } = finding.result;
    if (errors.length === 0) return pass(msg('rule.M1.pass', { path: finding.path, warnings: warnings.length }));
    const shown = errors.map((error) => `${error.line > 0 ? `${error.line}:${error.column} ` : ''}${error.key ? `${error.key}: ` : ''}${error.description}`);
    // Regenerated keeping every field that was valid.
    return fail(msg('rule.M1.fail', { path: finding.path, count: errors.length, errors: sample(shown, 3) }), command('publiccode', '--force'));
  },
};

export const PUBLICCODE_RULES: readonly Rule[] = [M1];
