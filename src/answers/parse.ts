import type { Message } from '../i18n/message.js';

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

export function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/.test(text);
  } catch {
    return false;
  }
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !/\s/.test(text);
  } catch {
    return false;
  }
}

/** Deliberately simple: one @, a dotted domain, no spaces or angle brackets. */
export function isEmail(text: string): boolean {
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(text);
}

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
