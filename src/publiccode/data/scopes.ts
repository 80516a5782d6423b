/**
 * The 24 values allowed in `intendedAudience.scope`.
 *
 * Source: publiccodeyml/publiccode.yml, `docs/standard/scope-list.rst` (standard v0.7).
 * The reference parser checks the same list (`is_scope_v0`).
 */

export const SCOPES: readonly string[] = [
  'agriculture',
  'culture',
  'defence',
  'education',
  'emergency-services',
  'employment',
  'energy',
  'environment',
  'finance-and-economic-development',
  'foreign-affairs',
  'government',
  'healthcare',
  'infrastructures',
  'justice',
  'local-authorities',
  'manufacturing',
  'research',
  'science-and-technology',
  'security',
  'society',
  'sport',
  'tourism',
  'transportation',
  'welfare',
];
