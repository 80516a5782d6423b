/**
 * Aliases allowed in `supports[].id` as `alias:<name>` (key added in standard v0.7).
 *
 * Source: publiccodeyml/publiccode.yml, `docs/standard/aliases-list.rst` (standard v0.7).
 * Any other `supports[].id` must be a URI.
 */

export const SUPPORTS_ALIASES: readonly string[] = [
  'gdpr',
  'eidas',
  'nis2',
  'cra',
  'spid',
  'cie',
  'anpr',
  'pagopa',
  'io',
];

export const SUPPORTS_ALIAS_PREFIX = 'alias:';
