import type { DevelopmentStatus, Forge, Lang, MaintenanceType, Openness, SoftwareType } from '../policy/enums.js';

export interface Contractor {
  name: string;
  until: string;
  email?: string;
  website?: string;
}

/** Validated answers, every default applied (design §4). */
export interface Answers {
  administration: string;
  administrationUri?: string;
  projectName: string;
  title: string;
  description: string;
  longDescription?: string;
  features: string[];
  licence: string;
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
}

export type AnswerKey = keyof Answers;

/** Answers as they arrive from flags, files or prompts, before validation. */
export type RawAnswers = Partial<Record<AnswerKey, unknown>>;
