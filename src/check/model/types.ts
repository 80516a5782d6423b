import type { Message } from '../../i18n/message.js';
import type { PubliccodeResult } from '../../publiccode/validate.js';
import type { SourceId } from './sources.js';

import type { Level } from '../../policy/levels.js';

export type { Level } from '../../policy/levels.js';

/**
 * What makes a failed requirement pass: a `codegouv` command (its arguments after `codegouv`,
 * e.g. `['licence', '--force']`), or, when no command can do it, a concrete edit naming the file
 * and what to change in it.
 */
export type Fix =
  | { readonly kind: 'command'; readonly argv: readonly string[] }
  | { readonly kind: 'edit'; readonly message: Message };

/** A passing verdict says what it saw; a failing one also says how to fix it. */
export type Verdict = { ok: true; message: Message } | { ok: false; message: Message; fix: Fix };

/** One rule's verdict on one repository, language-free: the output formats render it. */
interface RuleResult {
  id: string;
  level: Level;
  ok: boolean;
  message: Message;
  /** How to make a failed requirement pass; absent when it passes. */
  fix?: Fix;
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
