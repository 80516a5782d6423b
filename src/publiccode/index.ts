/** The publiccode.yml toolkit the generator uses: the offline validator and the standard's lists. */
export { validatePubliccode, type ValidateOptions, type PubliccodeIssue, type PubliccodeResult } from './validate.js';
export { isStrictBcp47 } from './bcp47.js';
export { isSpdxExpression } from './spdx-expression.js';
export { countGraphemes } from './graphemes.js';
export { isOembedVideoUrl } from './oembed.js';
export { isIsoDate } from './date.js';
export { isEmail } from './email.js';
export { checkOrganisationUri } from './uri.js';
export { CATEGORIES } from './data/categories.js';
export { SCOPES } from './data/scopes.js';
export { SUPPORTS_ALIASES } from './data/supports-aliases.js';
export { ISO_3166_1_ALPHA_2 } from './data/iso3166.js';
export {
  DEVELOPMENT_STATUSES,
  MAINTENANCE_TYPES,
  PLATFORMS_SUGGESTED,
  RECOMMENDED_VERSION,
  SOFTWARE_TYPES,
  SUPPORTED_VERSIONS,
} from './data/enums.js';
export { OEMBED_VIDEO_PROVIDERS } from './data/oembed-video-schemes.js';
