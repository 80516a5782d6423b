import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import type { Lang } from '../policy/enums.js';
import { flagOf } from './flags.js';
import { individualDefault } from './key-contacts.js';
import { ANSWER_KEYS, specOf } from './keys.js';
import type { ParseContext, Requirement } from './registry.js';
import type { AnswerKey, Answers, Contractor, RawAnswers } from './types.js';
import { contractors as parseContractors } from './values.js';

export interface Problem {
  key: AnswerKey;
  flag: string;
  message: Message;
}

export interface Validation {
  answers: Answers;
  problems: Problem[];
  /** Accepted changes the user should hear about (a licence id put in its exact case). */
  notices: Message[];
}

export interface ValidationOptions {
  lang: Lang;
  /** Keys this run needs; a required one that is missing is a problem. */
  keys: readonly AnswerKey[];
  /** longDescription and features are required only when publiccode.yml is written. */
  publiccode: boolean;
  now?: Date;
  /** Keys whose value is already in place (read from the repository, or stored by an earlier run), not chosen by this run. */
  settled?: ReadonlySet<AnswerKey>;
  /** Of those, the keys an earlier run stored (its decisions), as opposed to what the repository's files say. */
  stored?: ReadonlySet<AnswerKey>;
}

const given = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

function isRequired(requirement: Requirement | undefined, needed: boolean, options: ValidationOptions, answers: Partial<Answers>): boolean {
  if (requirement === 'always') return needed;
  if (requirement === 'publiccode') return options.publiccode;
  if (requirement !== undefined && 'when' in requirement) return needed && requirement.when(answers, { settled: options.settled ?? new Set() });
  if (requirement !== undefined) return options.publiccode && (answers.languages ?? []).slice(1).includes(requirement.secondary);
  return false;
}

/**
 * Validates every key present, in the registry's order (a key's default may follow an earlier
 * answer), applies the defaults and reports each missing required key. Keys outside `keys` are
 * still validated when given, never required.
 */
export function validateAnswers(raw: RawAnswers, options: ValidationOptions): Validation {
  const context: ParseContext = { lang: options.lang, now: options.now ?? new Date(), notices: [] };
  const problems: Problem[] = [];
  const report = (key: AnswerKey, message: Message) => problems.push({ key, flag: flagOf(key), message });
  const needed = new Set(options.keys);
  const answers: Partial<Record<AnswerKey, unknown>> = {};
  for (const key of ANSWER_KEYS) {
    const spec = specOf(key);
    let value: unknown;
    let invalid = false;
    if (!given(raw[key])) {
      if (isRequired(spec.required, needed.has(key), options, answers as Partial<Answers>)) report(key, spec.required !== undefined && typeof spec.required === 'object' && 'missing' in spec.required ? spec.required.missing(answers as Partial<Answers>) : msg('answer.required'));
      value = spec.fallback(answers as Partial<Answers>, context);
      const withheld = individualDefault(raw, key, value, options.stored ?? new Set());
      if (withheld) {
        value = undefined;
        if (needed.has(key)) report(key, withheld);
      }
    } else {
      const parsed = spec.parse(raw[key], context, answers as Partial<Answers>);
      if (parsed.ok) value = parsed.value;
      else {
        invalid = true;
        report(key, parsed.problem);
        value = spec.fallback(answers as Partial<Answers>, context);
      }
    }
    if (spec.refine) {
      const refined = (spec.refine as (v: unknown, a: Partial<Answers>, c: ParseContext, i: boolean) => { value: unknown; problem?: Message })(value, answers as Partial<Answers>, context, invalid);
      if (refined.problem) report(key, refined.problem);
      value = refined.value;
    }
    if (value !== undefined) answers[key] = value;
  }
  // Read from publiccode.yml or .yo-rc.json, an ended contract is the repository's past: said, not refused.
  for (const { name, until } of endedContracts(answers.contractors as Contractor[] | undefined, context.now)) {
    context.notices.push(msg('newcomer.contractEnded', { name, until }));
  }
  return { answers: answers as Answers, problems, notices: context.notices };
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The maintenance contracts whose end date (`until`, AAAA-MM-JJ) is already past. */
function endedContracts(contractors: readonly Contractor[] | undefined, now: Date): Contractor[] {
  return (contractors ?? []).filter((contractor) => contractor.until < dayOf(now));
}

/**
 * A maintenance contract the user gives (flag, answers file) that has already ended: refused, as
 * publiccode.yml would announce a maintenance nobody provides any more
 * (https://yml.publiccode.tools/schema.core.html#key-maintenance-contractors-until).
 */
export function endedContractProblems(given: RawAnswers, now = new Date()): Problem[] {
  if (given.contractors === undefined) return [];
  const parsed = parseContractors(given.contractors);
  if (!parsed.ok) return [];
  return endedContracts(parsed.value, now).map(({ name, until }) => ({ key: 'contractors', flag: flagOf('contractors'), message: msg('newcomer.contractEndedRefused', { name, until }) }));
}

/** The problems as the lines printed before a non-zero exit. */
export function formatProblems(problems: readonly Problem[], lang: Lang): string {
  const lines = problems.map(({ flag, key, message }) => msg('answer.problem', { flag, key, problem: message }));
  return [msg('answer.problemsHeader'), ...lines, msg('answer.nothingWritten')].map((line) => render(line, lang)).join('\n');
}
