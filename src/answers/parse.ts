import type { Message } from '../i18n/message.js';
import { isEmail as isPubliccodeEmail } from '../publiccode/email.js';
import { isHttpUrl as isPubliccodeHttpUrl } from '../publiccode/url.js';

/** Turns a raw answer (flag string, YAML value, prompt result) into a typed value, or a problem. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Message };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T>(problem: Message): Parsed<T> => ({ ok: false, problem });

export function asText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return undefined;
}

/** A list from YAML/JSON, or from a flag string split on `separator`. */
export function asList(raw: unknown, separator: RegExp): unknown[] | undefined {
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'string') return raw.split(separator).map((item) => item.trim()).filter((item) => item !== '');
  return undefined;
}

const TRUE_WORDS = ['true', 'yes', 'y', 'oui', 'o', '1'];
const FALSE_WORDS = ['false', 'no', 'n', 'non', '0'];

export function asBoolean(raw: unknown): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  const word = asText(raw)?.toLowerCase();
  if (word === undefined) return undefined;
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return undefined;
}

/**
 * URLs and e-mails are checked by the publiccode.yml validator's own functions (the reference
 * parser's rules), then by the answers' stricter ones: what an answer accepts, publiccode.yml accepts.
 */
function isWebUrl(text: string, protocols: readonly string[], dottedHost: boolean): boolean {
  if (/\s/.test(text) || !isPubliccodeHttpUrl(text)) return false;
  try {
    const url = new URL(text);
    return protocols.includes(url.protocol) && url.hostname !== '' && (!dottedHost || url.hostname.includes('.'));
  } catch {
    return false;
  }
}

export function isHttpsUrl(text: string): boolean {
  return isWebUrl(text, ['https:'], true);
}

export function isHttpUrl(text: string): boolean {
  return isWebUrl(text, ['https:', 'http:'], false);
}

/** The publiccode.yml check (go-playground `email`), without its quoted local parts, spaces or angle brackets. */
export function isEmail(text: string): boolean {
  // `/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/`, whose two runs around the dot backtrack
  // quadratically, checked piecewise: one `@`, allowed characters, a dot inside the domain.
  const [local = '', domain = '', ...others] = text.split('@');
  return others.length === 0 && /^[^\s<>(),;:"]+$/.test(local) && /^[^\s<>(),;:"]+$/.test(domain) && domain.slice(1, -1).includes('.') && isPubliccodeEmail(text);
}

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
