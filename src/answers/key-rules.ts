import type { AnswerKey } from './types.js';

/**
 * The rule of each answer key, in words, for the README's key table (generated from the registry).
 * French only, like the README: documentation, not interface text.
 */
export const ANSWER_RULES_FR: Readonly<Record<AnswerKey, string>> = {
  administration: 'titulaire des droits, recopié tel quel (apostrophes, accents, `&`)',
  administrationUri: 'adresse https de l\'administration, de préférence sa fiche lannuaire.service-public.fr',
  projectName: 'nom du dépôt : minuscules, chiffres, `.`, `_`, `-`',
  title: 'nom affiché ; `projectName` par défaut',
  description: 'une phrase, 150 caractères (graphèmes) au plus',
  longDescription: '150 à 10 000 caractères',
  features: 'au moins une fonctionnalité',
  categories: 'catégories publiccode.yml, parmi les 106 du standard (recherche au clavier en mode interactif)',
  scope: 'domaines d\'action publique, parmi les 24 du standard',
  licence: 'l\'une des 13 licences autorisées (ci-dessous)',
  reciprocityReason: 'motif d\'intérêt général de la réciprocité (art. L.323-2 CRPA), 20 caractères au moins, écrit dans la section Licence du README ; obligatoire quand cette exécution choisit une licence à réciprocité (déduit du README qui le donne déjà) ; pour une licence déjà en place, la règle L3 le demande',
  docsLicence: '`etalab-2.0` (défaut, Licence Ouverte 2.0) ou la licence du code',
  repositoryUrl: 'adresse https publique du dépôt ; une adresse ssh (`git@…`) est convertie',
  forge: '`github`, `gitlab` ou `other`, déduit de `repositoryUrl`',
  contactName: 'contact de maintenance (personne ou boîte d\'équipe)',
  contactEmail: 'adresse du contact de maintenance',
  securityEmail: 'adresse dédiée ; `contactEmail` par défaut, sauf l\'adresse personnelle de `git config user.email` (demandée alors, obligatoire avec `--yes`)',
  conductEmail: 'adresse dédiée ; `contactEmail` par défaut, sauf l\'adresse personnelle de `git config user.email` (demandée alors, obligatoire avec `--yes`)',
  developmentStatus: '`concept`, `development` (défaut), `beta`, `stable`, `obsolete`',
  softwareType: 'valeurs de publiccode.yml ; `standalone/web` par défaut',
  platforms: '`[web]` par défaut',
  maintenanceType: '`internal` (défaut), `contract`, `community`, `none`',
  contractors: 'liste de `{name, until: AAAA-MM-JJ, email?, website?}` ; obligatoire avec `maintenanceType: contract`, refusée sinon',
  languages: 'langues des documents : `[fr]` (défaut, quelle que soit `--lang`, langue de l\'interface), `[fr, en]`, `[en, fr]` ou `[en]` ; la première est la langue principale',
  descriptionEn: '`description` en anglais, quand l\'anglais est langue secondaire',
  longDescriptionEn: '`longDescription` en anglais, quand l\'anglais est langue secondaire',
  featuresEn: '`features` en anglais, quand l\'anglais est langue secondaire',
  descriptionFr: '`description` en français, quand le français est langue secondaire',
  longDescriptionFr: '`longDescription` en français, quand le français est langue secondaire',
  featuresFr: '`features` en français, quand le français est langue secondaire',
  year: 'année du copyright ; l\'année en cours par défaut',
  openness: 'badge code.gouv.fr : `contributif`, `ouvert` (défaut), `publie`',
  signoffHook: 'installer le crochet local de signature des commits (`false` par défaut)',
  codemeta: 'écrire aussi `codemeta.json` (`false` par défaut)',
  supports: 'réglementations prises en charge (`alias:gdpr`, `alias:eidas`… ou une URI) ; écrit seulement si donné',
  ci: 'écrire aussi l\'intégration continue de conformité (`false` par défaut)',
};
