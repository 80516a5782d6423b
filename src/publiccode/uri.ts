import { SUPPORTS_ALIASES, SUPPORTS_ALIAS_PREFIX } from './data/supports-aliases.js';
import { parseGoUrl } from './url.js';

// RFC 2141: `urn:<NID>:<NSS>`, NID not "urn", NSS of URN characters or %-escapes.
const URN = /^urn:(?!urn:)[a-z0-9][a-z0-9-]{0,31}:(?:[a-z0-9()+,\-.:=@;$_!*']|%[0-9a-f]{2})+$/i;

const ITALIAN_PA_PREFIX = 'x-italian-pa:';

export type OrganisationUriCheck = 'valid' | 'invalid' | 'invalid-italian-pa' | 'unverifiable-italian-pa';

/**
 * `organisation.uri` and `fundedBy[].uri`: an http(s)-like URI with a host, or an RFC 2141 URN.
 * `urn:x-italian-pa:<code>` names an Italian administration by its iPA code, which the parser
 * looks up in the Italian iPA list: see `italianIpaCode`.
 */
export function checkOrganisationUri(value: string): OrganisationUriCheck {
  const url = parseGoUrl(value, true);
  if (typeof url === 'string') return 'invalid';
  if (url.scheme === 'urn') {
    if (!URN.test(value)) return 'invalid';
    if (url.opaque.toLowerCase().startsWith(ITALIAN_PA_PREFIX)) {
      return italianIpaCode(url.opaque.slice(ITALIAN_PA_PREFIX.length)) === 'malformed' ? 'invalid-italian-pa' : 'unverifiable-italian-pa';
    }
    return 'valid';
  }
  return url.scheme !== '' && url.host !== '' ? 'valid' : 'invalid';
}

/**
 * An Italian iPA code as this validator can judge it. The parser accepts only the codes of the
 * Italian iPA list it embeds (about 24,000 administrations), which is not shipped here: a code of
 * the right shape cannot be told from one code.gouv.fr would refuse, so it is refused too
 * (`unverifiable`, a difference documented in differences.ts). No French administration has one.
 */
export function italianIpaCode(code: string): 'malformed' | 'unverifiable' {
  return /^[A-Za-z0-9_]+$/.test(code) ? 'unverifiable' : 'malformed';
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
