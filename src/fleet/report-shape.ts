import type { MessageId } from '../i18n/message.js';
import { msg } from '../i18n/message.js';
import type { PubliccodeIssue, PubliccodeResult } from '../publiccode/issue.js';
import { type FleetSummary, summarize } from '../check/model/summary.js';
import type { AuditResult, ErrorResult, Fix, Level } from '../check/model/types.js';

/** One entry of a `check --json` report, as read back: its JSON as written, and the result the counts are made from. */
export type ReportEntry =
  | { json: Record<string, unknown>; result: AuditResult }
  /** The error entry that stands for a refused report: its JSON is made when it is written. */
  | { json?: undefined; result: ErrorResult };

type Expected = Extract<MessageId, `fleet.expected.${string}`>;

/** Why a report was refused: the field (`results[3].rules[2].level`) and what it should hold. */
export class ShapeError extends Error {
  constructor(readonly field: string, readonly expected: Expected) {
    super(`${field}: ${expected}`);
  }
}

const LEVELS: readonly Level[] = ['MUST', 'SHOULD', 'MAY'];
const STATUSES = ['compliant', 'non-compliant', 'error'] as const;
/** PATH_MAX on Linux: a longer path is not one `check` could have audited. */
const MAX_PATH = 4096;
/**
 * Rule ids as `check` writes them (L1, C2-commits, F2-unread) or the id of a publiccode.yml
 * audited alone. The shape also keeps ids such as `__proto__` or `constructor` out of the
 * per-rule counts, which are keyed by id.
 */
const RULE_ID = /^(?:[A-Z]{1,3}[0-9]{1,3}(?:-[a-z][a-z0-9]{0,31})?|publiccode\.yml)$/u;

type Json = Record<string, unknown>;

function object(value: unknown, field: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(field, 'fleet.expected.object');
  return value as Json;
}

function array(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(field, 'fleet.expected.array');
  return value;
}

function string(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new ShapeError(field, 'fleet.expected.string');
  return value;
}

function boolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new ShapeError(field, 'fleet.expected.boolean');
  return value;
}

function count(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new ShapeError(field, 'fleet.expected.count');
  return value;
}

/** The report itself, in a field's name (JSONPath's root). */
const ROOT = '$';
/** `results[0].path`; at the root, `results`. */
const at = (field: string, key: string) => (field === ROOT ? key : `${field}.${key}`);

/** The object's fields are exactly `required` plus some of `optional`: a missing one or an unknown one is named. */
function fields(value: Json, field: string, required: readonly string[], optional: readonly string[] = []): void {
  for (const key of required) if (!Object.hasOwn(value, key)) throw new ShapeError(at(field, key), 'fleet.expected.missing');
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) throw new ShapeError(at(field, key), 'fleet.expected.unknown');
  }
}

function issue(value: unknown, field: string): PubliccodeIssue {
  const json = object(value, field);
  fields(json, field, ['key', 'description', 'line', 'column']);
  return { key: string(json.key, `${field}.key`), description: string(json.description, `${field}.description`), line: count(json.line, `${field}.line`), column: count(json.column, `${field}.column`) };
}

function publiccode(value: unknown, field: string): PubliccodeResult {
  const json = object(value, field);
  fields(json, field, ['valid', 'errors', 'warnings']);
  return {
    valid: boolean(json.valid, `${field}.valid`),
    errors: array(json.errors, `${field}.errors`).map((item, index) => issue(item, `${field}.errors[${index}]`)),
    warnings: array(json.warnings, `${field}.warnings`).map((item, index) => issue(item, `${field}.warnings[${index}]`)),
  };
}

function fix(value: unknown, field: string): Fix {
  const json = object(value, field);
  if (Object.hasOwn(json, 'edit')) {
    fields(json, field, ['edit']);
    return { kind: 'edit', message: msg('fleet.verbatim', { text: string(json.edit, `${field}.edit`) }) };
  }
  if (!Object.hasOwn(json, 'command')) throw new ShapeError(field, 'fleet.expected.fix');
  fields(json, field, ['command', 'argv']);
  string(json.command, `${field}.command`);
  const argv = array(json.argv, `${field}.argv`).map((item, index) => string(item, `${field}.argv[${index}]`));
  return { kind: 'command', argv };
}

function rule(value: unknown, field: string) {
  const json = object(value, field);
  fields(json, field, ['id', 'level', 'ok', 'message', 'source'], ['fix']);
  const id = string(json.id, `${field}.id`);
  if (!RULE_ID.test(id)) throw new ShapeError(`${field}.id`, 'fleet.expected.ruleId');
  const level = json.level;
  if (!LEVELS.includes(level as Level)) throw new ShapeError(`${field}.level`, 'fleet.expected.level');
  const ok = boolean(json.ok, `${field}.ok`);
  const message = msg('fleet.verbatim', { text: string(json.message, `${field}.message`) });
  string(json.source, `${field}.source`);
  if (json.fix !== undefined && ok) throw new ShapeError(`${field}.fix`, 'fleet.expected.fixOnPass');
  const repair = json.fix === undefined ? undefined : fix(json.fix, `${field}.fix`);
  return { id, level: level as Level, ok, message, sources: [], ...(repair ? { fix: repair } : {}) };
}

function entry(value: unknown, field: string): ReportEntry {
  const json = object(value, field);
  const path = string(json.path, `${field}.path`);
  if (path === '' || path.length > MAX_PATH) throw new ShapeError(`${field}.path`, 'fleet.expected.path');
  const status = json.status;
  if (!STATUSES.includes(status as (typeof STATUSES)[number])) throw new ShapeError(`${field}.status`, 'fleet.expected.status');
  if (status === 'error') {
    fields(json, field, ['path', 'status', 'message']);
    const text = string(json.message, `${field}.message`);
    return { json, result: { kind: 'error', path, compliant: false, message: msg('fleet.verbatim', { text }), cause: undefined } };
  }
  const compliant = boolean(json.compliant, `${field}.compliant`);
  if (compliant !== (status === 'compliant')) throw new ShapeError(`${field}.status`, 'fleet.expected.statusMismatch');
  if (!Object.hasOwn(json, 'rules')) {
    fields(json, field, ['path', 'status', 'compliant', 'publiccode']);
    const validity = publiccode(json.publiccode, `${field}.publiccode`);
    if (compliant !== validity.valid) throw new ShapeError(`${field}.compliant`, 'fleet.expected.compliantMismatch');
    return { json, result: { kind: 'publiccode', path, compliant, publiccode: validity } };
  }
  fields(json, field, ['path', 'status', 'compliant', 'rules', 'publiccode']);
  const rules = array(json.rules, `${field}.rules`).map((item, index) => rule(item, `${field}.rules[${index}]`));
  const metadata = json.publiccode === null ? null : publiccode(json.publiccode, `${field}.publiccode`);
  if (compliant !== rules.every((verdict) => verdict.ok || verdict.level !== 'MUST')) throw new ShapeError(`${field}.compliant`, 'fleet.expected.compliantMismatch');
  return { json, result: { kind: 'repository', path, compliant, rules, publiccode: metadata } };
}

/** The same counts, whatever the order of their keys. */
function sameSummary(written: unknown, computed: FleetSummary): boolean {
  const canonical = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, canonical(item)]));
  };
  return JSON.stringify(canonical(written)) === JSON.stringify(canonical(computed));
}

/**
 * A parsed `check --json` report, checked field by field: `results` (each entry as `check`
 * writes it, its status agreeing with its rules) and `summary` (the counts of those results).
 * Throws a ShapeError naming the first wrong field.
 */
export function readReportShape(parsed: unknown): ReportEntry[] {
  const report = object(parsed, ROOT);
  fields(report, ROOT, ['results', 'summary']);
  const entries = array(report.results, 'results').map((item, index) => entry(item, `results[${index}]`));
  object(report.summary, 'summary');
  if (!sameSummary(report.summary, summarize(entries.map(({ result }) => result)))) throw new ShapeError('summary', 'fleet.expected.summaryMismatch');
  return entries;
}
