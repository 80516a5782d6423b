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
  readonly family: LicenceFamily;
  /** Whether GitHub and GitLab (licensee) recognise the licence text. */
  readonly forgeDetectable: boolean;
}

export const AUTHORISED_LICENCES: readonly AuthorisedLicence[] = [
  { id: 'Apache-2.0', name: 'Apache License 2.0', family: 'permissive', forgeDetectable: true },
  { id: 'BSD-2-Clause', name: 'BSD 2-Clause "Simplified" License', family: 'permissive', forgeDetectable: true },
  { id: 'BSD-3-Clause', name: 'BSD 3-Clause "New" or "Revised" License', family: 'permissive', forgeDetectable: true },
  { id: 'CECILL-B', name: 'CeCILL-B Free Software License Agreement', family: 'permissive', forgeDetectable: false },
  { id: 'MIT', name: 'MIT License', family: 'permissive', forgeDetectable: true },
  { id: 'CECILL-2.1', name: 'CeCILL Free Software License Agreement v2.1', family: 'reciprocal', forgeDetectable: false },
  { id: 'CECILL-C', name: 'CeCILL-C Free Software License Agreement', family: 'reciprocal', forgeDetectable: false },
  { id: 'GPL-3.0-or-later', name: 'GNU General Public License v3.0 or later', family: 'reciprocal', forgeDetectable: true },
  { id: 'LGPL-3.0-or-later', name: 'GNU Lesser General Public License v3.0 or later', family: 'reciprocal', forgeDetectable: true },
  { id: 'AGPL-3.0-or-later', name: 'GNU Affero General Public License v3.0 or later', family: 'reciprocal', forgeDetectable: true },
  { id: 'MPL-2.0', name: 'Mozilla Public License 2.0', family: 'reciprocal', forgeDetectable: true },
  { id: 'EPL-2.0', name: 'Eclipse Public License 2.0', family: 'reciprocal', forgeDetectable: true },
  { id: 'EUPL-1.2', name: 'European Union Public License 1.2', family: 'reciprocal', forgeDetectable: true },
];

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
  return AUTHORISED_LICENCES.find((licence) => licence.id === id);
}

export function isAuthorisedLicence(id: string): boolean {
  return findAuthorisedLicence(id) !== undefined;
}
