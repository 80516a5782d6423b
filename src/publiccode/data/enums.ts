/**
 * Enumerated values of publiccode.yml v0.7.
 *
 * Source: publiccodeyml/publiccode.yml, `docs/standard/schema.core.rst` (standard v0.7), and the
 * `oneof` validator tags of italia/publiccode-parser-go v5.4.3 (`v0.go`), which agree with it.
 */

import {
  DEVELOPMENT_STATUSES as POLICY_DEVELOPMENT_STATUSES,
  MAINTENANCE_TYPES as POLICY_MAINTENANCE_TYPES,
  SOFTWARE_TYPES as POLICY_SOFTWARE_TYPES,
} from '../../policy/enums.js';

// The enumerations live once, in the policy module; the validator reads them as plain strings.
export const SOFTWARE_TYPES: readonly string[] = POLICY_SOFTWARE_TYPES;
export const DEVELOPMENT_STATUSES: readonly string[] = POLICY_DEVELOPMENT_STATUSES;
export const MAINTENANCE_TYPES: readonly string[] = POLICY_MAINTENANCE_TYPES;

/** `publiccodeYmlVersion` values the parser accepts, in the order of its error message. */
export const SUPPORTED_VERSIONS: readonly string[] = [
  '0',
  '0.2',
  '0.2.0',
  '0.2.1',
  '0.2.2',
  '0.3',
  '0.3.0',
  '0.4',
  '0.4.0',
  '0.5.0',
  '0.5',
  '0.7.0',
  '0.7',
];

/** The version the parser reads every v0 file as. */
export const LATEST_VERSION = '0.7';

/** The version string a generator should write: "0" means "the latest 0.x". */
export const RECOMMENDED_VERSION = '0';

/** Values allowed in the deprecated `IT.countryExtensionVersion`. */
export const IT_COUNTRY_EXTENSION_VERSIONS: readonly string[] = ['0.2', '1.0'];
