import { keysForAreas } from '../areas/registry.js';
import type { Area } from '../areas/registry.js';
import type { Answers } from '../answers/types.js';
import { validateAnswers } from '../answers/validate.js';
import { ANSWER_KEYS } from '../answers/keys.js';
import { planSync } from './sync.js';
import { earlierOutput, originAt } from './generated-from.js';
import { NO_PREVIOUS_RUN, previousRun } from './previous-run.js';
import type { PreviousRun } from './previous-run.js';
import type { SyncStep } from './sync.js';
import { setTemplateOverrides } from '../support/paths.js';
import { planAreas } from './plan.js';
import { refuseUntrustedPreset } from './trust.js';
import type { PlanContext } from '../areas/context.js';
import { loadTreeSync } from '../repo/tree.js';
import type { RepositoryTree } from '../repo/tree.js';
import type { Lang } from '../policy/enums.js';
import type { Gathered } from './gather.js';
import { readIfExists, storedAreas } from './gather.js';
import type { Message } from '../i18n/message.js';
import { msg } from '../i18n/message.js';
import { teamFileKind } from '../repo/team-files.js';

/** The answers stored by an earlier run, if it stored a valid set. */
function previousAnswers(gathered: Gathered, lang: Lang): Answers | undefined {
  const areas = storedAreas(gathered);
  if (areas.length === 0) return undefined;
  // Settled, all of them: what the earlier run answered is not this run's choice (a reciprocal
  // licence stored without a reason, from before the reason was asked, is still that run's).
  const { answers, problems } = validateAnswers(gathered.sources.stored, { lang, keys: keysForAreas(areas), publiccode: false, settled: new Set(ANSWER_KEYS), stored: new Set(ANSWER_KEYS) });
  return problems.length > 0 ? undefined : answers;
}

type Read = (path: string) => string | undefined;

/**
 * The folder's files as the plans of one run read them: each read once, however many plans and
 * checks ask (the earlier run's plan, this run's, the dependent areas', the reconciliation). A
 * refused read is not kept: it stops the run wherever it is asked.
 */
function folderReader(cwd: string, lang: Lang): Read {
  const read = new Map<string, string | undefined>();
  return (path) => {
    if (!read.has(path)) read.set(path, readIfExists(cwd, path, lang));
    return read.get(path);
  };
}

function planContext(cwd: string, read: Read, answers: Answers, baseline: Answers | undefined, tree: RepositoryTree, keepsExisting = false): PlanContext {
  return {
    answers,
    tree,
    keepsExisting,
    ...(baseline ? { previousAnswers: baseline } : {}),
    targetDir: cwd,
    existing: read,
  };
}

/** Every file the earlier run wrote, computed again from the answers it stored, owned as its record says. */
function previousFiles(cwd: string, read: Read, gathered: Gathered, lang: Lang, tree: RepositoryTree): PreviousRun {
  const answers = previousAnswers(gathered, lang);
  if (!answers) return NO_PREVIOUS_RUN;
  const record = gathered.written;
  try {
    const context = { ...planContext(cwd, read, answers, answers, tree), earlierRun: true as const, ...(record ? { previousPaths: new Set(Object.keys(record)) } : {}) };
    return previousRun(planAreas(storedAreas(gathered), context).files, record);
  } catch {
    return NO_PREVIOUS_RUN;
  }
}

/** Codegouv's earlier output at each path, found once (generated-from.ts). */
function earlierOutputs(cwd: string, gathered: Gathered, previous: PreviousRun): (path: string) => string | undefined {
  const found = new Map<string, string | undefined>();
  const { written, generatedFrom } = gathered;
  return (path) => {
    if (!found.has(path)) {
      const digest = written && Object.hasOwn(written, path) ? written[path] : undefined;
      found.set(path, earlierOutput({ cwd, digest, origin: originAt(generatedFrom, path), regenerated: previous.output(path) }));
    }
    return found.get(path);
  };
}

export interface WritePlan {
  steps: SyncStep[];
  /** Said in the interface language. */
  todo: Message[];
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
  // Whatever the adapter: no template of a preset nobody trusted is ever rendered.
  refuseUntrustedPreset(gathered, lang);
  setTemplateOverrides(gathered.templateOverrides);
  // With no earlier run, what the directory already says (an existing publiccode.yml) is the
  // baseline against which the user's explicit answers are what changed.
  const baseline = previousAnswers(gathered, lang) ?? validateAnswers(gathered.sources.inferred, { lang, keys: [], publiccode: false }).answers;
  // One listing of the folder for every plan of this run (this run's, the earlier run's, the dependent areas').
  const tree = loadTreeSync(cwd);
  const read = folderReader(cwd, lang);
  const previous = previousFiles(cwd, read, gathered, lang, tree);
  const context = { ...planContext(cwd, read, answers, baseline, tree, yes && !force), previousPaths: previous.written, codegouvOwns: previous.owns, earlierOutput: earlierOutputs(cwd, gathered, previous) };
  const own = planAreas(areas, context);
  const dependentAreas = storedAreas(gathered).filter((area) => !areas.includes(area));
  const dependent = dependentAreas.length > 0 ? planAreas(dependentAreas, context) : { files: [], todo: [], sectionUpdates: [] };
  const steps = planSync({
    planned: own.files,
    dependent: dependent.files,
    previous,
    read,
    force,
    yes,
  });
  const held = withoutLicenceBesideKept(steps);
  // A dependent area's section updates (the README's Licence section under `codegouv licence`) are said too.
  return { steps: withoutUnusedLicenceTexts(held.steps), todo: [...own.todo, ...dependent.sectionUpdates, ...held.todo] };
}

const STAYS = new Set<SyncStep['action']>(['keep', 'keep-obsolete']);

/** A licence file that stays as it is, and the licence files this run would create beside it. */
export function licenceFilesBesideKept(steps: readonly SyncStep[]): { kept: string; held: string[] } | undefined {
  const kept = steps.find((step) => STAYS.has(step.action) && teamFileKind(step.path) === 'licence');
  if (!kept) return undefined;
  const held = steps.filter((step) => step.action === 'create' && teamFileKind(step.path) === 'licence').map((step) => step.path);
  return held.length > 0 ? { kept: kept.path, held } : undefined;
}

/** A created licence file, or the `.license` companion of one. */
export const isHeld = (held: readonly string[], path: string): boolean => held.includes(path) || held.includes(path.replace(/\.license$/u, ''));

/**
 * A licence file that stays as it is (a switch without --force) keeps the new licence's files
 * out too: `COPYING` and `COPYING.LESSER` beside the old `LICENSE` would declare two licences.
 */
function withoutLicenceBesideKept(steps: SyncStep[]): { steps: SyncStep[]; todo: Message[] } {
  const beside = licenceFilesBesideKept(steps);
  if (!beside) return { steps, todo: [] };
  return {
    steps: steps.filter((step) => !isHeld(beside.held, step.path)),
    todo: [msg('area.licence.heldBack', { paths: beside.held, kept: beside.kept })],
  };
}

/** What a file will hold after the run: its new content if written, else what is on disk. */
function contentAfter(step: SyncStep): string {
  const written = step.action === 'create' || step.action === 'force' || step.action === 'ask' || step.action === 'identical';
  return (written ? step.file?.content : step.before) ?? '';
}

/** Whether any of these texts declares the licence (a REUSE tag or REUSE.toml key, or a dep5 `License:` line). */
function usesLicence(texts: string, id: string): boolean {
  // Scanned with indexOf, line by line: these are the target's files, a regex with `[^\n]*`
  // before the id would be quadratic on a line of many tags.
  return texts.split('\n').some((line) => {
    const tag = line.indexOf('SPDX-License-Identifier');
    const start = tag >= 0 ? tag : line.startsWith('License:') ? 0 : -1;
    return start >= 0 && containsId(line, id, start);
  });
}

/** Whether `id` occurs in `line` from `start` as a whole licence id (not a part of a longer one). */
function containsId(line: string, id: string, start: number): boolean {
  for (let at = line.indexOf(id, start); at >= 0; at = line.indexOf(id, at + 1)) {
    const before = at > 0 ? line[at - 1]! : ' ';
    const after = line[at + id.length] ?? ' ';
    if (!/[\w.-]/u.test(before) && !/[\w.+-]/u.test(after)) return true;
  }
  return false;
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
