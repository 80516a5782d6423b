import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AREAS, keysForAreas } from '../areas/registry.js';
import type { Area } from '../areas/registry.js';
import { loadAnswersFile } from '../answers/file.js';
import { inferAnswers } from '../answers/infer.js';
import { ANSWER_KEYS, isAnswerKey } from '../answers/keys.js';
import { loadPreset } from '../answers/preset.js';
import type { AnswerKey, Answers, RawAnswers } from '../answers/types.js';
import { validateAnswers } from '../answers/validate.js';
import type { Validation } from '../answers/validate.js';
import { RUN_MESSAGES } from './messages.js';
import { planSync } from './sync.js';
import type { SyncStep } from './sync.js';
import { setTemplateOverrides } from '../support/paths.js';
import { planAreas } from './plan.js';
import type { PlanContext } from '../areas/context.js';
import type { Lang } from '../policy/enums.js';

/**
 * One run's answers pipeline, without Yeoman: the generators (interactive, yo, yeoman-test) and
 * the headless fast path both go through it, so they decide exactly the same things.
 */

export interface Sources {
  storedAreas: string[];
  flags: RawAnswers;
  answersFile: RawAnswers;
  preset: RawAnswers;
  stored: RawAnswers;
  inferred: RawAnswers;
  problems: string[];
}

export interface Gathered {
  sources: Sources;
  presetSpec?: string;
  templateOverrides?: string;
}

export interface GatherInput {
  cwd: string;
  lang: Lang;
  /** Option values as parsed, under their camelCase or kebab-case names. */
  options: Record<string, unknown>;
  /** The generator's section of an existing .yo-rc.json. */
  config: Record<string, unknown>;
}

export function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function parseLang(value: unknown): Lang | undefined {
  const lang = String(value ?? 'fr').toLowerCase();
  return lang === 'fr' || lang === 'en' ? lang : undefined;
}

/** Answers from every source of design §2 but the prompt, highest last in `known()`. */
export function gather({ cwd, lang, options, config }: GatherInput): Gathered {
  const problems: string[] = [];
  const flags: RawAnswers = {};
  for (const key of ANSWER_KEYS) {
    // minimist (yo, the bin) keeps `project-name`; commander and yeoman-test give `projectName`.
    const value = options[key] ?? options[key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)];
    if (value !== undefined) flags[key] = value;
  }
  let answersFile: RawAnswers = {};
  if (typeof options.answers === 'string' && options.answers !== '') {
    const loaded = loadAnswersFile(resolve(cwd, options.answers), lang, ANSWER_KEYS);
    problems.push(...loaded.problems);
    answersFile = loaded.raw;
  }
  const gathered: Gathered = { sources: { storedAreas: [], flags, answersFile, preset: {}, stored: {}, inferred: {}, problems } };
  // A preset given once is remembered: a later run regenerates with the same organisation defaults.
  const presetSpec = typeof options.preset === 'string' && options.preset !== '' ? options.preset : typeof config.preset === 'string' ? config.preset : undefined;
  if (presetSpec) {
    const loaded = loadPreset(presetSpec, cwd, lang);
    problems.push(...loaded.problems);
    gathered.sources.preset = loaded.raw;
    gathered.presetSpec = presetSpec;
    if (loaded.templates) gathered.templateOverrides = loaded.templates;
  }
  for (const [key, value] of Object.entries(config)) {
    if (isAnswerKey(key)) gathered.sources.stored[key] = value;
  }
  gathered.sources.storedAreas = Array.isArray(config.areas) ? config.areas.map(String) : [];
  gathered.sources.inferred = validInferences(inferAnswers(cwd), lang);
  return gathered;
}

/** Inferred values are hints: one that would not pass validation (a bad publiccode.yml value) is dropped. */
function validInferences(inferred: RawAnswers, lang: Lang): RawAnswers {
  const { problems } = validateAnswers(inferred, { lang, keys: [], publiccode: false });
  const invalid = new Set(problems.map((problem) => problem.key));
  return Object.fromEntries(Object.entries(inferred).filter(([key]) => !invalid.has(key as AnswerKey))) as RawAnswers;
}

/** Every answer known before any prompt, the higher sources winning. */
export function known(sources: Sources): RawAnswers {
  return { ...sources.inferred, ...sources.stored, ...sources.preset, ...sources.answersFile, ...sources.flags };
}

export function validateFor(areas: readonly Area[], raw: RawAnswers, lang: Lang): Validation {
  return validateAnswers(raw, { lang, keys: keysForAreas(areas), publiccode: areas.includes('publiccode') });
}

/** Keys whose default is another answer (design §4), and that answer. */
const DERIVED_FROM: Readonly<Partial<Record<AnswerKey, AnswerKey>>> = {
  title: 'projectName',
  docsLicence: 'licence',
  forge: 'repositoryUrl',
  securityEmail: 'contactEmail',
  conductEmail: 'contactEmail',
};
const DERIVED_KEYS = Object.keys(DERIVED_FROM) as AnswerKey[];

/** Optional answers that may be left empty (the empty value is the answer). */
const OPTIONAL_KEYS: readonly AnswerKey[] = ['administrationUri', 'categories', 'scope', 'supports', 'contractors'];

/**
 * Whether an earlier run settled this key. A value that follows another answer is not stored
 * (so that it keeps following it), but it was settled when that answer was.
 */
export function answeredBefore(key: AnswerKey, sources: Sources): boolean {
  const parent = DERIVED_FROM[key];
  return sources.stored[key] !== undefined || (parent !== undefined && sources.stored[parent] !== undefined);
}

/** What .yo-rc.json keeps: the answers this run used, except values that only follow another answer. */
export function configToStore(answers: Answers, areas: readonly Area[], gathered: Gathered, lang: Lang): Record<string, unknown> {
  const derived = validateAnswers(
    { ...answers, title: undefined, docsLicence: undefined, forge: undefined, securityEmail: undefined, conductEmail: undefined },
    { lang, keys: [], publiccode: false },
  ).answers;
  const followsDefault = (key: AnswerKey) => DERIVED_KEYS.includes(key) && derived[key] === answers[key];
  const empty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  const keys = keysForAreas(areas).filter((key) => !followsDefault(key) && (!empty(answers[key]) || OPTIONAL_KEYS.includes(key)));
  return {
    // An optional answer left empty is stored empty, so that a later run does not ask it again.
    ...Object.fromEntries(keys.map((key) => [key, answers[key] ?? ''])),
    ...(gathered.presetSpec ? { preset: gathered.presetSpec } : {}),
    areas: AREAS.filter((area) => areas.includes(area) || storedAreas(gathered).includes(area)),
  };
}

/** Areas an earlier run wrote, as recorded in .yo-rc.json. */
export function storedAreas(gathered: Gathered): Area[] {
  return AREAS.filter((area) => gathered.sources.storedAreas.includes(area));
}

/** The answers stored by an earlier run, if it stored a valid set. */
function previousAnswers(gathered: Gathered, lang: Lang): Answers | undefined {
  const areas = storedAreas(gathered);
  if (areas.length === 0) return undefined;
  const { answers, problems } = validateAnswers(gathered.sources.stored, { lang, keys: keysForAreas(areas), publiccode: false });
  return problems.length > 0 ? undefined : answers;
}

function planContext(cwd: string, answers: Answers, baseline: Answers | undefined, keepsExisting = false): PlanContext {
  return {
    answers,
    keepsExisting,
    ...(baseline ? { previousAnswers: baseline } : {}),
    targetDir: cwd,
    existing: (path: string) => readIfExists(join(cwd, path)),
  };
}

/** Every file the earlier run wrote, computed again from the answers it stored. */
function previousFiles(cwd: string, gathered: Gathered, lang: Lang): Map<string, string> {
  const answers = previousAnswers(gathered, lang);
  if (!answers) return new Map();
  try {
    const files = planAreas(storedAreas(gathered), planContext(cwd, answers, answers)).files;
    return new Map(files.map((file) => [file.path, file.content]));
  } catch {
    return new Map();
  }
}

export interface WritePlan {
  steps: SyncStep[];
  todo: string[];
}

export interface PlanWritesInput {
  cwd: string;
  areas: readonly Area[];
  answers: Answers;
  gathered: Gathered;
  lang: Lang;
  yes: boolean;
  force: boolean;
}

/** What to do with each file: this run's areas, the areas an earlier run wrote, the obsolete ones. */
export function planWrites({ cwd, areas, answers, gathered, lang, yes, force }: PlanWritesInput): WritePlan {
  setTemplateOverrides(gathered.templateOverrides);
  // With no earlier run, what the directory already says (an existing publiccode.yml) is the
  // baseline against which the user's explicit answers are what changed.
  const baseline = previousAnswers(gathered, lang) ?? validateAnswers(gathered.sources.inferred, { lang, keys: [], publiccode: false }).answers;
  const context = planContext(cwd, answers, baseline, yes && !force);
  const own = planAreas(areas, context);
  const dependentAreas = storedAreas(gathered).filter((area) => !areas.includes(area));
  const dependent = dependentAreas.length > 0 ? planAreas(dependentAreas, context) : { files: [], todo: [] };
  const steps = planSync({
    planned: own.files,
    dependent: dependent.files,
    previous: previousFiles(cwd, gathered, lang),
    read: (path) => readIfExists(join(cwd, path)),
    force,
    yes,
  });
  return { steps: withoutUnusedLicenceTexts(steps), todo: own.todo };
}

/** What a file will hold after the run: its new content if written, else what is on disk. */
function contentAfter(step: SyncStep): string {
  const written = step.action === 'create' || step.action === 'force' || step.action === 'ask' || step.action === 'identical';
  return (written ? step.file?.content : step.before) ?? '';
}

/** Whether any of these texts declares the licence (a REUSE tag, or a dep5 `License:` line). */
function usesLicence(texts: string, id: string): boolean {
  return new RegExp(`(SPDX-License-Identifier:|^License:)[^\n]*(?<![\\w.-])${id.replace(/[.+]/g, '\\$&')}(?![\\w.+-])`, 'm').test(texts);
}

const licenceTextId = (path: string) => /^LICENSES\/(.+)\.txt$/.exec(path)?.[1];

/**
 * A licence text is only added when a file that stays or is written uses it (REUSE reports an
 * unused one): with every file kept, a new licence answer adds no LICENSES/ text.
 */
function withoutUnusedLicenceTexts(steps: SyncStep[]): SyncStep[] {
  const texts = steps.filter((step) => !step.path.startsWith('LICENSES/')).map(contentAfter).join('\n');
  return steps.filter((step) => {
    const id = licenceTextId(step.path);
    return !(id && step.action === 'create' && !usesLicence(texts, id));
  });
}

/** Licence texts this run created that no file uses once the run is over (read back from disk). */
export function unusedCreatedLicenceTexts(steps: readonly SyncStep[], read: (path: string) => string | undefined): string[] {
  const texts = steps.filter((step) => !step.path.startsWith('LICENSES/')).map((step) => read(step.path) ?? '').join('\n');
  return steps.filter((step) => step.action === 'create' && licenceTextId(step.path) && !usesLicence(texts, licenceTextId(step.path)!)).map((step) => step.path);
}

/**
 * The answers .yo-rc.json keeps. In --yes mode without --force, a run that kept existing files
 * keeps the answers stored for them too: the stored answers keep describing the files, and the
 * same run with --force later applies the change.
 */
export function answersToStore(answers: Answers, areas: readonly Area[], gathered: Gathered, lang: Lang, plan: WritePlan, options: { yes: boolean; force: boolean }): { config: Record<string, unknown>; deferred: string[] } {
  const config = configToStore(answers, areas, gathered, lang);
  const kept = options.yes && !options.force && plan.steps.some((step) => step.action === 'keep');
  if (!kept) return { config, deferred: [] };
  const deferred: string[] = [];
  for (const [key, value] of Object.entries(gathered.sources.stored)) {
    if (key in config && JSON.stringify(config[key]) !== JSON.stringify(value)) {
      config[key] = value;
      deferred.push(key);
    }
  }
  return { config, deferred };
}

/** `core.hooksPath .githooks` for the opt-in sign-off hook; returns what to tell the user. */
export function enableHook(cwd: string, skipGit: boolean, lang: Lang): string {
  const m = RUN_MESSAGES[lang];
  if (skipGit) return m.hookSkipped;
  try {
    const inside = execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (inside.trim() !== 'true') return m.hookNotGit;
  } catch {
    return m.hookNotGit;
  }
  execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { cwd, stdio: 'ignore' });
  return m.hookSet;
}
