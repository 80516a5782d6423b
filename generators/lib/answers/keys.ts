import type { AnswerKey } from './types.js';

/** Every answer key of design §4, in the order they are asked. */
export const ANSWER_KEYS: readonly AnswerKey[] = [
  'administration', 'administrationUri', 'projectName', 'title', 'description', 'longDescription', 'features',
  'licence', 'docsLicence', 'repositoryUrl', 'forge', 'contactName', 'contactEmail', 'securityEmail',
  'conductEmail', 'developmentStatus', 'softwareType', 'platforms', 'maintenanceType', 'contractors', 'languages',
  'year', 'openness', 'signoffHook', 'codemeta',
];

export const BOOLEAN_KEYS: readonly AnswerKey[] = ['signoffHook', 'codemeta'];

/** Keys an organisation preset may set (design §7). */
export const PRESET_KEYS: readonly AnswerKey[] = [
  'administration', 'administrationUri', 'contactName', 'contactEmail', 'securityEmail', 'conductEmail', 'forge',
  'licence', 'docsLicence', 'languages', 'openness', 'maintenanceType',
];

export function isAnswerKey(key: string): key is AnswerKey {
  return (ANSWER_KEYS as readonly string[]).includes(key);
}
