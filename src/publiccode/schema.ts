/**
 * The shape of a publiccode.yml v0 file, key by key, in the order of the reference parser's
 * Go struct (`PublicCodeV0` in `v0.go`): the order decides which decode error is reported.
 */
export type FieldType =
  | { type: 'string' }
  | { type: 'bool' }
  | { type: 'url' }
  | { type: 'urlOrUrlList' }
  | { type: 'list'; of: FieldType }
  | { type: 'map'; of: FieldType }
  | { type: 'struct'; fields: Readonly<Record<string, FieldType>> };

export type StructType = Extract<FieldType, { type: 'struct' }>;

const string: FieldType = { type: 'string' };
const bool: FieldType = { type: 'bool' };
const url: FieldType = { type: 'url' };
const listOf = (of: FieldType): FieldType => ({ type: 'list', of });
const struct = (fields: Record<string, FieldType>): StructType => ({ type: 'struct', fields });

const organisation = struct({ name: string, uri: string });

const dependency = struct({ name: string, versionMin: string, versionMax: string, optional: bool, version: string });

const description = struct({
  localisedName: string,
  genericName: string,
  shortDescription: string,
  longDescription: string,
  documentation: url,
  apiDocumentation: url,
  features: listOf(string),
  screenshots: listOf(string),
  videos: listOf(url),
  awards: listOf(string),
});

const italianSection = struct({
  countryExtensionVersion: string,
  conforme: struct({ lineeGuidaDesign: bool, modelloInteroperabilita: bool, misureMinimeSicurezza: bool, gdpr: bool }),
  riuso: struct({ codiceIPA: string }),
  piattaforme: struct({ spid: bool, pagopa: bool, cie: bool, anpr: bool, io: bool }),
});

export const PUBLICCODE_V0: StructType = struct({
  publiccodeYmlVersion: string,
  name: string,
  applicationSuite: string,
  url,
  landingURL: url,
  isBasedOn: { type: 'urlOrUrlList' },
  softwareVersion: string,
  releaseDate: string,
  logo: string,
  monochromeLogo: string,
  organisation,
  inputTypes: listOf(string),
  outputTypes: listOf(string),
  platforms: listOf(string),
  categories: listOf(string),
  usedBy: listOf(string),
  fundedBy: listOf(organisation),
  roadmap: url,
  developmentStatus: string,
  softwareType: string,
  supports: listOf(struct({ id: string })),
  intendedAudience: struct({ scope: listOf(string), countries: listOf(string), unsupportedCountries: listOf(string) }),
  description: { type: 'map', of: description },
  legal: struct({ license: string, mainCopyrightOwner: string, repoOwner: string, authorsFile: string }),
  maintenance: struct({
    type: string,
    contractors: listOf(struct({ name: string, email: string, website: url, until: string })),
    contacts: listOf(struct({ name: string, email: string, affiliation: string, phone: string })),
  }),
  localisation: struct({ localisationReady: bool, availableLanguages: listOf(string) }),
  dependsOn: struct({ open: listOf(dependency), proprietary: listOf(dependency), hardware: listOf(dependency) }),
  IT: italianSection,
  it: italianSection,
});
