import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';

/**
 * What `codegouv check` still finds wrong once the run has written its files, each with its fix:
 * the end of the run says what is still not compliant (MUST and SHOULD rules).
 */
export async function remainingProblems(cwd: string): Promise<Message[]> {
  const [{ auditRepository }, { fixPart }] = await Promise.all([import('../check/audit.js'), import('../check/format-fix.js')]);
  const result = await auditRepository('.', cwd);
  return result.rules
    .filter((rule) => !rule.ok && (rule.level === 'MUST' || rule.level === 'SHOULD'))
    .map((rule) => msg('run.remaining', { id: rule.id, level: rule.level as 'MUST' | 'SHOULD', text: rule.message, fix: rule.fix ? fixPart(rule.fix) : '' }));
}
