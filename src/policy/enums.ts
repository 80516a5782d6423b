/**
 * Enumerations of the publiccode.yml standard v0.7 used as answers
 * (https://github.com/publiccodeyml/publiccode.yml, docs/standard/schema.core.rst) and the
 * openness levels of code.gouv.fr (https://code.gouv.fr/documentation/#quels-degres-douverture-pour-les-codes-sources).
 */

export const DEVELOPMENT_STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'] as const;
export type DevelopmentStatus = (typeof DEVELOPMENT_STATUSES)[number];

export const SOFTWARE_TYPES = [
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
] as const;
export type SoftwareType = (typeof SOFTWARE_TYPES)[number];

export const MAINTENANCE_TYPES = ['internal', 'contract', 'community', 'none'] as const;
export type MaintenanceType = (typeof MAINTENANCE_TYPES)[number];

/** The standard suggests these values and allows others. */
export const SUGGESTED_PLATFORMS = ['web', 'windows', 'mac', 'linux', 'ios', 'android'] as const;

export const FORGES = ['github', 'gitlab', 'other'] as const;
export type Forge = (typeof FORGES)[number];

export const OPENNESS_LEVELS = ['contributif', 'ouvert', 'publie'] as const;
export type Openness = (typeof OPENNESS_LEVELS)[number];

/** README badges of code.gouv.fr's openness levels (A, B, C). */
export const OPENNESS_BADGES: Readonly<Record<Openness, { label: string; url: string }>> = {
  contributif: { label: 'contributif', url: 'https://img.shields.io/badge/code.gouv.fr-contributif-blue.svg' },
  ouvert: { label: 'ouvert', url: 'https://img.shields.io/badge/code.gouv.fr-ouvert-mediumseagreen.svg' },
  publie: { label: 'publié', url: 'https://img.shields.io/badge/code.gouv.fr-publi%C3%A9-orange.svg' },
};
export const OPENNESS_DOC_URL = 'https://code.gouv.fr/documentation/#quels-degres-douverture-pour-les-codes-sources';

/** The document languages, the first one being the main language; `[fr]` is the default, whatever `--lang` (the interface language). Without French, French user documentation is a SHOULD that check reports (D1). */
export const LANGUAGE_SETS = [['fr'], ['fr', 'en'], ['en', 'fr'], ['en']] as const;
/** The interface languages (`--lang`); French first. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
