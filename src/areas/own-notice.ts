import { findAuthorisedLicence } from '../policy/licences.js';

/**
 * A file's own copyright notice that names the administration says the file is the
 * administration's: REUSE.toml may then declare it (« Centre National d'Etudes Spatiales (CNES) »
 * for « Centre national d'études spatiales (CNES) », « CNES »), unless its own licence words name
 * another licence than the project's. Compared without case, accents or punctuation.
 */
const fold = (text: string) => ` ${text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** What a notice says of its holder once `Copyright`, `(c)`, `©`, years and « all rights reserved » are set aside. */
function holderPart(notice: string): string {
  return fold(notice)
    .replace(/ (?:spdx filecopyrighttext|copyright|c|all rights reserved|tous droits reserves)(?= )/gu, ' ')
    .replace(/ \d+(?= )/gu, ' ')
    .trim();
}

/**
 * Whether every notice names the administration and no one else: each word of what it says of
 * its holder belongs to the administration's name (« Centre National d'Etudes Spatiales (CNES) »,
 * « CNES »). « Google LLC and Ministère de l'Intérieur » names a co-holder: not the administration's alone.
 */
export function namesHolder(notices: readonly string[], holder: string): boolean {
  const words = new Set(fold(holder).trim().split(' '));
  return notices.length > 0 && notices.every((notice) => {
    const part = holderPart(notice);
    const said = part.split(' ');
    return said.some((word) => word.length >= 3) && said.every((word) => words.has(word));
  });
}

/** Licences a header names in words (not an SPDX tag), with the SPDX ids each covers; the most specific first. */
const NAMED: readonly { words: RegExp; ids: readonly string[] }[] = [
  { words: /\bAffero\b|\bAGPL/iu, ids: ['AGPL-3.0-only', 'AGPL-3.0-or-later'] },
  { words: /\bLesser General Public\b|\bLibrary General Public\b|\bLGPL/iu, ids: ['LGPL-3.0-only', 'LGPL-3.0-or-later'] },
  { words: /\bGNU General Public\b|\bGPL/iu, ids: ['GPL-3.0-only', 'GPL-3.0-or-later'] },
  { words: /\bApache License\b/iu, ids: ['Apache-2.0'] },
  { words: /\bBSD[- ]2|\b2-Clause BSD\b|\bSimplified BSD\b/iu, ids: ['BSD-2-Clause'] },
  { words: /\bBSD[- ]3|\b3-Clause BSD\b|\bNew BSD\b|\bRevised BSD\b/iu, ids: ['BSD-3-Clause'] },
  { words: /\bMIT License\b|\bPermission is hereby granted, free of charge\b/iu, ids: ['MIT'] },
  { words: /\bCeCILL[- ]B\b/iu, ids: ['CECILL-B'] },
  { words: /\bCeCILL[- ]C\b/iu, ids: ['CECILL-C'] },
  { words: /\bCeCILL\b/iu, ids: ['CECILL-2.1'] },
  { words: /\bMozilla Public License\b/iu, ids: ['MPL-2.0'] },
  { words: /\bEUPL\b|\bEuropean Union Public Licen[cs]e\b/iu, ids: ['EUPL-1.2'] },
  { words: /\bEclipse Public License\b/iu, ids: ['EPL-2.0'] },
];

/** Any word that speaks of a licence: a header that says one and is not recognised is not the project's to claim. */
const LICENCE_WORD = /licen[cs]|\bBSD\b|GPL|copyleft|domaine public|public domain|creative commons|\bCC[- ]BY|cecill|\bEUPL\b|\bMPL\b|\bEPL\b|\bApache\b/iu;

/**
 * Whether the file's own licence words, if any, are the project's licence: each licence they name
 * is the project's, and a licence word naming none of the known ones (ISC, « see LICENSE.google »)
 * is not taken for agreement. Versions are not compared: an authorised text has one.
 */
export function licenceWordsAgree(text: string, projectLicence: string): boolean {
  if (!LICENCE_WORD.test(text)) return true;
  const project = findAuthorisedLicence(projectLicence)?.id ?? projectLicence;
  let rest = text;
  let named = false;
  for (const licence of NAMED) {
    if (!licence.words.test(rest)) continue;
    if (!licence.ids.includes(project)) return false;
    named = true;
    // Said once: a GNU Affero notice also says « GNU General Public », which is the same licence.
    rest = rest.split(licence.words).join(' ');
  }
  return named && !/\b(?:ISC|Unlicense|Creative Commons|Licence Ouverte|Open Licence|WTFPL|Zlib|Artistic)\b/iu.test(rest);
}
