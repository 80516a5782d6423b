import { LICENCE_POLICY_SOURCE, findAuthorisedLicence } from './licences.js';

/**
 * The licence advice of the State's policy, as typed data with its sources: which family to
 * consider first, when reciprocity is proposed, what it must be justified by, which licence a
 * repository that already ships GPL code can take.
 */

export const LICENCE_ADVICE_SOURCES = {
  /** DINUM's public policy: permissive licences first, Apache-2.0 by default; reciprocity when the general interest requires it. */
  policy: 'https://code.gouv.fr/fr/politique-publique/',
  /** The authorised list (art. D.323-2-1 CRPA, décret n° 2017-638). */
  authorised: LICENCE_POLICY_SOURCE,
  /**
   * Art. L.323-2 CRPA: a licence may restrict reuse only « pour des motifs d'intérêt général et
   * de façon proportionnée ». Reciprocity is such a restriction: its reason must be stated.
   */
  crpa: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033219014',
  /** Etalab's guide: the AGPL for software offered as an online service (its network clause). */
  guide: 'https://guides.etalab.gouv.fr/logiciels/',
  /** code.gouv.fr « Quelle licence ? »: documentation under Licence Ouverte 2.0. */
  documentation: 'https://code.gouv.fr/documentation/#quelle-licence',
} as const;

/** The licence the policy proposes for the software offered as an online service. */
export const ONLINE_SERVICE_LICENCE = 'AGPL-3.0-or-later';

/** The documentation's licence by default (code.gouv.fr « Quelle licence ? »: Licence Ouverte 2.0). */
export const DEFAULT_DOCUMENTATION_LICENCE = 'etalab-2.0';

export function isReciprocal(id: string): boolean {
  return findAuthorisedLicence(id)?.family === 'reciprocal';
}

/** Why the software is taken for an online service: the answer that says so. */
export type OnlineServiceEvidence = { key: 'softwareType'; value: 'standalone/web' } | { key: 'platforms'; value: 'web' };

const LIBRARY_TYPES = ['library', 'addon', 'configurationFiles'];

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[\s,]+/u) : []);

/**
 * Whether the answers the user (or the repository) gave make the software an online service.
 * Only answers known before the licence question count, never the defaults: `standalone/web`
 * and `[web]` are every project's defaults, and the policy's default stays Apache-2.0.
 * `softwareType: standalone/web` is a service by definition (publiccode.yml: « a web
 * application »); `platforms` holding `web` is one unless the software is a library, an add-on
 * or configuration files, which run inside another program and offer no service themselves.
 */
export function onlineServiceEvidence(known: { softwareType?: unknown; platforms?: unknown }): OnlineServiceEvidence | undefined {
  if (known.softwareType === 'standalone/web') return { key: 'softwareType', value: 'standalone/web' };
  if (LIBRARY_TYPES.includes(String(known.softwareType))) return undefined;
  return listOf(known.platforms).includes('web') ? { key: 'platforms', value: 'web' } : undefined;
}

/**
 * The authorised licence compatible with GPL code the repository already ships: the GPL v3 and
 * GPL v2-or-later combine under GPL-3.0-or-later, the AGPL v3 under AGPL-3.0-or-later (GNU's
 * compatibility list, https://www.gnu.org/licenses/license-list.html#GPLCompatibleLicenses).
 * The LGPL asks nothing of the code that uses it; GPL-2.0-only fits no authorised licence:
 * neither leads to a default.
 */
export function gplCompatibleLicence(id: string): string | undefined {
  const normalised = id.trim().toUpperCase();
  if (/^AGPL-?3/u.test(normalised)) return 'AGPL-3.0-or-later';
  if (/^GPL-?3/u.test(normalised) || /^GPL-?2(?:\.0)?(?:\+|-OR-LATER)$/u.test(normalised)) return 'GPL-3.0-or-later';
  return undefined;
}

/** The shortest reason that says something (« sécurité » or « TODO » say nothing). */
export const MIN_REASON_LENGTH = 20;

/** Words that mark an unfinished text. */
const PLACEHOLDER_WORDS = new Set(['todo', 'tbd', 'fixme', 'xxx', 'lorem', 'ipsum', 'placeholder']);
const PLACEHOLDER_PHRASES = ['a completer', 'a definir', 'a preciser', 'to be completed', 'to be defined', 'to do'];
/** Words that name the reason rather than give it (« motif d'intérêt général de la réciprocité »). */
const FILLER_WORDS = new Set(['raison', 'raisons', 'reason', 'reasons', 'motif', 'motifs', 'interet', 'general', 'generale', 'interest', 'reciprocite', 'reciprocity', 'de', 'd', 'l', 'la', 'le', 'les', 'du', 'des', 'the', 'of', 'for', 'pour', 'a', 'an', 'un', 'une', 'est', 'is']);

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Why a reciprocity reason is refused: `short`, `placeholder`, or undefined when it says something. */
export function reasonProblem(reason: string): 'short' | 'placeholder' | undefined {
  const text = folded(reason.trim());
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.some((word) => PLACEHOLDER_WORDS.has(word))) return 'placeholder';
  // « À définir », « Motif à compléter plus tard » are unfinished: the phrase opens the text (after
  // at most one word); « aider les collectivités à définir leurs politiques » is a reason.
  const opensWith = (phrase: string) => [0, 1].some((at) => `${words.slice(at).join(' ')} `.startsWith(`${phrase} `));
  if (PLACEHOLDER_PHRASES.some(opensWith)) return 'placeholder';
  if (reason.trim().length < MIN_REASON_LENGTH) return 'short';
  if (words.filter((word) => !FILLER_WORDS.has(word)).join(' ').length < MIN_REASON_LENGTH) return 'placeholder';
  return undefined;
}

/** The sentence codegouv wrote for every reciprocal licence before it asked for the reason: it names no reason. */
export const FORMER_GENERIC_SENTENCES = [
  'La politique de contribution de l\'État réserve ce choix aux cas où l\'intérêt général l\'exige',
  'The French State\'s contribution policy keeps this choice for cases where the general interest requires it',
] as const;

/** How the README introduces the reason, in each language (the README's Licence section; `check` and the inference read it). */
export const REASON_LABELS = {
  fr: 'Motif d\'intérêt général de la réciprocité',
  en: 'Reason of general interest for reciprocity',
} as const;
