import { flagName, flagOf } from '../answers/flags.js';
import { specOf } from '../answers/keys.js';
import type { AnswerKey, Answers, RawAnswers } from '../answers/types.js';
import { endedContractProblems, formatProblems, validateAnswers } from '../answers/validate.js';
import { AREA_REGISTRY, keysForAreas } from '../areas/registry.js';
import type { AreaSpec } from '../areas/registry.js';
import type { Area } from '../areas/registry.js';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import type { Lang } from '../policy/enums.js';
import { UsageError } from '../support/errors.js';
import { remainingProblems } from './compliance.js';
import { answeredBefore, gather, known, readIfExists, validateFor } from './gather.js';
import type { Gathered } from './gather.js';
import { enableHook } from './hook.js';
import { inferredSummary } from './inferred-summary.js';
import { formatSummary, outcomeOf } from './outcome.js';
import type { RunSummary } from './outcome.js';
import { answersToStore } from './store.js';
import { WRITTEN_KEY, writtenAfter } from './previous-run.js';
import { GENERATED_FROM_KEY, generatedFromAfter } from './generated-from.js';
import { madeWith } from './made-with.js';
import type { SyncStep } from './sync.js';
import { assertWritable, sweepStaleTemporaries } from './confined-write.js';
import { alive } from './run-lock.js';
import { isHeld, licenceFilesBesideKept, planWrites, unusedCreatedLicenceTexts } from './writes.js';

/**
 * One run, as plain stages: gather → (prompt) → validate → plan and reconcile with the tree →
 * write → report. The Yeoman generators and the headless CLI are adapters: they call these
 * stages in this order and supply only the prompting and the writer (with its conflict
 * resolution), so both decide exactly the same things.
 */

interface RunFlags {
  yes: boolean;
  force: boolean;
  skipGit: boolean;
  askAnswered: boolean;
}

export interface Run {
  cwd: string;
  areas: readonly Area[];
  lang: Lang;
  flags: RunFlags;
  gathered: Gathered;
}

/** Where the answers are stored, in the target folder. */
export const CONFIG_FILE = '.yo-rc.json';

/** Where an adapter writes: the file system (headless) or Yeoman's in-memory store and our conflict question. */
export interface Writer {
  storeConfig(section: Record<string, unknown>): void;
  /** `ask`: the adapter resolves the conflict with the user; `force`: write without asking. */
  write(path: string, content: string, options: { executable: boolean; action: 'create' | 'force' | 'ask' }): void;
  remove(path: string): void;
  /** A file already as the answers give it. */
  identical?(path: string): void;
  /** Interactive adapters ask before deleting an obsolete generated file. */
  confirmRemoval?(path: string): Promise<boolean>;
}

export interface RunPlan {
  answers: Answers;
  steps: SyncStep[];
  /** The planners' todo, said in the interface language like every line of the run. */
  todo: Message[];
  /** The run's own todo (answers not stored), said in the interface language. */
  deferred: Message[];
  config: Record<string, unknown>;
}

/** A run switch as minimist gives it (`skip-git`) or as yeoman-test and commander do (`skipGit`). */
const flag = (options: Record<string, unknown>, camel: string) => Boolean(options[camel] ?? options[flagName(camel)]);

/** Stage 1, gather: every source but the prompt. A bad answers file or preset stops here. */
export function startRun(input: { cwd: string; areas: readonly Area[]; lang: Lang; options: Record<string, unknown>; config: Record<string, unknown> }): Run {
  const gathered = gather({ cwd: input.cwd, lang: input.lang, options: input.options, config: input.config });
  if (gathered.sources.problems.length > 0) throw new UsageError(gathered.sources.problems.map((problem) => render(problem, input.lang)).join('\n'));
  const options = input.options;
  return {
    cwd: input.cwd,
    areas: input.areas,
    lang: input.lang,
    gathered,
    flags: { yes: flag(options, 'yes'), force: flag(options, 'force'), skipGit: flag(options, 'skipGit'), askAnswered: flag(options, 'askAnswered') },
  };
}

/** Answers fixed by the command line or the answers file: never asked. */
function fixed(run: Run): RawAnswers {
  return { ...run.gathered.sources.answersFile, ...run.gathered.sources.flags };
}

/** Before any question: a wrong flag or answers-file value is reported first, not after every question. */
export function checkGiven(run: Run): void {
  const given = validateAnswers(fixed(run), { lang: run.lang, keys: [], publiccode: false });
  if (given.problems.length > 0) throw new UsageError(formatProblems(given.problems, run.lang), 2);
}

/** The keys the prompt may ask, in order: not fixed, and not settled by an earlier run unless asked again. */
export function keysToAsk(run: Run): AnswerKey[] {
  const given = fixed(run);
  const alone = run.areas.length === 1 ? run.areas[0]! : undefined;
  const alwaysAsk: readonly AnswerKey[] = (alone && (AREA_REGISTRY[alone] as AreaSpec).askedAgainAlone) || [];
  return keysForAreas(run.areas).filter((key) => given[key] === undefined
    && (run.flags.askAnswered || alwaysAsk.includes(key) || !answeredBefore(key, run.gathered.sources)));
}

/** Whether a question makes sense given the answers so far (the registry says). */
export function applies(key: AnswerKey, answers: RawAnswers, lang: Lang): boolean {
  const spec = specOf(key);
  if (spec.prompt === 'never') return false;
  const languagesOf = (raw: unknown) => validateAnswers({ languages: raw }, { lang, keys: [], publiccode: false }).answers.languages;
  return spec.applies ? spec.applies(answers, languagesOf) : true;
}

/** What a question offers by default: the answers so far, every default applied under them. */
export function promptDefaults(known: RawAnswers, lang: Lang): RawAnswers {
  const defaults = validateAnswers(known, { lang, keys: [], publiccode: false }).answers as unknown as RawAnswers;
  return { ...defaults, ...Object.fromEntries(Object.entries(known).filter(([, value]) => value !== undefined)) };
}

/** What the prompt starts from: every known answer. The adapter adds what it asks. */
export function knownAnswers(run: Run): RawAnswers {
  return known(run.gathered.sources);
}

/** The lines a run without a terminal prints: what a --yes run would still need. */
export function missingForNoTerminal(run: Run, keys: readonly AnswerKey[]): string {
  return `${render(msg('run.noTerminal'), run.lang)}\n${keys.map((key) => `  ${flagOf(key)} (${key})`).join('\n')}`;
}

/** Stage 2, validate: every answer of the areas, or a refusal listing each problem with its flag. */
export function settle(run: Run, answers: RawAnswers, log: (line: string) => void): Answers {
  const validation = validateFor(run.areas, answers, run.lang, run.gathered.sources);
  const problems = [...validation.problems, ...endedContractProblems(fixed(run))];
  if (problems.length > 0) throw new UsageError(formatProblems(problems, run.lang), 2);
  for (const notice of validation.notices) log(render(msg('run.notice', { notice }), run.lang));
  return validation.answers;
}

/** Stage 3, plan and reconcile: what to do with each file, and what .yo-rc.json keeps. */
export function planRun(run: Run, answers: Answers): RunPlan {
  const { yes, force } = run.flags;
  const plan = planWrites({ cwd: run.cwd, areas: run.areas, answers, gathered: run.gathered, lang: run.lang, yes, force });
  const stored = answersToStore(answers, run.areas, run.gathered, run.lang, plan, { yes, force });
  const deferred = stored.deferred.length > 0 ? [msg('run.deferred', { keys: stored.deferred })] : [];
  return { answers, steps: plan.steps, todo: plan.todo, deferred, config: stored.config };
}

/** The steps that write or remove a file (the others leave the disk alone). */
const touches = (step: SyncStep) => step.action !== 'identical' && step.action !== 'keep' && step.action !== 'keep-obsolete';

/**
 * Stage 4, write: every path the run may write or remove (.yo-rc.json included) is checked
 * first, so that a refusal writes nothing; then each file. The answers are stored last, by
 * `storeAnswers`, once every file is in place.
 */
export async function applyPlan(run: Run, plan: RunPlan, writer: Writer): Promise<void> {
  const paths = [...plan.steps.filter(touches).map((step) => step.path), CONFIG_FILE];
  assertWritable(run.cwd, paths, run.lang);
  sweepStaleTemporaries(run.cwd, paths, alive);
  for (const step of plan.steps) {
    if (step.action === 'identical') writer.identical?.(step.path);
    if (step.action === 'identical' || step.action === 'keep' || step.action === 'keep-obsolete') continue;
    if (step.action === 'remove' || step.action === 'ask-remove') {
      if (step.action === 'ask-remove' && !(await writer.confirmRemoval?.(step.path))) continue;
      writer.remove(step.path);
      continue;
    }
    writer.write(step.path, step.file!.content, { executable: step.file!.executable === true, action: step.action });
  }
}

/**
 * Once every file is in place (after the conflict prompt): the files the user refused to replace
 * or to remove are kept, like a --yes run that kept them; the answers they did not take are not
 * stored. A licence file that stayed takes back the licence files this run created beside it
 * (COPYING beside the old LICENSE), and a licence text no file uses any more goes too. Then,
 * last, .yo-rc.json: a run interrupted before this point leaves the stored answers of the run
 * before. Updates `files` and the plan.
 */
export function storeAnswers(run: Run, plan: RunPlan, files: RunSummary['files'], writer: Writer): void {
  const outcome = new Map(files.map((file) => [file.path, file.outcome]));
  const refused = (step: SyncStep) =>
    (step.action === 'ask' && outcome.get(step.path) === 'kept') || (step.action === 'ask-remove' && outcome.get(step.path) === 'obsolete');
  const asked = plan.steps.filter(refused);
  // Files kept as they were (--yes, or refused at the prompt) keep the stored answers the earlier run's, and what made them.
  const keptAny = (steps: readonly SyncStep[]) => steps.some((step) => step.action === 'keep' || step.action === 'keep-obsolete');
  const record = (deferred: boolean) => {
    const outcomes = new Map(files.map((file) => [file.path, file.outcome]));
    return {
      [WRITTEN_KEY]: writtenAfter(run.gathered.written, plan.steps, outcomes),
      [GENERATED_FROM_KEY]: generatedFromAfter(run.gathered.generatedFrom, plan.steps, outcomes, madeWith(run.gathered), deferred),
    };
  };
  if (asked.length === 0) {
    writer.storeConfig({ ...plan.config, ...record(run.flags.yes && !run.flags.force && keptAny(plan.steps)) });
    return;
  }
  const steps = plan.steps.map((step) => (asked.includes(step) ? { ...step, action: step.action === 'ask' ? ('keep' as const) : ('keep-obsolete' as const) } : step));
  const stored = answersToStore(plan.answers, run.areas, run.gathered, run.lang, { steps, todo: [] }, { yes: true, force: false });
  if (stored.deferred.length > 0) plan.deferred.push(msg('run.deferred', { keys: stored.deferred }));
  const beside = licenceFilesBesideKept(steps);
  const held = beside ? files.filter((file) => file.outcome === 'created' && isHeld(beside.held, file.path)).map((file) => file.path) : [];
  if (beside && held.length > 0) plan.todo.push(msg('area.licence.heldBack', { paths: held.filter((path) => !path.endsWith('.license')), kept: beside.kept }));
  for (const path of held) {
    writer.remove(path);
    files.splice(files.findIndex((file) => file.path === path), 1);
  }
  const staying = steps.filter((step) => !held.includes(step.path));
  for (const path of unusedCreatedLicenceTexts(staying, (file) => readIfExists(run.cwd, file, run.lang))) {
    writer.remove(path);
    const entry = files.find((file) => file.path === path);
    if (entry) entry.outcome = 'removed';
  }
  writer.storeConfig({ ...stored.config, ...record(true) });
}

/** What became of each file, read back from the disk once the writer is done. */
export function outcomes(run: Run, plan: RunPlan): RunSummary['files'] {
  return plan.steps.map((step) => ({ path: step.path, outcome: outcomeOf(step, readIfExists(run.cwd, step.path, run.lang)) }));
}

/** Stage 5, report: the sign-off hook, then the summary with what `check` still finds. */
export async function report(run: Run, plan: RunPlan, files: RunSummary['files'], log: (line: string) => void): Promise<void> {
  if (plan.answers.signoffHook && run.areas.includes('dco')) log(render(enableHook(run.cwd, run.flags.skipGit, plan.steps), run.lang));
  const inferred = inferredSummary(run.gathered.sources, run.areas, run.lang);
  if (inferred) log(inferred);
  const summary: RunSummary = { files, todo: plan.todo, deferred: plan.deferred, notCompliant: await remainingProblems(run.cwd) };
  log(formatSummary(summary, run.lang));
}
