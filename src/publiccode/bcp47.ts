import { EXTLANG_PREFIX, EXTRA_REGIONS, LEGACY_TAGS, M49_REGIONS, VARIANT_PREFIXES } from './data/bcp47-registry.js';
import { ISO_15924_SCRIPTS } from './data/iso15924.js';
import { ISO_3166_1_ALPHA_2, ISO_3166_3_FORMER_ALPHA_2 } from './data/iso3166.js';
import { ISO_639_1, ISO_639_3_ONLY } from './data/iso639.js';

// RFC 5646 `langtag`, on an upper-cased tag. Groups: language, script, region, variants, extensions.
const LANGTAG = new RegExp(
  [
    '^((?:[A-Z]{2,3}(?:-[A-Z]{3}){0,3})|[A-Z]{4}|[A-Z]{5,8})',
    '(?:-([A-Z]{4}))?',
    '(?:-([A-Z]{2}|[0-9]{3}))?',
    '(?:-((?:[A-Z0-9]{5,8}|[0-9][A-Z0-9]{3})(?:-(?:[A-Z0-9]{5,8}|[0-9][A-Z0-9]{3}))*))?',
    '(?:-((?:[A-WYZ0-9](?:-[A-Z0-9]{2,8})+)(?:-(?:[A-WYZ0-9](?:-[A-Z0-9]{2,8})+))*))?',
    '(?:-X(?:-[A-Z0-9]{1,8})+)?$',
  ].join(''),
);

const PRIVATE_USE = /^X-[A-Z0-9]{1,8}$/;

/**
 * Strict BCP 47 as the reference parser checks `description` keys and `availableLanguages`
 * (go-playground `bcp47_strict_language_tag`): `fr`, `fr-FR`, `sl-IT-nedis` pass; `fr_FR`
 * (POSIX), `fra` (not the shortest code) and unknown subtags fail.
 */
export function isStrictBcp47(tag: string): boolean {
  const upper = tag.toUpperCase();
  if (LEGACY_TAGS.has(upper) || PRIVATE_USE.test(upper)) return true;
  const match = LANGTAG.exec(upper);
  if (!match) return false;
  const [, language = '', script, region, variants, extensions] = match;
  const lowerTag = tag.toLowerCase();
  return (
    isLanguage(language, lowerTag) &&
    (script === undefined || isScript(script)) &&
    (region === undefined || isRegion(region)) &&
    (variants === undefined || areVariants(variants, lowerTag)) &&
    (extensions === undefined || areExtensions(extensions))
  );
}

function isLanguage(language: string, lowerTag: string): boolean {
  const [primary = '', ...extlangs] = language.toLowerCase().split('-');
  if (!isShortestPrimaryLanguage(primary)) return false;
  return extlangs.every((extlang) => {
    const prefix = EXTLANG_PREFIX.get(extlang);
    return prefix !== undefined && hasPrefix(lowerTag, prefix);
  });
}

// golang.org/x/text/language also takes the ISO 639-2/B codes (`fre`, `ger`), the private-use
// range `qaa`..`qtz` and the withdrawn two-letter codes it still maps (`iw`, `in`, `ji`, `jw`).
const ISO_639_2_B = new Set('alb arm baq bur chi cze dut fre geo ger gre ice mac mao may per rum slo tib wel'.split(' '));
const DEPRECATED_639_1 = new Set(['in', 'iw', 'ji', 'jw']);
const PRIVATE_USE_LANGUAGE = /^q[a-t][a-z]$/;

function isShortestPrimaryLanguage(code: string): boolean {
  if (code.length === 2) return ISO_639_1.has(code) || DEPRECATED_639_1.has(code);
  if (code.length === 3) return ISO_639_3_ONLY.has(code) || ISO_639_2_B.has(code) || PRIVATE_USE_LANGUAGE.test(code);
  return false;
}

function isScript(script: string): boolean {
  const titleCase = script.charAt(0) + script.slice(1).toLowerCase();
  return ISO_15924_SCRIPTS.has(titleCase);
}

function isRegion(region: string): boolean {
  if (/^[0-9]{3}$/.test(region)) return M49_REGIONS.has(region);
  return ISO_3166_1_ALPHA_2.has(region) || ISO_3166_3_FORMER_ALPHA_2.has(region) || EXTRA_REGIONS.has(region);
}

function areVariants(variants: string, lowerTag: string): boolean {
  return variants
    .toLowerCase()
    .split('-')
    .every((variant) => {
      const prefixes = VARIANT_PREFIXES.get(variant);
      if (prefixes === undefined) return false;
      return prefixes.length === 0 || prefixes.some((prefix) => hasPrefix(lowerTag, prefix));
    });
}

// The parser compares the raw tag text with the registry prefix, e.g. `sl-it-nedis` with `sl`.
function hasPrefix(lowerTag: string, prefix: string): boolean {
  return `${lowerTag}-`.startsWith(prefix.toLowerCase());
}

function areExtensions(extensions: string): boolean {
  const singletons = extensions
    .toLowerCase()
    .split('-')
    .filter((subtag) => subtag.length === 1);
  return new Set(singletons).size === singletons.length;
}
