import type { Lang } from './enums.js';

/**
 * Licences a French administration may attach to the source code it publishes.
 *
 * Source: the list kept on data.gouv.fr under article D.323-2-1 of the Code des relations entre
 * le public et l'administration (décret n° 2017-638, amended by décret n° 2021-1559, which added
 * EUPL and EPL): https://www.data.gouv.fr/fr/pages/legal/licences/
 * Default and order of choice: « Politique de contribution de l'État aux logiciels libres »
 * (DINSIC 2018), pratique.md « Aide au choix de la licence » and ouverture.md.
 */

type LicenceFamily = 'permissive' | 'reciprocal';

export interface AuthorisedLicence {
  /** SPDX identifier, exact case. */
  readonly id: string;
  readonly name: string;
  /**
   * How a French sentence names it, with its article (« publié sous la licence MIT »): the
   * official French text's title where there is one (EUPL 1.2, https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12;
   * CeCILL, written in French, https://cecill.info/licences.fr.html), else the name in use.
   */
  readonly nameFr: string;
  readonly family: LicenceFamily;
  /** Whether GitHub and GitLab (licensee) recognise the licence text. */
  readonly forgeDetectable: boolean;
}

export const AUTHORISED_LICENCES: readonly AuthorisedLicence[] = [
  { id: 'Apache-2.0', name: 'Apache License 2.0', nameFr: 'la licence Apache 2.0', family: 'permissive', forgeDetectable: true },
  { id: 'BSD-2-Clause', name: 'BSD 2-Clause "Simplified" License', nameFr: 'la licence BSD à 2 clauses', family: 'permissive', forgeDetectable: true },
  { id: 'BSD-3-Clause', name: 'BSD 3-Clause "New" or "Revised" License', nameFr: 'la licence BSD à 3 clauses', family: 'permissive', forgeDetectable: true },
  { id: 'CECILL-B', name: 'CeCILL-B Free Software License Agreement', nameFr: 'le contrat de licence de logiciel libre CeCILL-B', family: 'permissive', forgeDetectable: false },
  { id: 'MIT', name: 'MIT License', nameFr: 'la licence MIT', family: 'permissive', forgeDetectable: true },
  { id: 'CECILL-2.1', name: 'CeCILL Free Software License Agreement v2.1', nameFr: 'le contrat de licence de logiciel libre CeCILL 2.1', family: 'reciprocal', forgeDetectable: false },
  { id: 'CECILL-C', name: 'CeCILL-C Free Software License Agreement', nameFr: 'le contrat de licence de logiciel libre CeCILL-C', family: 'reciprocal', forgeDetectable: false },
  { id: 'GPL-3.0-or-later', name: 'GNU General Public License v3.0 or later', nameFr: 'la licence publique générale GNU (GPL) version 3 ou ultérieure', family: 'reciprocal', forgeDetectable: true },
  { id: 'LGPL-3.0-or-later', name: 'GNU Lesser General Public License v3.0 or later', nameFr: 'la licence publique générale limitée GNU (LGPL) version 3 ou ultérieure', family: 'reciprocal', forgeDetectable: true },
  { id: 'AGPL-3.0-or-later', name: 'GNU Affero General Public License v3.0 or later', nameFr: 'la licence publique générale GNU Affero (AGPL) version 3 ou ultérieure', family: 'reciprocal', forgeDetectable: true },
  { id: 'MPL-2.0', name: 'Mozilla Public License 2.0', nameFr: 'la licence publique Mozilla (MPL) 2.0', family: 'reciprocal', forgeDetectable: true },
  { id: 'EPL-2.0', name: 'Eclipse Public License 2.0', nameFr: 'la licence publique Eclipse (EPL) 2.0', family: 'reciprocal', forgeDetectable: true },
  { id: 'EUPL-1.2', name: 'European Union Public License 1.2', nameFr: 'la licence publique de l\'Union européenne (EUPL) 1.2', family: 'reciprocal', forgeDetectable: true },
];

/**
 * GNU v3 licences granted for version 3 only (SPDX `-only`): the same licence texts as the
 * `-or-later` entries above, without the licensor's option to follow later versions (GPLv3 §14,
 * https://www.gnu.org/licenses/gpl-3.0.html#section14). Authorised the same way everywhere
 * (answers, `check`, publiccode.yml): the decree's list names the licence, and code.gouv.fr lists
 * AGPL-3.0-only among licences for publishing public code
 * (https://github.com/codegouvfr/codegouvfr-website/blob/main/content/fr/documentation/licences-libres-dinum.md).
 * New projects are offered the `-or-later` ids of data.gouv.fr; an existing project that says
 * « version 3 » only, or gives the bare text, keeps `-only` (SPDX reads a bare `GPL-3.0` so).
 */
export const VERSION_3_ONLY: readonly AuthorisedLicence[] = [
  { id: 'GPL-3.0-only', name: 'GNU General Public License v3.0 only', nameFr: 'la licence publique générale GNU (GPL) version 3 seulement', family: 'reciprocal', forgeDetectable: true },
  { id: 'LGPL-3.0-only', name: 'GNU Lesser General Public License v3.0 only', nameFr: 'la licence publique générale limitée GNU (LGPL) version 3 seulement', family: 'reciprocal', forgeDetectable: true },
  { id: 'AGPL-3.0-only', name: 'GNU Affero General Public License v3.0 only', nameFr: 'la licence publique générale GNU Affero (AGPL) version 3 seulement', family: 'reciprocal', forgeDetectable: true },
];

/** Whether the licence is granted for version 3 only or for later versions too. */
export type GnuGrant = 'only' | 'or-later';

/** The `-or-later` id with the same text (GPL-3.0-only → GPL-3.0-or-later); other ids unchanged. */
export function textIdOf(id: string): string {
  return id.endsWith('-3.0-only') && VERSION_3_ONLY.some((licence) => licence.id === id) ? id.replace(/-only$/u, '-or-later') : id;
}

/** A GNU v3 text's id with the grant the repository gives it; other ids unchanged. */
export function withGrant(id: string, grant: GnuGrant): string {
  const textId = textIdOf(id);
  return grant === 'only' && VERSION_3_ONLY.some((licence) => textIdOf(licence.id) === textId) ? textId.replace(/-or-later$/u, '-only') : textId;
}

/** The policy's named default: « Les licences recommandées par défaut sont : Apache 2.0 … ». */
export const DEFAULT_LICENCE = 'Apache-2.0';

/**
 * Licences for documentation and data (same data.gouv.fr page). The policy publishes
 * documentation under Licence Ouverte 2.0 (pratique.md « Bonnes pratiques de documentation »).
 */
export const DOCUMENTATION_LICENCES = ['etalab-2.0'] as const;

/** Contributor Covenant is distributed under CC BY 4.0. */
export const CODE_OF_CONDUCT_LICENCE = 'CC-BY-4.0';

export const LICENCE_POLICY_SOURCE = 'https://www.data.gouv.fr/fr/pages/legal/licences/';

export function findAuthorisedLicence(id: string): AuthorisedLicence | undefined {
  return AUTHORISED_LICENCES.find((licence) => licence.id === id) ?? VERSION_3_ONLY.find((licence) => licence.id === id);
}

/** How documents name the licences that are not code licences: the documentation's and the code of conduct's. */
const OTHER_LICENCE_NAMES: Readonly<Record<string, { name: string; nameFr: string }>> = {
  'etalab-2.0': { name: 'Licence Ouverte 2.0 (Etalab)', nameFr: 'la Licence Ouverte 2.0 (Etalab)' },
  'CC-BY-4.0': { name: 'Creative Commons Attribution 4.0 International', nameFr: 'la licence Creative Commons Attribution 4.0 International' },
};

/** How a document in each language names a code or documentation licence (French: with its article); undefined for another id. */
export function licenceNames(id: string): Readonly<Record<Lang, string>> | undefined {
  const names = findAuthorisedLicence(id) ?? OTHER_LICENCE_NAMES[id];
  return names && { en: names.name, fr: names.nameFr };
}

export function isAuthorisedLicence(id: string): boolean {
  return findAuthorisedLicence(id) !== undefined;
}
