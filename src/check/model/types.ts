import type { Message } from '../../i18n/message.js';
import type { PubliccodeResult } from '../../publiccode/validate.js';
import type { SourceId } from './sources.js';

import type { Level } from '../../policy/levels.js';

export type { Level } from '../../policy/levels.js';

export interface Verdict {
  ok: boolean;
  message: Message;
}

/** One rule's verdict on one repository, language-free: the output formats render it. */
interface RuleResult {
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
