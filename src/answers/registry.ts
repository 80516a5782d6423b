import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { CODE_LICENCE_IDS, classifyCodeLicence, classifyDocsLicence } from '../policy/licence-input.js';
import { DOCUMENTATION_LICENCES, LICENCE_POLICY_SOURCE } from '../policy/licences.js';
import { DEFAULT_DOCUMENTATION_LICENCE, LICENCE_ADVICE_SOURCES, MIN_REASON_LENGTH, isReciprocal, reasonProblem } from '../policy/licence-advice.js';
import { DEVELOPMENT_STATUSES, FORGES, LANGUAGE_SETS, MAINTENANCE_TYPES, OPENNESS_LEVELS, SOFTWARE_TYPES } from '../policy/enums.js';
import type { Lang, Openness } from '../policy/enums.js';
import { CATEGORIES } from '../publiccode/data/categories.js';
import { SCOPES } from '../publiccode/data/scopes.js';
import { SUPPORTS_ALIASES, SUPPORTS_ALIAS_PREFIX } from '../publiccode/data/supports-aliases.js';
import { checkSupportsId } from '../publiccode/uri.js';
import { docsLicenceChoices, enumChoices, languageChoices, licenceChoices, platformChoices } from './choices.js';
import type { ChoiceContext } from './choices.js';
import { asText, fail, ok } from './parse.js';
import type { Parsed } from './parse.js';
import { forgeOf, normaliseRepositoryUrl } from './repository-url.js';
import type { AnswerKey, Answers, RawAnswers } from './types.js';
import type { Area } from '../policy/areas.js';
import { bool, contractors, email, httpsUrl, languages, listOf, nonEmptyList, oneOf, organisationUri, text, textList, year } from './values.js';

/**
 * Every answer key, declared once, in the order the questions are asked. Everything else is
 * derived from this table: validation and defaults (validate.ts), prompts (questions.ts), the CLI
 * flags and `--help` (cli/), the preset JSON Schema (scripts/preset-schema.ts), what
 * `.yo-rc.json` keeps (pipeline/), and the README's key table (scripts/answer-keys-table.ts).
 * Adding a key: one entry here, its question in the catalogue (i18n/fr/prompts.ts, i18n/en/prompts.ts), its rule in key-rules.ts, the templates that use it.
 */

export interface ParseContext {
  lang: Lang;
  now: Date;
  /** Accepted changes the user should hear about (a licence id put in its exact case). */
  notices: Message[];
}

/** When a missing answer is a problem (only for keys the run needs). */
export type Requirement =
  | 'always'
  /** Only when publiccode.yml is written. */
  | 'publiccode'
  /** When publiccode.yml is written and this language is a secondary document language. */
  | { secondary: Lang }
  /** When the earlier answers call for it (`doc`: when, in the README's key table), with what the refusal says. */
  | {
      when: (answers: Partial<Answers>, context: { settled: ReadonlySet<AnswerKey> }) => boolean;
      doc: string;
      missing: (answers: Partial<Answers>) => Message;
    };

type Prompt =
  | { type: 'input'; show?: (value: unknown) => unknown }
  | { type: 'select'; choices: (context: ChoiceContext) => unknown[]; filter?: (value: unknown) => unknown; show?: (value: unknown) => unknown }
  | { type: 'checkbox'; choices: (context: ChoiceContext) => unknown[]; atLeastOne: boolean }
  | { type: 'confirm' }
  /** Asked again until the user picks "done" (the 106 publiccode.yml categories). */
  | { type: 'search' };

/** Where an answer may be found in the target folder before anything is asked. */
export type InferenceSource = 'publiccode.yml' | 'package.json' | 'manifests' | 'README' | 'LICENSE' | 'git remote' | 'git config' | 'folder name';

export interface KeySpec<K extends AnswerKey> {
  /** The areas whose files use it: a run of these areas needs it (asks it, stores it). */
  areas: 'all' | readonly Area[];
  parse(raw: unknown, context: ParseContext, answers: Partial<Answers>): Parsed<Answers[K]>;
  /** The value when none is given; earlier keys are already settled in `answers`. */
  fallback(answers: Partial<Answers>, context: ParseContext): Answers[K] | undefined;
  /** A check against earlier answers, once this one is settled. */
  refine?(value: Answers[K], answers: Partial<Answers>, context: ParseContext, invalid: boolean): { value: Answers[K]; problem?: Message };
  required?: Requirement;
  /** Its default is this other answer: not stored while it follows it, so that it keeps following. */
  follows?: AnswerKey;
  /** A switch (`--codemeta`, `--no-codemeta`) rather than an option taking a value. */
  switch?: true;
  /** How it is asked, or never (only by a flag, an answers file or a preset). */
  prompt: Prompt | 'never';
  /** Asked only when it makes sense given the answers so far. */
  applies?(known: RawAnswers, languagesOf: (raw: unknown) => Lang[]): boolean;
  /** Presets may set it: its JSON Schema. */
  preset?: object;
  /** Stored even when empty, so that a later run does not ask it again. */
  storeEmpty?: true;
  inferredFrom?: readonly InferenceSource[];
  /** Where publiccode.yml holds it (documentation and the test that checks the mapping). */
  publiccode?: string;
}

type Registry = { [K in AnswerKey]: KeySpec<K> };

const join = (list: unknown) => (Array.isArray(list) ? list.join('; ') : list);
const features = (v: unknown) => nonEmptyList(v, /;|\n/);
const shortText = (v: unknown) => text(v, { max: 150 });
const longText = (v: unknown) => text(v, { min: 150, max: 10_000, multiline: true });
const secondary = (lang: Lang) => (known: RawAnswers, languagesOf: (raw: unknown) => Lang[]) => languagesOf(known.languages).slice(1).includes(lang);
const stringSchema = { type: 'string', minLength: 1 };
const emailSchema = { type: 'string', format: 'email' };

export const ANSWER_REGISTRY = {
  administration: {
    areas: 'all',
    parse: (v) => text(v),
    fallback: () => '',
    required: 'always',
    prompt: { type: 'input' },
    inferredFrom: ['publiccode.yml'],
    preset: stringSchema,
  },
  administrationUri: {
    areas: ['readme', 'publiccode'],
    parse: (v) => organisationUri(v),
    fallback: () => undefined,
    prompt: { type: 'input' },
    inferredFrom: ['publiccode.yml'],
    preset: { type: 'string', format: 'uri', pattern: '^https://' },
    storeEmpty: true,
    publiccode: 'organisation.uri',
  },
  projectName: {
    areas: ['licence', 'readme', 'contributing', 'security', 'publiccode'],
    parse: (v) => {
      const value = asText(v);
      return value && /^[a-z0-9][a-z0-9._-]*$/.test(value) && value.length <= 100 ? ok(value) : fail(msg('answer.projectName'));
    },
    fallback: () => '',
    required: 'always',
    prompt: { type: 'input' },
    inferredFrom: ['package.json', 'manifests', 'git remote', 'folder name'],
  },
  title: {
    areas: ['readme', 'contributing', 'code-of-conduct', 'security', 'publiccode'],
    parse: (v) => text(v, { max: 200 }),
    fallback: (a) => a.projectName,
    follows: 'projectName',
    prompt: { type: 'input' },
    inferredFrom: ['publiccode.yml'],
    publiccode: 'name',
  },
  description: {
    areas: ['licence', 'readme', 'publiccode'],
    parse: shortText,
    fallback: () => '',
    required: 'always',
    prompt: { type: 'input' },
    inferredFrom: ['publiccode.yml', 'package.json', 'manifests', 'README'],
    publiccode: 'description.<lang>.shortDescription',
  },
  longDescription: {
    areas: ['publiccode'],
    parse: longText,
    fallback: () => undefined,
    required: 'publiccode',
    prompt: { type: 'input' },
    inferredFrom: ['publiccode.yml', 'manifests', 'README'],
    publiccode: 'description.<lang>.longDescription',
  },
  features: {
    areas: ['publiccode'],
    parse: features,
    fallback: () => [],
    required: 'publiccode',
    prompt: { type: 'input', show: join },
    inferredFrom: ['publiccode.yml', 'README'],
    publiccode: 'description.<lang>.features',
  },
  categories: {
    areas: ['publiccode'],
    parse: (v) => listOf(v, CATEGORIES),
    fallback: () => [],
    prompt: { type: 'search' },
    storeEmpty: true,
    inferredFrom: ['publiccode.yml'],
    publiccode: 'categories',
  },
  scope: {
    areas: ['publiccode'],
    parse: (v) => listOf(v, SCOPES),
    fallback: () => [],
    prompt: { type: 'search' },
    storeEmpty: true,
    inferredFrom: ['publiccode.yml'],
    publiccode: 'intendedAudience.scope',
  },
  licence: {
    areas: 'all',
    parse: (v, c) => {
      const input = asText(v) ?? '';
      const verdict = classifyCodeLicence(input);
      if (verdict.kind === 'exact') return ok(verdict.id);
      if (verdict.kind === 'case') {
        c.notices.push(msg('answer.licenceCase', { input, id: verdict.id }));
        return ok(verdict.id);
      }
      if (verdict.kind === 'near') return fail(msg('answer.licenceNear', { input, suggestion: verdict.suggestion, flag: '--licence' }));
      return fail(msg('answer.licenceRefused', { input, allowed: CODE_LICENCE_IDS, source: LICENCE_POLICY_SOURCE }));
    },
    fallback: () => '',
    required: 'always',
    prompt: { type: 'select', choices: licenceChoices },
    preset: { enum: [...CODE_LICENCE_IDS] },
    inferredFrom: ['publiccode.yml', 'package.json', 'manifests', 'LICENSE'],
    publiccode: 'legal.license',
  },
  reciprocityReason: {
    // The licence area writes the README's Licence section again when the licence changes.
    areas: ['licence', 'readme'],
    parse: (v) => {
      const parsed = text(v, { max: 1000 });
      if (!parsed.ok) return parsed;
      const problem = reasonProblem(parsed.value);
      return problem === undefined ? parsed : fail(problem === 'short' ? msg('licenceAdvice.reasonShort', { min: MIN_REASON_LENGTH }) : msg('licenceAdvice.reasonPlaceholder'));
    },
    fallback: () => undefined,
    // A permissive licence needs no reason: one given (an answers file shared by several repositories) is not kept.
    refine: (value, a) => ({ value: isReciprocal(a.licence ?? '') ? value : undefined }),
    required: {
      // A licence already in place (the repository's own text, an earlier run's answer) is not
      // chosen by this run: its reason is L3's to ask for, not a reason to refuse the whole run.
      when: (a, { settled }) => isReciprocal(a.licence ?? '') && !settled.has('licence'),
      doc: 'si la licence choisie est à réciprocité (art. L.323-2 CRPA)',
      missing: (a) => msg('licenceAdvice.reasonRequired', { licence: a.licence ?? '', flag: '--reciprocity-reason', source: LICENCE_ADVICE_SOURCES.crpa }),
    },
    prompt: { type: 'input' },
    applies: (known) => isReciprocal(String(known.licence ?? '')),
    preset: stringSchema,
    inferredFrom: ['README'],
  },
  docsLicence: {
    areas: 'all',
    parse: (v, _c, a) => {
      const input = asText(v) ?? '';
      const licence = a.licence ?? '';
      const verdict = classifyDocsLicence(input, licence || 'etalab-2.0');
      if (verdict.kind === 'exact' || verdict.kind === 'case') return ok(verdict.id);
      const allowed = ['etalab-2.0', ...(licence ? [licence] : [])];
      return fail(verdict.kind === 'near' ? msg('answer.licenceNear', { input, suggestion: verdict.suggestion, flag: '--docs-licence' }) : msg('answer.docsLicence', { input, allowed }));
    },
    // The policy's documentation practice: Licence Ouverte 2.0 (code.gouv.fr « Quelle licence ? »).
    fallback: () => DEFAULT_DOCUMENTATION_LICENCE,
    prompt: { type: 'select', choices: docsLicenceChoices },
    preset: { enum: [...DOCUMENTATION_LICENCES, ...CODE_LICENCE_IDS] },
  },
  repositoryUrl: {
    areas: ['readme', 'contributing', 'dco', 'publiccode'],
    parse: (v) => httpsUrl(normaliseRepositoryUrl(asText(v) ?? '')),
    fallback: () => '',
    required: 'always',
    prompt: { type: 'input' },
    inferredFrom: ['publiccode.yml', 'git remote'],
    publiccode: 'url',
  },
  forge: {
    areas: ['readme', 'contributing', 'dco', 'publiccode'],
    parse: (v) => oneOf(asText(v)?.toLowerCase(), FORGES),
    fallback: (a) => forgeOf(a.repositoryUrl ?? ''),
    follows: 'repositoryUrl',
    prompt: { type: 'select', choices: enumChoices(FORGES) },
    preset: { enum: [...FORGES] },
  },
  contactName: {
    areas: ['readme', 'publiccode'],
    parse: (v) => text(v),
    fallback: () => '',
    required: 'always',
    prompt: { type: 'input' },
    preset: stringSchema,
    inferredFrom: ['publiccode.yml', 'git config'],
    publiccode: 'maintenance.contacts[0].name',
  },
  contactEmail: {
    areas: ['readme', 'contributing', 'code-of-conduct', 'security', 'publiccode'],
    parse: (v) => email(v),
    fallback: () => '',
    required: 'always',
    prompt: { type: 'input' },
    preset: emailSchema,
    inferredFrom: ['publiccode.yml', 'git config'],
    publiccode: 'maintenance.contacts[0].email',
  },
  securityEmail: {
    areas: ['readme', 'contributing', 'security'],
    parse: (v) => email(v),
    fallback: (a) => a.contactEmail,
    follows: 'contactEmail',
    prompt: { type: 'input' },
    preset: emailSchema,
  },
  conductEmail: {
    areas: ['code-of-conduct'],
    parse: (v) => email(v),
    fallback: (a) => a.contactEmail,
    follows: 'contactEmail',
    prompt: { type: 'input' },
    preset: emailSchema,
  },
  developmentStatus: {
    areas: ['readme', 'publiccode'],
    parse: (v) => oneOf(v, DEVELOPMENT_STATUSES),
    fallback: () => 'development',
    prompt: { type: 'select', choices: enumChoices(DEVELOPMENT_STATUSES) },
    inferredFrom: ['publiccode.yml'],
    publiccode: 'developmentStatus',
  },
  softwareType: {
    areas: ['publiccode'],
    parse: (v) => oneOf(v, SOFTWARE_TYPES),
    fallback: () => 'standalone/web',
    prompt: { type: 'select', choices: enumChoices(SOFTWARE_TYPES) },
    inferredFrom: ['publiccode.yml', 'manifests'],
    publiccode: 'softwareType',
  },
  platforms: {
    areas: ['publiccode'],
    parse: (v) => nonEmptyList(v, /[,\s]+/),
    fallback: () => ['web'],
    prompt: { type: 'checkbox', choices: platformChoices, atLeastOne: true },
    inferredFrom: ['publiccode.yml'],
    publiccode: 'platforms',
  },
  maintenanceType: {
    areas: ['publiccode'],
    parse: (v) => oneOf(v, MAINTENANCE_TYPES),
    fallback: () => 'internal',
    prompt: { type: 'select', choices: enumChoices(MAINTENANCE_TYPES) },
    preset: { enum: [...MAINTENANCE_TYPES] },
    inferredFrom: ['publiccode.yml'],
    publiccode: 'maintenance.type',
  },
  contractors: {
    areas: ['publiccode'],
    parse: (v) => contractors(v),
    fallback: () => [],
    refine: (value, a, _c, invalid) => {
      if (a.maintenanceType === 'contract' && value.length === 0 && !invalid) return { value, problem: msg('answer.contractorsRequired') };
      if (a.maintenanceType !== 'contract' && value.length > 0) return { value: [], problem: msg('answer.contractorsForbidden', { type: a.maintenanceType ?? '' }) };
      return { value };
    },
    prompt: { type: 'input', show: (v) => (Array.isArray(v) ? v.map((c: { name?: string; until?: string }) => `${c.name ?? ''}; ${c.until ?? ''}`)[0] : v) },
    applies: (known) => known.maintenanceType === 'contract',
    storeEmpty: true,
    inferredFrom: ['publiccode.yml'],
    publiccode: 'maintenance.contractors',
  },
  languages: {
    areas: 'all',
    parse: (v) => languages(v),
    // French, whatever the interface language: a French administration's documents are in French (English may be added).
    fallback: () => [...LANGUAGE_SETS[0]],
    prompt: { type: 'select', choices: languageChoices, filter: (value) => String(value).split(','), show: (v) => (Array.isArray(v) ? v.join(',') : v) },
    preset: { oneOf: LANGUAGE_SETS.map((set) => ({ const: [...set] })) },
    inferredFrom: ['publiccode.yml', 'README'],
    publiccode: 'localisation.availableLanguages',
  },
  descriptionEn: {
    areas: ['readme', 'publiccode'],
    parse: shortText, fallback: () => undefined, required: { secondary: 'en' }, prompt: { type: 'input' }, applies: secondary('en'),
    inferredFrom: ['publiccode.yml'], publiccode: 'description.en.shortDescription',
  },
  longDescriptionEn: {
    areas: ['publiccode'],
    parse: longText, fallback: () => undefined, required: { secondary: 'en' }, prompt: { type: 'input' }, applies: secondary('en'),
    inferredFrom: ['publiccode.yml'], publiccode: 'description.en.longDescription',
  },
  featuresEn: {
    areas: ['publiccode'],
    parse: features, fallback: () => [], required: { secondary: 'en' }, prompt: { type: 'input', show: join }, applies: secondary('en'),
    inferredFrom: ['publiccode.yml'], publiccode: 'description.en.features',
  },
  descriptionFr: {
    areas: ['readme', 'publiccode'],
    parse: shortText, fallback: () => undefined, required: { secondary: 'fr' }, prompt: { type: 'input' }, applies: secondary('fr'),
    inferredFrom: ['publiccode.yml'], publiccode: 'description.fr.shortDescription',
  },
  longDescriptionFr: {
    areas: ['publiccode'],
    parse: longText, fallback: () => undefined, required: { secondary: 'fr' }, prompt: { type: 'input' }, applies: secondary('fr'),
    inferredFrom: ['publiccode.yml'], publiccode: 'description.fr.longDescription',
  },
  featuresFr: {
    areas: ['publiccode'],
    parse: features, fallback: () => [], required: { secondary: 'fr' }, prompt: { type: 'input', show: join }, applies: secondary('fr'),
    inferredFrom: ['publiccode.yml'], publiccode: 'description.fr.features',
  },
  year: {
    areas: 'all',
    parse: (v) => year(v),
    fallback: (_a, c) => c.now.getFullYear(),
    prompt: { type: 'input' },
  },
  openness: {
    areas: ['readme'],
    parse: (v) => oneOf<Openness>(v, OPENNESS_LEVELS, { publié: 'publie' }),
    fallback: () => 'ouvert',
    prompt: { type: 'select', choices: enumChoices(OPENNESS_LEVELS) },
    preset: { enum: [...OPENNESS_LEVELS] },
  },
  signoffHook: { areas: ['dco'], parse: (v) => bool(v), fallback: () => false, switch: true, prompt: { type: 'confirm' } },
  codemeta: { areas: ['publiccode'], parse: (v) => bool(v), fallback: () => false, switch: true, prompt: { type: 'confirm' } },
  supports: {
    areas: ['publiccode'],
    parse: (v) => {
      const list = textList(v, /[,\s]+/);
      if (!list.ok) return list;
      const ids = list.value.map((id) => (SUPPORTS_ALIASES.includes(id) ? `${SUPPORTS_ALIAS_PREFIX}${id}` : id));
      const wrong = ids.filter((id) => checkSupportsId(id) !== 'valid');
      return wrong.length > 0 ? fail(msg('answer.supports', { values: wrong, aliases: SUPPORTS_ALIASES })) : ok(ids);
    },
    fallback: () => [],
    prompt: 'never',
    storeEmpty: true,
    publiccode: 'supports[].id',
  },
  ci: { areas: ['dco'], parse: (v) => bool(v), fallback: () => false, switch: true, prompt: 'never', preset: { type: 'boolean' } },
} satisfies Registry as Registry;
