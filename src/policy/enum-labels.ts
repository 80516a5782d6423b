import type { DevelopmentStatus, Forge, Lang, MaintenanceType, Openness, SoftwareType } from './enums.js';
import type { LANGUAGE_SETS, SUGGESTED_PLATFORMS } from './enums.js';

/**
 * What each enumerated answer means, in words of the interface language: a prompt shows
 * « label (value) », `--help` lists the values. The value alone is what is stored and written.
 *
 * Sources: the publiccode.yml standard's definitions of `developmentStatus`, `softwareType`,
 * `platforms` and `maintenance.type` (https://yml.publiccode.tools/schema.core.html); the
 * openness levels of code.gouv.fr
 * (https://code.gouv.fr/documentation/#quels-degres-douverture-pour-les-codes-sources).
 * The French wording is ours.
 */

export type Labels<V extends string> = Readonly<Record<V, Readonly<Record<Lang, string>>>>;

export const DEVELOPMENT_STATUS_LABELS: Labels<DevelopmentStatus> = {
  concept: { fr: 'Idée ou projet, pas encore de code utilisable', en: 'Concept or plan, no usable code yet' },
  development: { fr: 'En développement', en: 'In development' },
  beta: { fr: 'En test (alpha ou bêta)', en: 'Being tested (alpha or beta)' },
  stable: { fr: 'Stable, en production', en: 'Stable, in production' },
  obsolete: { fr: 'Obsolète, plus maintenu', en: 'Obsolete, no longer maintained' },
};

export const SOFTWARE_TYPE_LABELS: Labels<SoftwareType> = {
  'standalone/mobile': { fr: 'Application mobile autonome', en: 'Standalone mobile app' },
  'standalone/iot': { fr: 'Application autonome pour objets connectés', en: 'Standalone Internet of Things software' },
  'standalone/desktop': { fr: 'Application de bureau autonome', en: 'Standalone desktop application' },
  'standalone/web': { fr: 'Application web autonome', en: 'Standalone web application' },
  'standalone/backend': { fr: 'Application serveur autonome', en: 'Standalone backend application' },
  'standalone/other': { fr: 'Autre application autonome', en: 'Other standalone software' },
  addon: { fr: 'Extension d\'un autre logiciel (greffon, thème)', en: 'Addon to another software (plugin, theme)' },
  library: { fr: 'Bibliothèque ou kit de développement', en: 'Library or SDK' },
  configurationFiles: { fr: 'Fichiers de configuration ou de déploiement', en: 'Configuration or deployment files' },
};

export const MAINTENANCE_TYPE_LABELS: Labels<MaintenanceType> = {
  internal: { fr: 'Maintenance interne', en: 'Internal maintenance' },
  contract: { fr: 'Maintenance sous contrat', en: 'Maintenance under contract' },
  community: { fr: 'Maintenance par une communauté', en: 'Community maintenance' },
  none: { fr: 'Aucune maintenance active', en: 'Not actively maintained' },
};

export const PLATFORM_LABELS: Labels<(typeof SUGGESTED_PLATFORMS)[number]> = {
  web: { fr: 'Web, dans un navigateur', en: 'Web, in a browser' },
  windows: { fr: 'Windows', en: 'Windows' },
  mac: { fr: 'macOS', en: 'macOS' },
  linux: { fr: 'Linux', en: 'Linux' },
  ios: { fr: 'iOS, iPhone et iPad', en: 'iOS, iPhone and iPad' },
  android: { fr: 'Android', en: 'Android' },
};

export const FORGE_LABELS: Labels<Forge> = {
  github: { fr: 'GitHub', en: 'GitHub' },
  gitlab: { fr: 'GitLab, gitlab.com ou une autre instance', en: 'GitLab, gitlab.com or another instance' },
  other: { fr: 'Autre forge', en: 'Another forge' },
};

export const OPENNESS_LABELS: Labels<Openness> = {
  contributif: { fr: 'Contributif : contributions attendues, communauté animée', en: 'Contributive: contributions welcome, community led' },
  ouvert: { fr: 'Ouvert : contributions acceptées, code maintenu', en: 'Open: contributions accepted, code maintained' },
  publie: { fr: 'Publié : code publié, sans engagement de suivi', en: 'Published: code published, no commitment to follow-up' },
};

type LanguageSet = (typeof LANGUAGE_SETS)[number];
type Joined<S extends readonly string[]> = S extends readonly [infer A extends string] ? A : S extends readonly [infer A extends string, infer B extends string] ? `${A},${B}` : never;

/** The document languages (not the interface's), the first one being the main language. */
export const DOCUMENT_LANGUAGE_LABELS: Labels<Joined<LanguageSet>> = {
  fr: { fr: 'Français', en: 'French' },
  'fr,en': { fr: 'Français, avec une version anglaise', en: 'French, with an English version' },
  'en,fr': { fr: 'Anglais, avec une version française', en: 'English, with a French version' },
  en: { fr: 'Anglais seulement', en: 'English only' },
};
