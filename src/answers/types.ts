import type { DevelopmentStatus, Forge, Lang, MaintenanceType, Openness, SoftwareType } from '../policy/enums.js';

export interface Contractor {
  name: string;
  until: string;
  email?: string;
  website?: string;
}

/** Validated answers, every default applied. */
export interface Answers {
  administration: string;
  administrationUri?: string;
  projectName: string;
  title: string;
  description: string;
  longDescription?: string;
  features: string[];
  licence: string;
  /** The reason of general interest for a reciprocal licence (art. L.323-2 CRPA), written in the README; only with one. */
  reciprocityReason?: string;
  docsLicence: string;
  repositoryUrl: string;
  forge: Forge;
  contactName: string;
  contactEmail: string;
  securityEmail: string;
  conductEmail: string;
  developmentStatus: DevelopmentStatus;
  softwareType: SoftwareType;
  platforms: string[];
  maintenanceType: MaintenanceType;
  contractors: Contractor[];
  languages: Lang[];
  year: number;
  openness: Openness;
  signoffHook: boolean;
  codemeta: boolean;
  /** Also write the organisation's compliance CI (DCO, REUSE, publiccode.yml) for the forge. */
  ci: boolean;
  /** publiccode.yml categories and intended-audience scope (standard lists). */
  categories: string[];
  scope: string[];
  /** publiccode.yml `supports` ids (`alias:gdpr`, a URI); written only when given. */
  supports: string[];
  /** Texts in the secondary document language (`description` & co. are in the primary one). */
  descriptionEn?: string;
  longDescriptionEn?: string;
  featuresEn: string[];
  descriptionFr?: string;
  longDescriptionFr?: string;
  featuresFr: string[];
}

/** The description texts of one language. */
export interface LocalisedTexts {
  description: string;
  longDescription?: string;
  features: string[];
}

export type AnswerKey = keyof Answers;

/** Answers as they arrive from flags, files or prompts, before validation. */
export type RawAnswers = Partial<Record<AnswerKey, unknown>>;
