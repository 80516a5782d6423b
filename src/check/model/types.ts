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

/**
 * A path that could not be audited (unreadable, or an internal error): one entry of the report,
 * and the fleet goes on. `cause` is shown only with --debug.
 */
export interface ErrorResult {
  kind: 'error';
  path: string;
  compliant: false;
  message: Message;
  cause: unknown;
}

export type AuditResult = RepositoryResult | PubliccodeFileResult | ErrorResult;

/** What the JSON `status` says of a path. */
export type AuditStatus = 'compliant' | 'non-compliant' | 'error';
