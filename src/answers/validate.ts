import { DEVELOPMENT_STATUSES, FORGES, LANGUAGE_SETS, MAINTENANCE_TYPES, OPENNESS_LEVELS, SOFTWARE_TYPES } from '../policy/enums.js';
import type { Lang, Openness } from '../policy/enums.js';
import { LICENCE_POLICY_SOURCE } from '../policy/licences.js';
import { CODE_LICENCE_IDS, classifyCodeLicence, classifyDocsLicence } from '../policy/licence-input.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import type { ValidationMessages } from '../i18n/validation-messages.js';
import { flagOf } from './flags.js';
import { asBoolean, asList, asText, fail, isEmail, isHttpUrl, isHttpsUrl, isIsoDate, ok } from './parse.js';
import type { Parsed } from './parse.js';
import { forgeOf, normaliseRepositoryUrl } from './repository-url.js';
import { graphemeLength, hasControlCharacters } from './text.js';
import type { AnswerKey, Answers, Contractor, RawAnswers } from './types.js';
import { TRANSLATION_KEYS } from './keys.js';
import { parse as parseYaml } from 'yaml';
import { CATEGORIES } from '../publiccode/data/categories.js';
import { SCOPES } from '../publiccode/data/scopes.js';
import { checkSupportsId } from '../publiccode/uri.js';
import { SUPPORTS_ALIASES, SUPPORTS_ALIAS_PREFIX } from '../publiccode/data/supports-aliases.js';

export interface Problem {
  key: AnswerKey;
  flag: string;
  message: string;
}

export interface Validation {
  answers: Answers;
  problems: Problem[];
  /** Accepted changes the user should hear about (a licence id put in its exact case). */
  notices: string[];
}

export interface ValidationOptions {
  lang: Lang;
  /** Keys this run needs; a required one that is missing is a problem. */
  keys: readonly AnswerKey[];
  /** longDescription and features are required only when publiccode.yml is written. */
  publiccode: boolean;
  now?: Date;
}

const ALWAYS_REQUIRED: readonly AnswerKey[] = [
  'administration', 'projectName', 'description', 'licence', 'repositoryUrl', 'contactName', 'contactEmail',
];

function text(raw: unknown, m: ValidationMessages, limits: { min?: number; max?: number; multiline?: boolean } = {}): Parsed<string> {
  const value = asText(raw);
  if (value === undefined) return fail(m.notText);
  if (value === '') return fail(m.required);
  if (hasControlCharacters(value, limits.multiline ?? false)) return fail(m.controlCharacters);
  const length = graphemeLength(value);
  if (limits.max !== undefined && length > limits.max) return fail(m.tooLong(limits.max, length));
  if (limits.min !== undefined && length < limits.min) return fail(m.tooShort(limits.min, length));
  return ok(value);
}

function oneOf<T extends string>(raw: unknown, allowed: readonly T[], m: ValidationMessages, aliases: Readonly<Record<string, T>> = {}): Parsed<T> {
  const value = asText(raw);
  const found = value === undefined ? undefined : (allowed.find((item) => item === value) ?? aliases[value]);
  return found ? ok(found) : fail(m.oneOf(allowed));
}

function textList(raw: unknown, separator: RegExp, m: ValidationMessages): Parsed<string[]> {
  const list = asList(raw, separator);
  if (!list) return fail(m.listOfText);
  const items = list.map((item) => asText(item));
  if (items.some((item) => item === undefined || item === '' || hasControlCharacters(item, false))) return fail(m.listOfText);
  return ok(items as string[]);
}

function email(raw: unknown, m: ValidationMessages): Parsed<string> {
  const value = asText(raw);
  return value && isEmail(value) ? ok(value) : fail(m.email);
}

/**
 * A flag gives contractors as text: YAML or JSON (`[{name: X, until: 2027-12-31}]`), or
 * `Name ; YYYY-MM-DD [; email [; website]]`, several separated by `|`.
 */
function contractorsFromText(text: string): unknown {
  const trimmed = text.trim();
  if (/^[[{]/.test(trimmed)) {
    try {
      return parseYaml(trimmed) as unknown;
    } catch {
      return [{}];
    }
  }
  return trimmed.split('|').map((entry) => {
    const [name, until, email, website] = entry.split(';').map((part) => part.trim());
    return { name, until, ...(email ? { email } : {}), ...(website ? { website } : {}) };
  });
}

function contractors(raw: unknown, m: ValidationMessages): Parsed<Contractor[]> {
  const value = typeof raw === 'string' ? contractorsFromText(raw) : raw;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const result: Contractor[] = [];
  for (const [index, item] of list.entries()) {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const name = asText(entry.name);
    if (!name) return fail(m.contractorName(index));
    const until = entry.until instanceof Date ? entry.until.toISOString().slice(0, 10) : asText(entry.until);
    if (!until || !isIsoDate(until)) return fail(m.contractorUntil(index));
    const contractor: Contractor = { name, until };
    if (entry.email !== undefined) {
      const address = asText(entry.email);
      if (!address || !isEmail(address)) return fail(m.contractorEmail(index));
      contractor.email = address;
    }
    if (entry.website !== undefined) {
      const website = asText(entry.website);
      if (!website || !isHttpUrl(website)) return fail(m.contractorWebsite(index));
      contractor.website = website;
    }
    result.push(contractor);
  }
  return ok(result);
}

function languages(raw: unknown, m: ValidationMessages): Parsed<Lang[]> {
  const list = asList(raw, /[,\s]+/)?.map((item) => asText(item)?.toLowerCase());
  const match = LANGUAGE_SETS.find((set) => set.length === list?.length && set.every((lang, i) => list[i] === lang));
  return match ? ok([...match]) : fail(m.languages);
}

function year(raw: unknown, m: ValidationMessages): Parsed<number> {
  const value = typeof raw === 'number' ? raw : Number(asText(raw));
  return Number.isInteger(value) && value >= 1970 && value <= 9999 ? ok(value) : fail(m.year);
}

function bool(raw: unknown, m: ValidationMessages): Parsed<boolean> {
  const value = asBoolean(raw);
  return value === undefined ? fail(m.boolean) : ok(value);
}

/**
 * Validates every key present, applies the documented defaults and reports each missing
 * required key. Keys outside `keys` are still validated when given, never required.
 */
export function validateAnswers(raw: RawAnswers, options: ValidationOptions): Validation {
  const m = VALIDATION_MESSAGES[options.lang];
  const problems: Problem[] = [];
  const notices: string[] = [];
  const needed = new Set(options.keys);
  const required = new Set<AnswerKey>(ALWAYS_REQUIRED.filter((key) => needed.has(key)));
  if (options.publiccode) {
    required.add('longDescription');
    required.add('features');
  }

  const report = (key: AnswerKey, message: string) => problems.push({ key, flag: flagOf(key), message });
  const parsedLanguages = raw.languages === undefined || raw.languages === null || raw.languages === '' ? undefined : languages(raw.languages, m);
  const secondary = parsedLanguages?.ok ? parsedLanguages.value.slice(1) : [];
  if (options.publiccode) {
    for (const lang of secondary) {
      const keys = TRANSLATION_KEYS[lang];
      required.add(keys.description);
      required.add(keys.longDescription);
      required.add(keys.features);
    }
  }
  const given = (key: AnswerKey) => {
    const value = raw[key];
    return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
  };
  function take<T>(key: AnswerKey, parse: (value: unknown) => Parsed<T>, fallback: T): T {
    if (!given(key)) {
      if (required.has(key)) report(key, m.required);
      return fallback;
    }
    const parsed = parse(raw[key]);
    if (parsed.ok) return parsed.value;
    report(key, parsed.problem);
    return fallback;
  }

  const administration = take('administration', (v) => text(v, m), '');
  const administrationUri = take<string | undefined>('administrationUri', (v) => {
    const value = asText(v);
    return value && isHttpsUrl(value) ? ok(value) : fail(m.httpsUrl);
  }, undefined);
  const projectName = take('projectName', (v) => {
    const value = asText(v);
    return value && /^[a-z0-9][a-z0-9._-]*$/.test(value) && value.length <= 100 ? ok(value) : fail(m.projectName);
  }, '');
  const title = take('title', (v) => text(v, m, { max: 200 }), projectName);
  const description = take('description', (v) => text(v, m, { max: 150 }), '');
  const longDescription = take<string | undefined>('longDescription', (v) => text(v, m, { min: 150, max: 10_000, multiline: true }), undefined);
  const features = take('features', (v) => {
    const list = textList(v, /;|\n/, m);
    return list.ok && list.value.length === 0 ? fail(m.emptyList) : list;
  }, [] as string[]);

  const licence = take('licence', (v) => {
    const input = asText(v) ?? '';
    const verdict = classifyCodeLicence(input);
    if (verdict.kind === 'exact') return ok(verdict.id);
    if (verdict.kind === 'case') {
      notices.push(m.licenceCase(input, verdict.id));
      return ok(verdict.id);
    }
    if (verdict.kind === 'near') return fail(m.licenceNear(input, verdict.suggestion));
    return fail(m.licenceRefused(input, CODE_LICENCE_IDS, LICENCE_POLICY_SOURCE));
  }, '');
  const docsLicence = take('docsLicence', (v) => {
    const input = asText(v) ?? '';
    const verdict = classifyDocsLicence(input, licence || 'etalab-2.0');
    if (verdict.kind === 'exact' || verdict.kind === 'case') return ok(verdict.id);
    const allowed = ['etalab-2.0', ...(licence ? [licence] : [])];
    return fail(verdict.kind === 'near' ? m.licenceNear(input, verdict.suggestion).replace('--licence', '--docs-licence') : m.docsLicence(input, allowed));
  }, licence);

  const repositoryUrl = take('repositoryUrl', (v) => {
    const value = normaliseRepositoryUrl(asText(v) ?? '');
    return isHttpsUrl(value) ? ok(value) : fail(m.httpsUrl);
  }, '');
  const forge = take('forge', (v) => oneOf(asText(v)?.toLowerCase(), FORGES, m), forgeOf(repositoryUrl));
  const contactName = take('contactName', (v) => text(v, m), '');
  const contactEmail = take('contactEmail', (v) => email(v, m), '');
  const securityEmail = take('securityEmail', (v) => email(v, m), contactEmail);
  const conductEmail = take('conductEmail', (v) => email(v, m), contactEmail);
  const developmentStatus = take('developmentStatus', (v) => oneOf(v, DEVELOPMENT_STATUSES, m), 'development');
  const softwareType = take('softwareType', (v) => oneOf(v, SOFTWARE_TYPES, m), 'standalone/web');
  const platforms = take('platforms', (v) => {
    const list = textList(v, /[,\s]+/, m);
    return list.ok && list.value.length === 0 ? fail(m.emptyList) : list;
  }, ['web']);
  const maintenanceType = take('maintenanceType', (v) => oneOf(v, MAINTENANCE_TYPES, m), 'internal');
  let contractorList = take('contractors', (v) => contractors(v, m), [] as Contractor[]);
  if (maintenanceType === 'contract' && contractorList.length === 0 && !problems.some((p) => p.key === 'contractors')) {
    report('contractors', m.contractorsRequired);
  }
  if (maintenanceType !== 'contract' && contractorList.length > 0) {
    report('contractors', m.contractorsForbidden(maintenanceType));
    contractorList = [];
  }
  const languageList = take('languages', (v) => languages(v, m), [options.lang]);
  const listOf = (allowed: readonly string[]) => (v: unknown): Parsed<string[]> => {
    const list = textList(v, /[,\s]+/, m);
    if (!list.ok) return list;
    const unknown = list.value.filter((item) => !allowed.includes(item));
    return unknown.length > 0 ? fail(m.unknownValues(unknown, allowed)) : list;
  };
  const categories = take('categories', listOf(CATEGORIES), [] as string[]);
  const scope = take('scope', listOf(SCOPES), [] as string[]);
  const supports = take('supports', (v) => {
    const list = textList(v, /[,\s]+/, m);
    if (!list.ok) return list;
    const ids = list.value.map((id) => (SUPPORTS_ALIASES.includes(id) ? `${SUPPORTS_ALIAS_PREFIX}${id}` : id));
    const wrong = ids.filter((id) => checkSupportsId(id) !== 'valid');
    return wrong.length > 0 ? fail(m.supports(wrong, SUPPORTS_ALIASES)) : ok(ids);
  }, [] as string[]);
  const translated = (lang: Lang) => {
    const keys = TRANSLATION_KEYS[lang];
    return {
      description: take<string | undefined>(keys.description, (v) => text(v, m, { max: 150 }), undefined),
      longDescription: take<string | undefined>(keys.longDescription, (v) => text(v, m, { min: 150, max: 10_000, multiline: true }), undefined),
      features: take(keys.features, (v) => {
        const list = textList(v, /;|\n/, m);
        return list.ok && list.value.length === 0 ? fail(m.emptyList) : list;
      }, [] as string[]),
    };
  };
  const english = translated('en');
  const french = translated('fr');
  const copyrightYear = take('year', (v) => year(v, m), (options.now ?? new Date()).getFullYear());
  const openness = take('openness', (v) => oneOf<Openness>(v, OPENNESS_LEVELS, m, { publié: 'publie' }), 'ouvert');
  const signoffHook = take('signoffHook', (v) => bool(v, m), false);
  const codemeta = take('codemeta', (v) => bool(v, m), false);
  const ci = take('ci', (v) => bool(v, m), false);

  const answers: Answers = {
    administration,
    ...(administrationUri ? { administrationUri } : {}),
    projectName,
    title,
    description,
    ...(longDescription ? { longDescription } : {}),
    features,
    licence,
    docsLicence,
    repositoryUrl,
    forge,
    contactName,
    contactEmail,
    securityEmail,
    conductEmail,
    developmentStatus,
    softwareType,
    platforms,
    maintenanceType,
    contractors: contractorList,
    languages: languageList,
    year: copyrightYear,
    openness,
    signoffHook,
    codemeta,
    ci,
    categories,
    scope,
    supports,
    ...(english.description ? { descriptionEn: english.description } : {}),
    ...(english.longDescription ? { longDescriptionEn: english.longDescription } : {}),
    featuresEn: english.features,
    ...(french.description ? { descriptionFr: french.description } : {}),
    ...(french.longDescription ? { longDescriptionFr: french.longDescription } : {}),
    featuresFr: french.features,
  };
  return { answers, problems, notices };
}

/** The problems as the lines printed before a non-zero exit. */
export function formatProblems(problems: readonly Problem[], lang: Lang): string {
  const m = VALIDATION_MESSAGES[lang];
  const colon = lang === 'fr' ? ' : ' : ': ';
  const lines = problems.map((problem) => `  ${problem.flag} (${problem.key})${colon}${problem.message}`);
  return [m.problemsHeader, ...lines, m.nothingWritten].join('\n');
}
