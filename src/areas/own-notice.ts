import { findAuthorisedLicence } from '../policy/licences.js';

/**
 * A file's own copyright notice that names the administration says the file is the
 * administration's: REUSE.toml may then declare it (« Centre National d'Etudes Spatiales (CNES) »
 * for « Centre national d'études spatiales (CNES) », « CNES »), unless its own licence words name
 * another licence than the project's. Compared without case, accents or punctuation.
 */
const fold = (text: string) => ` ${text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** Capitalised words of the name that read as an acronym (CNES, DINUM, Insee is not one). */
function acronyms(name: string): string[] {
  return name.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3 && word.length <= 10 && word === word.toUpperCase() && /\p{Lu}/u.test(word));
}

export function namesHolder(notices: readonly string[], holder: string): boolean {
  const full = fold(holder);
  const words = [full, ...acronyms(holder).map((word) => ` ${word.toLowerCase()} `)];
  return notices.some((notice) => {
    const text = fold(notice);
    return words.some((word) => word.trim() !== '' && text.includes(word));
  });
}

/** Licence families a header names in words (not an SPDX tag), with the SPDX ids of each. */
const FAMILIES: readonly { words: RegExp; prefix: readonly string[] }[] = [
  { words: /\bApache License\b/iu, prefix: ['Apache-'] },
  { words: /\bMIT License\b|\bPermission is hereby granted, free of charge\b/iu, prefix: ['MIT'] },
  { words: /\bBSD\b|\bRedistribution and use in source and binary forms\b/iu, prefix: ['BSD-'] },
  { words: /\bGNU (?:Affero|Lesser|Library)? ?General Public License\b|\b[AL]?GPL\b/iu, prefix: ['GPL-', 'LGPL-', 'AGPL-'] },
  { words: /\bMozilla Public License\b/iu, prefix: ['MPL-'] },
  { words: /\bEUPL\b|\bEuropean Union Public Licen[cs]e\b/iu, prefix: ['EUPL-'] },
  { words: /\bCeCILL\b/iu, prefix: ['CECILL-'] },
];

/** Whether the file's licence words, if any, are the project's licence (a family, not a version: that stays to check). */
export function licenceWordsAgree(text: string, projectLicence: string): boolean {
  const named = FAMILIES.filter((family) => family.words.test(text));
  if (named.length === 0) return true;
  const id = findAuthorisedLicence(projectLicence)?.id ?? projectLicence;
  return named.every((family) => family.prefix.some((prefix) => id.startsWith(prefix)));
}
