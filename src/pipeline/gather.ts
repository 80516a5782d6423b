import { resolve } from 'node:path';
import { AREAS, keysForAreas } from '../areas/registry.js';
import type { Area } from '../areas/registry.js';
import { loadAnswersFile } from '../answers/file.js';
import { inferAnswers } from '../answers/infer.js';
import type { Provenance } from '../answers/provenance.js';
import { flagName } from '../answers/flags.js';
import { ANSWER_KEYS, isAnswerKey, specOf } from '../answers/keys.js';
import { loadPreset } from '../answers/preset.js';
import type { AnswerKey, RawAnswers } from '../answers/types.js';
import { validateAnswers } from '../answers/validate.js';
import type { Validation } from '../answers/validate.js';
import type { Message } from '../i18n/message.js';
import { msg } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import { readText } from '../repo/read.js';
import { UsageError } from '../support/errors.js';
import { confinedRealPath } from '../support/confined-path.js';
import { readWritten } from './previous-run.js';
import { readGeneratedFrom } from './generated-from.js';
import type { GeneratedFrom } from './generated-from.js';
import type { Lang } from '../policy/enums.js';

/**
 * Gather: every source of answers but the prompt (flags, answers file, preset, .yo-rc.json,
 * the target folder), highest last in `known()`.
 */
export interface Sources {
  storedAreas: string[];
  flags: RawAnswers;
  answersFile: RawAnswers;
  preset: RawAnswers;
  stored: RawAnswers;
  inferred: RawAnswers;
  /** Where each inferred answer was read (the run's summary says it). */
  provenance?: Provenance;
  /** Inferred keys whose value is advice rather than what the repository says of itself. */
  suggested?: ReadonlySet<AnswerKey>;
  problems: Message[];
}

/** A preset with templates that only the target's .yo-rc.json names: code nobody vouched for yet. */
export interface UntrustedPreset {
  /** `templates`: it carries templates (code); `outside`: a data preset read from outside the folder. */
  reason: 'templates' | 'outside';
  spec: string;
  /** The preset file, absolute. */
  file: string;
  /** Its template folder, absolute. */
  templates: string;
}

export interface Gathered {
  sources: Sources;
  presetSpec?: string;
  /** A template folder the user trusts (pipeline/trust.ts): the only one ever rendered. */
  templateOverrides?: string;
  /** Set until the user trusts it or the run refuses (pipeline/trust.ts). */
  untrustedPreset?: UntrustedPreset;
  /** What the earlier run wrote, by path (pipeline/previous-run.ts), when .yo-rc.json records it. */
  written?: Readonly<Record<string, string>>;
  /** What the earlier run's files were generated from (pipeline/generated-from.ts), when .yo-rc.json records it. */
  generatedFrom?: GeneratedFrom;
  /** The preset file read, when there is a preset. */
  presetFile?: string;
}

export interface GatherInput {
  cwd: string;
  lang: Lang;
  /** Option values as parsed, under their camelCase or kebab-case names. */
  options: Record<string, unknown>;
  /** The generator's section of an existing .yo-rc.json. */
  config: Record<string, unknown>;
}

/**
 * A file of the target folder the plan compares or merges with (README.md, .gitignore…), read
 * through repo/read.ts: undefined when absent; a link leaving the folder, a FIFO or device, a
 * huge or non-UTF-8 file stops the run with a message naming it, before anything is written
 * (treating it as absent would write over it, decoding it loosely would corrupt it).
 */
export function readIfExists(root: string, path: string, lang: Lang): string | undefined {
  const read = readText(root, path);
  if (read.ok) return read.text;
  if (read.reason === 'missing') return undefined;
  throw new UsageError(render(msg('reads.refused', { path, reason: msg('reads.reason', { reason: read.reason }) }), lang));
}


/** Answers from every source but the prompt, highest last in `known()`. */
export function gather({ cwd, lang, options, config }: GatherInput): Gathered {
  const problems: Message[] = [];
  const flags: RawAnswers = {};
  for (const key of ANSWER_KEYS) {
    // minimist (yo, the bin) keeps `project-name`; commander and yeoman-test give `projectName`.
    const value = options[key] ?? options[flagName(key)];
    if (value !== undefined) flags[key] = value;
  }
  let answersFile: RawAnswers = {};
  if (typeof options.answers === 'string' && options.answers !== '') {
    const loaded = loadAnswersFile(resolve(cwd, options.answers), ANSWER_KEYS);
    problems.push(...loaded.problems);
    answersFile = loaded.raw;
  }
  const gathered: Gathered = { sources: { storedAreas: [], flags, answersFile, preset: {}, stored: {}, inferred: {}, problems } };
  // A preset given once is remembered: a later run regenerates with the same organisation defaults.
  // The one the user names is trusted; the one .yo-rc.json names is the repository's word: its
  // answers are data (validated like any answer), its templates are code that waits for trust.
  const named = nonEmpty(options.preset);
  const presetSpec = named ?? nonEmpty(config.preset);
  if (presetSpec) {
    const loaded = loadPreset(presetSpec, cwd);
    problems.push(...loaded.problems);
    gathered.sources.preset = loaded.raw;
    gathered.presetSpec = presetSpec;
    if (loaded.problems.length === 0) gathered.presetFile = loaded.file;
    const trusted = named !== undefined || (options.trustPreset ?? options['trust-preset']) === true;
    if (loaded.templates && trusted) gathered.templateOverrides = loaded.templates;
    else if (loaded.templates) gathered.untrustedPreset = { reason: 'templates', spec: presetSpec, file: loaded.file, templates: loaded.templates };
    // A data preset the folder names from elsewhere would copy another file's values into what we write.
    else if (!trusted && typeof confinedRealPath(cwd, loaded.file) !== 'string') gathered.untrustedPreset = { reason: 'outside', spec: presetSpec, file: loaded.file, templates: '' };
  }
  for (const [key, value] of Object.entries(config)) {
    if (isAnswerKey(key)) gathered.sources.stored[key] = value;
  }
  gathered.sources.storedAreas = Array.isArray(config.areas) ? config.areas.map(String) : [];
  // Before the documentation had its own default (etalab-2.0), it followed the code licence and was
  // not stored: an earlier run without it wrote its documents under the code licence.
  const { stored } = gathered.sources;
  if (gathered.sources.storedAreas.length > 0 && stored.licence !== undefined && stored.docsLicence === undefined) stored.docsLicence = stored.licence;
  const written = readWritten(config);
  if (written) gathered.written = written;
  const generatedFrom = readGeneratedFrom(config);
  if (generatedFrom) gathered.generatedFrom = generatedFrom;
  gathered.sources.provenance = {};
  const suggested = new Set<AnswerKey>();
  gathered.sources.inferred = validInferences(inferAnswers(cwd, gathered.sources.provenance, suggested), lang);
  gathered.sources.suggested = suggested;
  return gathered;
}

const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

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

export function validateFor(areas: readonly Area[], raw: RawAnswers, lang: Lang, sources?: Sources): Validation {
  return validateAnswers(raw, { lang, keys: keysForAreas(areas), publiccode: areas.includes('publiccode'), ...(sources ? inPlaceKeys(raw, sources) : {}) });
}

/**
 * The keys nobody chose in this run (no flag, answers file or preset gives them) whose value is
 * already in place: `stored` by an earlier run (its decisions), `settled` that or what the
 * repository says of itself.
 */
function inPlaceKeys(raw: RawAnswers, sources: Sources): { settled: Set<AnswerKey>; stored: Set<AnswerKey> } {
  const keys = (Object.keys(raw) as AnswerKey[]).filter((key) => raw[key] !== undefined && ![sources.flags, sources.answersFile, sources.preset].some((source) => source[key] !== undefined));
  const stored = new Set(keys.filter((key) => sources.stored[key] === raw[key]));
  // An inference that is advice (a licence suggested because GPL code is bundled) is not what the repository says of itself.
  const settled = new Set(keys.filter((key) => stored.has(key) || (!sources.suggested?.has(key) && sources.inferred[key] === raw[key])));
  return { settled, stored };
}

/**
 * Whether an earlier run settled this key. A value that follows another answer is not stored
 * (so that it keeps following it), but it was settled when that answer was.
 */
export function answeredBefore(key: AnswerKey, sources: Sources): boolean {
  const parent = specOf(key).follows;
  return sources.stored[key] !== undefined || (parent !== undefined && sources.stored[parent] !== undefined);
}

/** Areas an earlier run wrote, as recorded in .yo-rc.json. */
export function storedAreas(gathered: Gathered): Area[] {
  return AREAS.filter((area) => gathered.sources.storedAreas.includes(area));
}
