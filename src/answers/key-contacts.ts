import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { flagOf } from './flags.js';
import { securityAddressConcern } from '../policy/contact-addresses.js';
import type { AnswerKey, RawAnswers } from './types.js';

/**
 * An individual's address the repository gave (the git identity, `user.email`): it may be the
 * maintainer contact (publiccode.yml `maintenance.contacts` names people), never silently the
 * security or code-of-conduct contact, which must outlive the person (policy/contact-addresses.ts).
 * Only inference records it, beside the answers and under a name no answer key has: flags,
 * answers files, presets and .yo-rc.json take answer keys only.
 */
export interface IndividualAddress {
  address: string;
  /** Where it was read, as the run's summary says it. */
  source: string;
}

const INDIVIDUAL = 'individualAddress';

/** The contacts that must be dedicated addresses, and how messages name each. */
const DEDICATED: Partial<Record<AnswerKey, 'security' | 'conduct'>> = { securityEmail: 'security', conductEmail: 'conduct' };

export function recordIndividualAddress(raw: RawAnswers, individual: IndividualAddress): void {
  (raw as Record<string, unknown>)[INDIVIDUAL] = individual;
}

function individualAddressOf(raw: RawAnswers): IndividualAddress | undefined {
  const value = (raw as Record<string, unknown>)[INDIVIDUAL];
  return typeof value === 'object' && value !== null && typeof (value as IndividualAddress).address === 'string' ? (value as IndividualAddress) : undefined;
}

/**
 * When a dedicated contact nobody gave would default to the individual's address the
 * repository gave, or to a maintainer contact that is a person's address: why it is not taken,
 * naming the option to give instead. A user who types
 * that address (a flag, a file, the prompt) gives it: it is then theirs to decide.
 */
export function individualDefault(raw: RawAnswers, key: AnswerKey, fallback: unknown, stored: ReadonlySet<AnswerKey>): Message | undefined {
  const contact = DEDICATED[key];
  if (contact === undefined || typeof fallback !== 'string') return undefined;
  const individual = individualAddressOf(raw);
  const said = (source: string) => msg('smalls.individualContact', { contact: msg(`smalls.contact.${contact}`), address: fallback, source, flag: flagOf(key) });
  if (individual !== undefined && fallback === individual.address) return said(individual.source);
  // The maintainer contact given as a person's address (prenom.nom@…, a personal webmail): not silently the dedicated one either.
  // A contact an earlier run already followed (stored) stays followed: that run's decision.
  const concern = stored.has('contactEmail') ? undefined : securityAddressConcern(fallback);
  if (concern === 'personal' || concern === 'webmail') return said(flagOf('contactEmail'));
  return undefined;
}
