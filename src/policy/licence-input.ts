import { AUTHORISED_LICENCES, DOCUMENTATION_LICENCES, VERSION_3_ONLY } from './licences.js';

export type LicenceInput =
  | { kind: 'exact'; id: string }
  /** An authorised id typed in another letter case: accepted, and the user is told. */
  | { kind: 'case'; id: string }
  /** Not an authorised id, but close to one: refused with a suggestion. */
  | { kind: 'near'; suggestion: string }
  | { kind: 'refused' };

/** Spellings people type for an authorised licence, keyed by their squeezed form. */
const NEAR_MISSES: Readonly<Record<string, string>> = {
  apache: 'Apache-2.0',
  apache2: 'Apache-2.0',
  apache20: 'Apache-2.0',
  apachelicense2: 'Apache-2.0',
  apachelicense20: 'Apache-2.0',
  asl2: 'Apache-2.0',
  bsd: 'BSD-3-Clause',
  bsd2: 'BSD-2-Clause',
  bsd2clause: 'BSD-2-Clause',
  bsd3: 'BSD-3-Clause',
  bsd3clause: 'BSD-3-Clause',
  mitlicense: 'MIT',
  expat: 'MIT',
  cecill: 'CECILL-2.1',
  cecill21: 'CECILL-2.1',
  cecillv21: 'CECILL-2.1',
  cecillb: 'CECILL-B',
  cecillc: 'CECILL-C',
  gpl: 'GPL-3.0-or-later',
  gpl3: 'GPL-3.0-or-later',
  gplv3: 'GPL-3.0-or-later',
  gpl30: 'GPL-3.0-or-later',
  gpl30plus: 'GPL-3.0-or-later',
  gpl30only: 'GPL-3.0-only',
  gpl3only: 'GPL-3.0-only',
  gplv3only: 'GPL-3.0-only',
  gpl3plus: 'GPL-3.0-or-later',
  gnugpl: 'GPL-3.0-or-later',
  gnugplv3: 'GPL-3.0-or-later',
  lgpl: 'LGPL-3.0-or-later',
  lgpl3: 'LGPL-3.0-or-later',
  lgplv3: 'LGPL-3.0-or-later',
  lgpl30: 'LGPL-3.0-or-later',
  lgpl30plus: 'LGPL-3.0-or-later',
  lgpl30only: 'LGPL-3.0-only',
  lgpl3only: 'LGPL-3.0-only',
  lgplv3only: 'LGPL-3.0-only',
  agpl: 'AGPL-3.0-or-later',
  agpl3: 'AGPL-3.0-or-later',
  agplv3: 'AGPL-3.0-or-later',
  agpl30: 'AGPL-3.0-or-later',
  agpl30plus: 'AGPL-3.0-or-later',
  agpl30only: 'AGPL-3.0-only',
  agpl3only: 'AGPL-3.0-only',
  agplv3only: 'AGPL-3.0-only',
  mpl: 'MPL-2.0',
  mpl2: 'MPL-2.0',
  mpl20: 'MPL-2.0',
  epl: 'EPL-2.0',
  epl2: 'EPL-2.0',
  epl20: 'EPL-2.0',
  eupl: 'EUPL-1.2',
  eupl1: 'EUPL-1.2',
  eupl12: 'EUPL-1.2',
  eupl11: 'EUPL-1.2',
  eupl2: 'EUPL-1.2',
  eupl20: 'EUPL-1.2',
};

/** Lowercase, `+` as "plus", every separator and the words licence/license/version dropped. */
function squeeze(input: string): string {
  return input
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/-or-later|orlater/g, 'plus')
    .replace(/licen[cs]e|version/g, '')
    .replace(/[^a-z0-9]/g, '')
    .replace(/^v(?=\d)/, '');
}

function classify(input: string, allowed: readonly string[], nearMisses: Readonly<Record<string, string>>): LicenceInput {
  const trimmed = input.trim();
  if (allowed.includes(trimmed)) return { kind: 'exact', id: trimmed };
  const sameLetters = allowed.find((id) => id.toLowerCase() === trimmed.toLowerCase());
  if (sameLetters) return { kind: 'case', id: sameLetters };
  const squeezed = squeeze(trimmed);
  const byName = allowed.find((id) => squeeze(id) === squeezed);
  const suggestion = byName ?? nearMisses[squeezed];
  return suggestion && allowed.includes(suggestion) ? { kind: 'near', suggestion } : { kind: 'refused' };
}

/** Every id a project's code may carry: the 13 offered, and the GNU v3 licences granted for version 3 only. */
export const CODE_LICENCE_IDS: readonly string[] = [...AUTHORISED_LICENCES, ...VERSION_3_ONLY].map((licence) => licence.id);

export function classifyCodeLicence(input: string): LicenceInput {
  return classify(input, CODE_LICENCE_IDS, NEAR_MISSES);
}

/** The authorised id a text names, in any letter case; undefined for anything else (inference hints). */
export function authorisedLicenceId(input: string): string | undefined {
  const verdict = classifyCodeLicence(input);
  return verdict.kind === 'exact' || verdict.kind === 'case' ? verdict.id : undefined;
}

/** The documentation licence is Licence Ouverte 2.0 or the code licence itself. */
export function classifyDocsLicence(input: string, codeLicence: string): LicenceInput {
  const allowed = [...DOCUMENTATION_LICENCES, codeLicence];
  return classify(input, allowed, { etalab: 'etalab-2.0', etalab2: 'etalab-2.0', etalab20: 'etalab-2.0', licenceouverte: 'etalab-2.0', licenceouverte2: 'etalab-2.0', lo2: 'etalab-2.0', openlicence: 'etalab-2.0' });
}
