import type { Answers } from '../answers/types.js';

/** CodeMeta 3.0 context, the one Software Heritage's indexer reads. */
export const CODEMETA_CONTEXT = 'https://w3id.org/codemeta/3.0';

/** codemeta.json through the publiccode ↔ codemeta crosswalk (codemeta/codemeta crosswalks/publiccode.csv). */
export function buildCodemeta(answers: Answers): Record<string, unknown> {
  return {
    '@context': CODEMETA_CONTEXT,
    '@type': 'SoftwareSourceCode',
    name: answers.title || answers.projectName,
    description: answers.longDescription ?? answers.description,
    codeRepository: answers.repositoryUrl,
    license: `https://spdx.org/licenses/${answers.licence}`,
    copyrightHolder: { '@type': 'Organization', name: answers.administration, ...(answers.administrationUri ? { '@id': answers.administrationUri } : {}) },
    developmentStatus: answers.developmentStatus,
    operatingSystem: answers.platforms,
    keywords: answers.features,
    copyrightYear: answers.year,
    maintainer: answers.maintenanceType === 'contract'
      ? answers.contractors.map((contractor) => ({ '@type': 'Organization', name: contractor.name, ...(contractor.email ? { email: contractor.email } : {}) }))
      : [{ '@type': 'Person', name: answers.contactName, email: answers.contactEmail }],
  };
}
