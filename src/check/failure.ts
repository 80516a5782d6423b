import { msg } from '../i18n/message.js';
import type { ErrorResult } from './model/types.js';

/** Node's file-system errors carry an upper-case code (EACCES, ENOENT, ENAMETOOLONG, ELOOP…). */
function systemCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/u.test(code) ? code : undefined;
}

/** The error's first line, without the path Node appends (`EACCES: permission denied, scandir '…'`). */
function reasonOf(error: unknown, code: string | undefined): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split('\n')[0] ?? '';
  if (code) return firstLine.split(',')[0] ?? code;
  const name = error instanceof Error ? error.name : 'Error';
  return `${name}: ${firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine}`;
}

/** A path that could not be audited: unreadable (a system error) or an internal error (a bug). */
export function failedAudit(path: string, error: unknown): ErrorResult {
  const code = systemCode(error);
  const reason = reasonOf(error, code);
  const message = code ? msg('values.check.unreadable', { path, reason }) : msg('values.check.internalError', { path, reason });
  return { kind: 'error', path, compliant: false, message, cause: error };
}

/** A path that is a symbolic link to nothing (or to itself): say so, rather than "no such file". */
export function brokenLink(path: string, error: unknown): ErrorResult {
  const code = systemCode(error) ?? 'ENOENT';
  return { kind: 'error', path, compliant: false, message: msg('values.check.brokenLink', { path, reason: reasonOf(error, code) }), cause: error };
}

/** What --debug prints for each path in error: its path and the full stack. */
export function debugDetail(result: ErrorResult): string {
  const cause = result.cause;
  return `${result.path}: ${cause instanceof Error ? (cause.stack ?? String(cause)) : String(cause)}\n`;
}
