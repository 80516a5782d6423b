import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import { LICENCE_ADVICE_SOURCES, ONLINE_SERVICE_LICENCE, onlineServiceEvidence } from '../policy/licence-advice.js';
import { DEFAULT_LICENCE } from '../policy/licences.js';
import type { Lang } from '../policy/enums.js';
import type { RawAnswers } from './types.js';

/** The licence the question proposes, and why when it is not the policy's default. */
export interface LicenceSuggestion {
  id: string;
  reason?: Message;
}

/** Apache-2.0, the policy's default; the AGPL for an online service, said by the answers known before the question. */
export function suggestedLicence(known: RawAnswers): LicenceSuggestion {
  const evidence = onlineServiceEvidence(known);
  if (!evidence) return { id: DEFAULT_LICENCE };
  return { id: ONLINE_SERVICE_LICENCE, reason: msg('licenceAdvice.onlineService', { ...evidence, licence: ONLINE_SERVICE_LICENCE, source: LICENCE_ADVICE_SOURCES.guide }) };
}

/** The lines shown above the licence choices: permissive or reciprocal, in short, then why a licence is proposed. */
export function licenceAdviceLines(known: RawAnswers, lang: Lang): string[] {
  const reason = suggestedLicence(known).reason;
  return [msg('licenceAdvice.explain', { source: LICENCE_ADVICE_SOURCES.policy }), ...(reason ? [reason] : [])].map((line) => render(line, lang));
}
