import type { PubliccodeResult } from '../publiccode/validate.js';

export type Lang = 'fr' | 'en';

/** Levels of policy.md §6: MUST (« doit », legal requirement), SHOULD (recommended), MAY (optional). */
export type Level = 'MUST' | 'SHOULD' | 'MAY';

export interface Localised {
  fr: string;
  en: string;
}

export function say(fr: string, en: string): Localised {
  return { fr, en };
}

export interface Verdict {
  ok: boolean;
  message: Localised;
}

export interface RuleResult {
  id: string;
  level: Level;
  ok: boolean;
  message: string;
  source: string;
}

export interface RepositoryResult {
  kind: 'repository';
  path: string;
  compliant: boolean;
  rules: RuleResult[];
  /** null when the repository has no publiccode.yml (rule M1 says so). */
  publiccode: PubliccodeResult | null;
}

export interface PubliccodeFileResult {
  kind: 'publiccode';
  path: string;
  compliant: boolean;
  publiccode: PubliccodeResult;
}

export type AuditResult = RepositoryResult | PubliccodeFileResult;
