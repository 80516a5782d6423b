import type { Lang } from '../../policy/enums.js';

/**
 * A label in French and in English for each of the 24 `intendedAudience.scope` values (domains
 * of public policy), so that a prompt shows words and a search finds « santé » or « éducation ».
 *
 * Source of the values: the publiccode.yml standard's scope list
 * (https://yml.publiccode.tools/scope-list.html). The standard gives the values only: the
 * English labels spell them out, the French labels are our translation (not an official one).
 */
export const SCOPES_SOURCE = 'https://yml.publiccode.tools/scope-list.html';

export const SCOPE_LABELS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  agriculture: { fr: 'Agriculture, alimentation, forêt', en: 'Agriculture, food, forestry' },
  culture: { fr: 'Culture', en: 'Culture' },
  defence: { fr: 'Défense', en: 'Defence' },
  education: { fr: 'Éducation, enseignement', en: 'Education' },
  'emergency-services': { fr: 'Secours et services d\'urgence', en: 'Emergency services' },
  employment: { fr: 'Emploi, travail', en: 'Employment' },
  energy: { fr: 'Énergie', en: 'Energy' },
  environment: { fr: 'Environnement', en: 'Environment' },
  'finance-and-economic-development': { fr: 'Finances et développement économique', en: 'Finance and economic development' },
  'foreign-affairs': { fr: 'Affaires étrangères', en: 'Foreign affairs' },
  government: { fr: 'Gouvernement, administration', en: 'Government' },
  healthcare: { fr: 'Santé', en: 'Healthcare' },
  infrastructures: { fr: 'Infrastructures, équipement', en: 'Infrastructures' },
  justice: { fr: 'Justice', en: 'Justice' },
  'local-authorities': { fr: 'Collectivités territoriales', en: 'Local authorities' },
  manufacturing: { fr: 'Industrie', en: 'Manufacturing' },
  research: { fr: 'Recherche', en: 'Research' },
  'science-and-technology': { fr: 'Sciences et technologies', en: 'Science and technology' },
  security: { fr: 'Sécurité publique', en: 'Security' },
  society: { fr: 'Société, vie associative', en: 'Society' },
  sport: { fr: 'Sport', en: 'Sport' },
  tourism: { fr: 'Tourisme', en: 'Tourism' },
  transportation: { fr: 'Transports, mobilités', en: 'Transportation' },
  welfare: { fr: 'Solidarités, protection sociale', en: 'Welfare, social protection' },
};
