import { hasTexts, localisedTexts } from '../answers/localised.js';
import type { Answers } from '../answers/types.js';

/**
 * publiccode.yml (standard v0.7) from the answers, with French conventions: the primary
 * language's description first, `intendedAudience.countries: [FR]`, the administration as
 * organisation and main copyright owner. Only standard, non-deprecated keys are written.
 */
export function buildPubliccode(answers: Answers): Record<string, unknown> {
  const data: Record<string, unknown> = {
    publiccodeYmlVersion: '0',
    name: answers.title || answers.projectName,
    url: answers.repositoryUrl,
    platforms: answers.platforms,
    developmentStatus: answers.developmentStatus,
    softwareType: answers.softwareType,
  };
  if (answers.administrationUri) {
    data.organisation = { uri: answers.administrationUri, name: answers.administration };
  }
  if (answers.categories.length > 0) data.categories = answers.categories;
  data.intendedAudience = { countries: ['FR'], ...(answers.scope.length > 0 ? { scope: answers.scope } : {}) };
  if (answers.supports.length > 0) data.supports = answers.supports.map((id) => ({ id }));
  const description: Record<string, unknown> = {};
  for (const lang of answers.languages.filter((candidate) => hasTexts(answers, candidate))) {
    const texts = localisedTexts(answers, lang);
    description[lang] = {
      ...(answers.title && answers.title !== answers.projectName ? { localisedName: answers.title } : {}),
      shortDescription: texts.description,
      longDescription: texts.longDescription ?? '',
      features: texts.features,
    };
  }
  data.description = description;
  data.legal = { license: answers.licence, mainCopyrightOwner: answers.administration };
  data.maintenance = buildMaintenance(answers);
  data.localisation = { localisationReady: false, availableLanguages: answers.languages };
  return data;
}

function buildMaintenance(answers: Answers): Record<string, unknown> {
  if (answers.maintenanceType === 'none') return { type: 'none' };
  const contacts = [{ name: answers.contactName, email: answers.contactEmail, affiliation: answers.administration }];
  // Under a contract the administration's contact stays: contracts end, the administration answers for the software.
  if (answers.maintenanceType === 'contract') {
    return { type: 'contract', contractors: answers.contractors.map((contractor) => ({ ...contractor })), contacts };
  }
  return { type: answers.maintenanceType, contacts };
}
