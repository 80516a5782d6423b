/** A publiccode.yml v0 file after decoding: absent or null keys are `undefined`. */
export interface PubliccodeV0 {
  publiccodeYmlVersion?: string;
  name?: string;
  applicationSuite?: string;
  url?: string;
  landingURL?: string;
  isBasedOn?: Array<string | undefined>;
  softwareVersion?: string;
  releaseDate?: string;
  logo?: string;
  monochromeLogo?: string;
  organisation?: Organisation;
  inputTypes?: string[];
  outputTypes?: string[];
  platforms?: string[];
  categories?: string[];
  usedBy?: string[];
  fundedBy?: Organisation[];
  roadmap?: string;
  developmentStatus?: string;
  softwareType?: string;
  supports?: Array<{ id?: string }>;
  intendedAudience?: { scope?: string[]; countries?: string[]; unsupportedCountries?: string[] };
  description?: Record<string, Description>;
  legal?: { license?: string; mainCopyrightOwner?: string; repoOwner?: string; authorsFile?: string };
  maintenance?: { type?: string; contractors?: Contractor[]; contacts?: Contact[] };
  localisation?: { localisationReady?: boolean; availableLanguages?: string[] };
  dependsOn?: { open?: Dependency[]; proprietary?: Dependency[]; hardware?: Dependency[] };
  IT?: ItalianSection;
  it?: ItalianSection;
}

interface Organisation {
  name?: string;
  uri?: string;
}

export interface Description {
  localisedName?: string;
  genericName?: string;
  shortDescription?: string;
  longDescription?: string;
  documentation?: string;
  apiDocumentation?: string;
  features?: string[];
  screenshots?: string[];
  videos?: Array<string | undefined>;
  awards?: string[];
}

export interface Contractor {
  name?: string;
  email?: string;
  website?: string;
  until?: string;
}

export interface Contact {
  name?: string;
  email?: string;
  affiliation?: string;
  phone?: string;
}

interface Dependency {
  name?: string;
  versionMin?: string;
  versionMax?: string;
  optional?: boolean;
  version?: string;
}

export interface ItalianSection {
  countryExtensionVersion?: string;
  conforme?: Record<string, boolean | undefined>;
  riuso?: { codiceIPA?: string };
  piattaforme?: Record<string, boolean | undefined>;
}
