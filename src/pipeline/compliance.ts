import { render } from '../i18n/render.js';
import type { Lang } from '../policy/enums.js';

/**
 * What `codegouv check` still finds wrong once the run has written its files, each with its fix:
 * the end of the run says what is still not compliant (MUST and SHOULD rules).
 */
export async function remainingProblems(cwd: string, lang: Lang): Promise<string[]> {
  const { auditRepository } = await import('../check/audit.js');
  const result = await auditRepository('.', cwd);
  const levels = { MUST: lang === 'fr' ? 'obligatoire' : 'required', SHOULD: lang === 'fr' ? 'recommandé' : 'recommended' } as const;
  return result.rules
    .filter((rule) => !rule.ok && (rule.level === 'MUST' || rule.level === 'SHOULD'))
    .map((rule) => `${rule.id} [${levels[rule.level as 'MUST' | 'SHOULD']}] ${render(rule.message, lang)}`);
}
