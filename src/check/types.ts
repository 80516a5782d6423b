import type { Message } from '../i18n/message.js';
import type { PubliccodeResult } from '../publiccode/validate.js';
import type { SourceId } from './sources.js';

export type { Lang } from '../i18n/lang.js';

/** Levels of the policy's requirements: MUST (« doit », legal requirement), SHOULD (recommended), MAY (optional). */
export type Level = 'MUST' | 'SHOULD' | 'MAY';

export interface Verdict {
  ok: boolean;
  message: Message;
}

/** One rule's verdict on one repository, language-free: the output formats render it. */
export interface RuleResult {
  id: string;
  level: Level;
  ok: boolean;
  message: Message;
  /** Where the requirement comes from, cited in this order. */
  sources: readonly SourceId[];
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
