import { createRequire } from 'node:module';
import { msg } from '../i18n/message.js';
import type { Lang } from '../policy/enums.js';
import { LANGUAGE_SETS } from '../policy/enums.js';
import { asBoolean, asList, asText, fail, isEmail, isHttpUrl, isHttpsUrl, isIsoDate, ok } from './parse.js';
import type { Parsed } from './parse.js';
import { unsafeIn } from './text.js';
import { countGraphemes } from '../publiccode/graphemes.js';
import type { Contractor } from './types.js';
import { checkOrganisationUri } from '../publiccode/uri.js';
import type { Message } from '../i18n/message.js';

/** The kinds of value an answer can hold: each turns a raw value into a typed one, or a problem. */

export interface TextLimits {
  min?: number;
  max?: number;
  multiline?: boolean;
}

/** What to remove from a value before it can be written into Markdown, comments, YAML or JSON. */
function unsafeProblem(value: string, multiline = false): Message | undefined {
  const unsafe = unsafeIn(value, multiline);
  if (!unsafe) return undefined;
  return unsafe.kind === 'comment' ? msg('values.comment', { sequence: unsafe.sequence }) : msg(`values.${unsafe.kind}`, { code: unsafe.code });
}

export function text(raw: unknown, limits: TextLimits = {}): Parsed<string> {
  const value = asText(raw);
  if (value === undefined) return fail(msg('answer.notText'));
  if (value === '') return fail(msg('answer.required'));
  const unsafe = unsafeProblem(value, limits.multiline);
  if (unsafe) return fail(unsafe);
  // Counted as the publiccode.yml parser counts, in linear time (V8's segmenter is quadratic on long texts).
  const length = countGraphemes(value);
  if (limits.max !== undefined && length > limits.max) return fail(msg('answer.tooLong', { max: limits.max, actual: length }));
  if (limits.min !== undefined && length < limits.min) return fail(msg('answer.tooShort', { min: limits.min, actual: length }));
  return ok(value);
}

export function oneOf<T extends string>(raw: unknown, allowed: readonly T[], aliases: Readonly<Record<string, T>> = {}): Parsed<T> {
  const value = asText(raw);
  const found = value === undefined ? undefined : (allowed.find((item) => item === value) ?? aliases[value]);
  return found ? ok(found) : fail(msg('answer.oneOf', { allowed }));
}

export function textList(raw: unknown, separator: RegExp): Parsed<string[]> {
  const list = asList(raw, separator);
  if (!list) return fail(msg('answer.listOfText'));
  const items = list.map((item) => asText(item));
  if (items.some((item) => item === undefined || item === '')) return fail(msg('answer.listOfText'));
  for (const [index, item] of (items as string[]).entries()) {
    const unsafe = unsafeProblem(item);
    if (unsafe) return fail(msg('values.listItem', { index, problem: unsafe }));
  }
  return ok(items as string[]);
}

export function nonEmptyList(raw: unknown, separator: RegExp): Parsed<string[]> {
  const list = textList(raw, separator);
  return list.ok && list.value.length === 0 ? fail(msg('answer.emptyList')) : list;
}

/** A list whose every item is one of `allowed`. */
export function listOf(raw: unknown, allowed: readonly string[]): Parsed<string[]> {
  const list = textList(raw, /[,\s]+/);
  if (!list.ok) return list;
  const unknown = list.value.filter((item) => !allowed.includes(item));
  return unknown.length > 0 ? fail(msg('answer.unknownValues', { values: unknown, allowed })) : list;
}

/** A single-line value that must also pass `valid`; what to remove is said before the format. */
function checked(raw: unknown, valid: (value: string) => boolean, problem: Message): Parsed<string> {
  const value = asText(raw);
  const unsafe = value ? unsafeProblem(value) : undefined;
  if (unsafe) return fail(unsafe);
  return value && valid(value) ? ok(value) : fail(problem);
}

export function email(raw: unknown): Parsed<string> {
  return checked(raw, isEmail, msg('answer.email'));
}

export function httpsUrl(raw: unknown): Parsed<string> {
  return checked(raw, isHttpsUrl, msg('answer.httpsUrl'));
}

/** publiccode.yml's `organisation.uri`, restricted to https addresses. */
export function organisationUri(raw: unknown): Parsed<string> {
  const url = httpsUrl(raw);
  return url.ok && checkOrganisationUri(url.value) !== 'valid' ? fail(msg('values.organisationUri')) : url;
}

/**
 * A flag gives contractors as text: YAML or JSON (`[{name: X, until: 2027-12-31}]`), or
 * `Name ; YYYY-MM-DD [; email [; website]]`, several separated by `|`.
 */
function contractorsFromText(text: string): unknown {
  const trimmed = text.trim();
  if (/^[[{]/.test(trimmed)) {
    try {
      // Loaded only here: importing yaml costs more than the rest of `--help`.
      const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
      return parse(trimmed) as unknown;
    } catch {
      return [{}];
    }
  }
  return trimmed.split('|').map((entry) => {
    const [name, until, email, website] = entry.split(';').map((part) => part.trim());
    return { name, until, ...(email ? { email } : {}), ...(website ? { website } : {}) };
  });
}

export function contractors(raw: unknown): Parsed<Contractor[]> {
  const value = typeof raw === 'string' ? contractorsFromText(raw) : raw;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const result: Contractor[] = [];
  for (const [index, item] of list.entries()) {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const name = asText(entry.name);
    if (!name) return fail(msg('answer.contractorName', { index }));
    const unsafeName = unsafeProblem(name);
    if (unsafeName) return fail(msg('values.contractorField', { index, field: 'name', problem: unsafeName }));
    const until = entry.until instanceof Date ? entry.until.toISOString().slice(0, 10) : asText(entry.until);
    if (!until || !isIsoDate(until)) return fail(msg('answer.contractorUntil', { index }));
    const contractor: Contractor = { name, until };
    if (entry.email !== undefined) {
      const address = checked(entry.email, isEmail, msg('answer.contractorEmail', { index }));
      if (!address.ok) return address.problem.id === 'answer.contractorEmail' ? address : fail(msg('values.contractorField', { index, field: 'email', problem: address.problem }));
      contractor.email = address.value;
    }
    if (entry.website !== undefined) {
      const website = checked(entry.website, isHttpUrl, msg('answer.contractorWebsite', { index }));
      if (!website.ok) return website.problem.id === 'answer.contractorWebsite' ? website : fail(msg('values.contractorField', { index, field: 'website', problem: website.problem }));
      contractor.website = website.value;
    }
    result.push(contractor);
  }
  return ok(result);
}

export function languages(raw: unknown): Parsed<Lang[]> {
  const list = asList(raw, /[,\s]+/)?.map((item) => asText(item)?.toLowerCase());
  const match = LANGUAGE_SETS.find((set) => set.length === list?.length && set.every((lang, i) => list[i] === lang));
  return match ? ok([...match]) : fail(msg('answer.languages'));
}

export function year(raw: unknown): Parsed<number> {
  const value = typeof raw === 'number' ? raw : Number(asText(raw));
  return Number.isInteger(value) && value >= 1970 && value <= 9999 ? ok(value) : fail(msg('answer.year'));
}

export function bool(raw: unknown): Parsed<boolean> {
  const value = asBoolean(raw);
  return value === undefined ? fail(msg('answer.boolean')) : ok(value);
}
