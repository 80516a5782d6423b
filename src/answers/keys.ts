import type { AnswerKey } from './types.js';

/** Every answer key of design §4, in the order they are asked. */
export const ANSWER_KEYS: readonly AnswerKey[] = [
  'administration', 'administrationUri', 'projectName', 'title', 'description', 'longDescription', 'features',
  'categories', 'scope', 'licence', 'docsLicence', 'repositoryUrl', 'forge', 'contactName', 'contactEmail',
  'securityEmail', 'conductEmail', 'developmentStatus', 'softwareType', 'platforms', 'maintenanceType',
  'contractors', 'languages', 'descriptionEn', 'longDescriptionEn', 'featuresEn', 'descriptionFr',
  'longDescriptionFr', 'featuresFr', 'year', 'openness', 'signoffHook', 'codemeta', 'supports', 'ci',
];

/** Written only when asked for by a flag, an answers file or a preset; never prompted. */
export const UNPROMPTED_KEYS: readonly AnswerKey[] = ['supports', 'ci'];

/** The secondary-language texts, by language. */
export const TRANSLATION_KEYS = {
  en: { description: 'descriptionEn', longDescription: 'longDescriptionEn', features: 'featuresEn' },
  fr: { description: 'descriptionFr', longDescription: 'longDescriptionFr', features: 'featuresFr' },
} as const;

export const BOOLEAN_KEYS: readonly AnswerKey[] = ['signoffHook', 'codemeta', 'ci'];

/** Keys an organisation preset may set (design §7). */
export const PRESET_KEYS: readonly AnswerKey[] = [
  'administration', 'administrationUri', 'contactName', 'contactEmail', 'securityEmail', 'conductEmail', 'forge',
  'licence', 'docsLicence', 'languages', 'openness', 'maintenanceType', 'ci',
];

export function isAnswerKey(key: string): key is AnswerKey {
  return (ANSWER_KEYS as readonly string[]).includes(key);
}
