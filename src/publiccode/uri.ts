import { SUPPORTS_ALIASES, SUPPORTS_ALIAS_PREFIX } from './data/supports-aliases.js';
import { parseGoUrl } from './url.js';

// RFC 2141: `urn:<NID>:<NSS>`, NID not "urn", NSS of URN characters or %-escapes.
const URN = /^urn:(?!urn:)[a-z0-9][a-z0-9-]{0,31}:(?:[a-z0-9()+,\-.:=@;$_!*']|%[0-9a-f]{2})+$/i;

const ITALIAN_PA_PREFIX = 'x-italian-pa:';

export type OrganisationUriCheck = 'valid' | 'invalid' | 'invalid-italian-pa';

/**
 * `organisation.uri` and `fundedBy[].uri`: an http(s)-like URI with a host, or an RFC 2141 URN.
 * `urn:x-italian-pa:<code>` needs a non-empty iPA code; the parser also looks the code up in
 * the Italian iPA list, which is not bundled here, so any well-formed code is accepted.
 */
export function checkOrganisationUri(value: string): OrganisationUriCheck {
  const url = parseGoUrl(value, true);
  if (typeof url === 'string') return 'invalid';
  if (url.scheme === 'urn') {
    if (!URN.test(value)) return 'invalid';
    if (url.opaque.toLowerCase().startsWith(ITALIAN_PA_PREFIX)) {
      return isItalianIpaCode(url.opaque.slice(ITALIAN_PA_PREFIX.length)) ? 'valid' : 'invalid-italian-pa';
    }
    return 'valid';
  }
  return url.scheme !== '' && url.host !== '' ? 'valid' : 'invalid';
}

/** Offline stand-in for the parser's lookup in the iPA list: only the code's shape is checked. */
export function isItalianIpaCode(code: string): boolean {
  return /^[A-Za-z0-9_]+$/.test(code);
}

export type SupportsIdCheck = 'valid' | 'unknown-alias' | 'invalid';

/** `supports[].id` (standard v0.7): `alias:<name>` from the aliases list, or a URI. */
export function checkSupportsId(value: string): SupportsIdCheck {
  if (value.startsWith(SUPPORTS_ALIAS_PREFIX)) {
    return SUPPORTS_ALIASES.includes(value.slice(SUPPORTS_ALIAS_PREFIX.length)) ? 'valid' : 'unknown-alias';
  }
  const url = parseGoUrl(value, true);
  if (typeof url === 'string' || url.scheme === '') return 'invalid';
  if (url.scheme === 'urn') return URN.test(value) ? 'valid' : 'invalid';
  return url.host !== '' || url.opaque !== '' ? 'valid' : 'invalid';
}
