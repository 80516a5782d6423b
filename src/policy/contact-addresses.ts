/**
 * Addresses that cannot be a project's contact. The policy asks for a professional address and
 * calls generic or anonymous ones « à proscrire » (ouverture.md, « Adresses électroniques »:
 * https://github.com/DISIC/politique-de-contribution-open-source/blob/master/ouverture.md); a
 * no-reply address receives nothing, and a personal webmail is not the administration's.
 */

/** Forge and mail no-reply forms (GitHub's `…@users.noreply.github.com`, GitLab's `…@noreply.gitlab.com`). */
const NO_REPLY = ['noreply', 'no-reply', 'no_reply', 'donotreply', 'do-not-reply', 'ne-pas-repondre', 'nepasrepondre'];

/** Public webmail domains common in France. */
const WEBMAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.fr', 'hotmail.com', 'hotmail.fr', 'outlook.com', 'outlook.fr', 'live.com', 'live.fr',
  'msn.com', 'icloud.com', 'me.com', 'aol.com', 'laposte.net', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr', 'bbox.fr',
  'numericable.fr', 'protonmail.com', 'proton.me', 'pm.me', 'gmx.fr', 'gmx.com', 'gmx.net', 'yandex.com', 'tutanota.com', 'mailo.com',
]);

export type UnusableContact = 'no-reply' | 'webmail' | 'local';

/** Why an address cannot be a project's contact, or undefined when it can. */
export function unusableContact(address: string): UnusableContact | undefined {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  const domain = at < 0 ? '' : lower.slice(at + 1);
  if (NO_REPLY.some((form) => lower.includes(form))) return 'no-reply';
  if (domain === '' || domain === 'localhost' || domain.endsWith('.local') || domain.endsWith('.localdomain') || !domain.includes('.')) return 'local';
  if (WEBMAIL_DOMAINS.has(domain)) return 'webmail';
  return undefined;
}
