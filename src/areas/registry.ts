import { ANSWER_KEYS } from '../answers/keys.js';
import type { AnswerKey } from '../answers/types.js';

/** Governance areas (design §3); each is also a sub-generator of the same name. */
export const AREAS = ['licence', 'readme', 'contributing', 'code-of-conduct', 'dco', 'security', 'publiccode'] as const;
export type Area = (typeof AREAS)[number];

/** Keys every area needs: the rights holder, the year and the licences in file headers. */
const HEADER_KEYS: readonly AnswerKey[] = ['administration', 'licence', 'docsLicence', 'year', 'languages'];

const AREA_KEYS: Readonly<Record<Area, readonly AnswerKey[]>> = {
  licence: ['projectName', 'description'],
  readme: [
    'descriptionEn', 'descriptionFr', 'projectName', 'title', 'description', 'administrationUri', 'repositoryUrl', 'forge', 'contactName',
    'contactEmail', 'securityEmail', 'developmentStatus', 'openness',
  ],
  contributing: ['projectName', 'title', 'repositoryUrl', 'forge', 'contactEmail', 'securityEmail'],
  'code-of-conduct': ['contactEmail', 'conductEmail'],
  dco: ['repositoryUrl', 'forge', 'signoffHook', 'ci'],
  security: ['projectName', 'title', 'contactEmail', 'securityEmail'],
  publiccode: [
    'projectName', 'title', 'description', 'longDescription', 'features', 'administrationUri', 'repositoryUrl',
    'forge', 'contactName', 'contactEmail', 'developmentStatus', 'softwareType', 'platforms', 'maintenanceType',
    'contractors', 'codemeta', 'categories', 'scope', 'supports', 'descriptionEn', 'longDescriptionEn', 'featuresEn',
    'descriptionFr', 'longDescriptionFr', 'featuresFr',
  ],
};

/** The answer keys a run of these areas needs, in the order they are asked. */
export function keysForAreas(areas: readonly Area[]): AnswerKey[] {
  const wanted = new Set<AnswerKey>([...HEADER_KEYS, ...areas.flatMap((area) => AREA_KEYS[area])]);
  return ANSWER_KEYS.filter((key) => wanted.has(key));
}



export function isArea(name: string): name is Area {
  return (AREAS as readonly string[]).includes(name);
}
