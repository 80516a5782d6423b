import type { smalls as fr } from '../fr/smalls.js';

/** The security and code-of-conduct contacts: dedicated addresses, never a person's by default. */
export const smalls = {
  'smalls.contact.security': 'the security contact',
  'smalls.contact.conduct': 'the code of conduct contact',
  'smalls.individualContact': ({ contact, address, source, flag }: { contact: string; address: string; source: string; flag: string }) =>
    `${contact} is not inferred: the only address found, ${address} (${source}), is a person's. Give a dedicated address that stays valid when people change (a team or a function: security@…, contact@…) with ${flag}`,
} satisfies typeof fr;
