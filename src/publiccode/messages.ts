/** Error texts of the reference parser (go-playground/validator translations and its own). */

export const isRequired = (field: string): string => `${field} is a required field`;

export const needsItems = (field: string): string => `${field} must contain more than 0 items`;

export const mustBeUrl = (field: string): string => `${field} must be a valid URL`;

export const mustBeHttpUrl = (field: string): string => `${field} must be an HTTP URL`;

export const mustBeDate = (field: string): string => `${field} must be a date with format 'YYYY-MM-DD'`;

export const mustBeEmail = (field: string): string => `${field} must be a valid email address`;

export const mustBeBcp47 = (field: string): string => `${field} must be a valid BCP 47 language`;

export const tooLong = (field: string, max: number): string => `${field} must be a maximum of ${max} characters in length`;

export const tooShort = (field: string, min: number): string => `${field} must be at least ${min} characters in length`;

export function mustBeOneOf(field: string, values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  const last = quoted.pop();
  const list = quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : (last ?? '');
  return `${field} must be one of the following: ${list}`;
}

const STANDARD_DOCS = 'https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard';
const IPA_VOCABULARY = 'https://github.com/publiccodeyml/italian-organizations-ipa-vocabulary';

export const mustBeCategory = (field: string): string =>
  `${field} must be a valid category (see ${STANDARD_DOCS}/categories-list.rst)`;

export const mustBeScope = (field: string): string => `${field} must be a valid scope (see ${STANDARD_DOCS}/scope-list.rst)`;

export const unknownAlias = (field: string): string =>
  `${field} contains an unknown alias (see ${STANDARD_DOCS}/aliases-list.rst)`;

export const mustBeUriOrAlias = (field: string): string =>
  `${field} must be a valid URI or an alias (see ${STANDARD_DOCS}/aliases-list.rst)`;

export const mustBeCountry = (field: string): string => `${field} must be a valid ISO 3166-1 alpha-2 two-letter country code`;

export const mustBeLicense = (field: string): string => `${field} must be a valid license (see https://spdx.org/licenses)`;

export const mustBeMimeType = (field: string): string => `${field} is not a valid MIME type`;

export const mustBeUri = (field: string): string => `${field} is not a valid URI`;

export const mustBeItalianPaUri = (field: string): string =>
  `${field} must be a valid Italian Public Administration Code (iPA) with format 'urn:x-italian-pa:[codiceIPA]' (see ${IPA_VOCABULARY})`;

export const mustBeIpaCode = (field: string): string =>
  `${field} must be a valid Italian Public Administration Code (iPA) (see ${IPA_VOCABULARY})`;

/** Ours, not the parser's: see `italianIpaCode` in uri.ts. */
export const unverifiableIpaCode = (field: 'uri' | 'codiceIPA'): string =>
  `${field} is an Italian Public Administration Code (iPA), which cannot be checked offline against the iPA list ` +
  `(${IPA_VOCABULARY}); code.gouv.fr refuses a code missing from it. A French administration has none: ` +
  (field === 'uri' ? 'give its own address (for example its page on https://lannuaire.service-public.fr)' : 'remove IT.riuso.codiceIPA');

export const requiredWhen = (field: string, type: string): string => `${field} is a required field when "type" is "${type}"`;

export const forbiddenUnless = (field: string, type: string): string =>
  `${field} must not be present unless "type" is "${type}"`;
