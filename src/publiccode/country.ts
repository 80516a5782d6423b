import { ISO_3166_1_ALPHA_2 } from './data/iso3166.js';

/** An ISO 3166-1 alpha-2 code written all upper or all lower case (lower case is deprecated). */
export function isCountryCode(code: string): boolean {
  if (code !== code.toUpperCase() && code !== code.toLowerCase()) return false;
  return ISO_3166_1_ALPHA_2.has(code.toUpperCase());
}

export function isDeprecatedLowercaseCountry(code: string): boolean {
  return isCountryCode(code) && code === code.toLowerCase();
}
