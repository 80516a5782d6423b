/**
 * Addresses that cannot be a project's contact. The policy asks for a professional address and
 * calls generic or anonymous ones « à proscrire » (ouverture.md, « Adresses électroniques »:
 * https://github.com/DISIC/politique-de-contribution-open-source/blob/master/ouverture.md); a
 * no-reply address receives nothing, and a personal webmail is not the administration's.
 */

/** Where the policy asks for professional addresses and rules out generic public ones (« Adresses électroniques »). */
export const PROFESSIONAL_ADDRESS_SOURCE = 'https://github.com/DISIC/politique-de-contribution-open-source/blob/master/ouverture.md';

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

/**
 * Words of an address's local part that name a function, not a person: such an address keeps
 * working when people leave, which is what a security or code-of-conduct contact must do (the
 * SECURITY.md codegouv writes asks for « l'adresse dédiée »; the policy asks contributors to
 * commit with their individual address, « prenom.nom@ministere.gouv.fr », so the git identity is
 * a person's: https://github.com/DISIC/politique-de-contribution-open-source/blob/master/ouverture.md).
 * Compared without accents and case, to each word of the local part (`.`, `-`, `_` separate
 * words) and to each pair of adjacent words joined (`logiciels-libres`).
 */
interface RoleWords {
  words: readonly string[];
  reason: string;
}

const ROLE_WORDS: readonly RoleWords[] = [
  { words: ['contact', 'contacts'], reason: 'a contact box, read by whoever answers for the project' },
  { words: ['securite', 'security', 'secu', 'ssi', 'rssi', 'cert', 'csirt', 'psirt', 'soc', 'vulnerabilites', 'vulnerabilities', 'vuln'], reason: 'the security team or officer' },
  { words: ['dev', 'devs', 'developpement', 'developpeurs', 'developers', 'tech', 'technique'], reason: 'the development team' },
  { words: ['opensource', 'oss', 'logicielslibres', 'logiciellibre', 'libre'], reason: 'an open source mission or office' },
  { words: ['support', 'assistance', 'helpdesk', 'help', 'aide'], reason: 'a support desk' },
  { words: ['equipe', 'team', 'projet', 'project', 'mainteneurs', 'maintainers', 'maintenance'], reason: 'a team or project mailbox' },
  { words: ['conduite', 'conduct', 'moderation', 'ethique'], reason: 'community moderation' },
  // « BAL » (boîte aux lettres) fonctionnelle: how French administrations name a shared mailbox.
  { words: ['bal', 'balf'], reason: 'a functional mailbox (BAL)' },
  { words: ['info', 'infos', 'webmaster', 'admin', 'secretariat', 'accueil'], reason: 'a service mailbox' },
];

const ROLE_WORD_SET: ReadonlySet<string> = new Set(ROLE_WORDS.flatMap((group) => group.words));

/** Whether the address names a function (`securite@…`, `equipe.dev@…`, `bal-dnum@…`) rather than a person. */
export function isRoleAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  // A sub-address (`jean.dupont+security@`) reaches the same person's mailbox.
  const local = (at < 0 ? address : address.slice(0, at)).split('+')[0] ?? '';
  const words = local.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[._-]/u).filter((word) => word !== '');
  return words.some((word, index) => ROLE_WORD_SET.has(word) || ROLE_WORD_SET.has(word + (words[index + 1] ?? '')));
}

/** Why a security address is not one to publish: unusable, or a person's (`prenom.nom@…`). */
type SecurityAddressConcern = UnusableContact | 'personal';

/**
 * A security report must reach the administration whoever is on duty: an address that receives
 * nothing, a public webmail or a person's address (`prenom.nom@…`: two or more words of letters,
 * none of them a role word) does not. A single word (`dnum@…`) is not judged: it often names a
 * service.
 */
export function securityAddressConcern(address: string): SecurityAddressConcern | undefined {
  const unusable = unusableContact(address);
  if (unusable) return unusable;
  if (isRoleAddress(address)) return undefined;
  const local = address.slice(0, Math.max(0, address.lastIndexOf('@'))).split('+')[0] ?? '';
  const words = local.split(/[._-]/u);
  return words.length >= 2 && words.every((word) => /^\p{L}+$/u.test(word)) ? 'personal' : undefined;
}

/** The domain of an address, for the message that names a webmail. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
