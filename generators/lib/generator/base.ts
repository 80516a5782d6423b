import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import Generator from 'yeoman-generator';
import type { BaseOptions } from 'yeoman-generator';
import type { Area } from '../areas.js';
import { AREAS, keysForAreas } from '../areas.js';
import { loadAnswersFile } from '../answers/file.js';
import { loadPreset } from '../answers/preset.js';
import { setTemplateOverrides } from '../paths.js';
import { flagName } from '../answers/flags.js';
import { inferAnswers } from '../answers/infer.js';
import { ANSWER_KEYS, BOOLEAN_KEYS, UNPROMPTED_KEYS, isAnswerKey } from '../answers/keys.js';
import type { AnswerKey, Answers, RawAnswers } from '../answers/types.js';
import { formatProblems, validateAnswers } from '../answers/validate.js';
import { QUESTION_TEXT } from '../i18n/prompt-messages.js';
import type { Lang } from '../policy/enums.js';
import { buildCategoryQuestion, buildQuestion } from '../prompts/questions.js';
import { copyrightOf } from '../plan/context.js';
import { planAreas } from '../plan/assemble.js';
import type { PlanContext } from '../plan/context.js';
import { annotate } from '../reuse/annotate.js';
import { UsageError } from './errors.js';
import { RUN_MESSAGES } from './messages.js';
import { formatSummary, outcomeOf } from './outcome.js';
import type { RunSummary } from './outcome.js';
import { planSync } from './sync.js';
import type { SyncStep } from './sync.js';
import type { PlannedFile } from '../plan/types.js';
import { markFinished, markStarted } from './exit-guard.js';

export type CodegouvOptions = BaseOptions & {
  yes?: boolean;
  lang?: string;
  answers?: string;
  preset?: string;
  force?: boolean;
  skipGit?: boolean;
};

interface Sources {
  storedAreas: string[];
  flags: RawAnswers;
  answersFile: RawAnswers;
  preset: RawAnswers;
  stored: RawAnswers;
  inferred: RawAnswers;
  problems: string[];
}

const keepAsGiven = (value: unknown): unknown => value;

/** Keys whose default is another answer (design §4). */
const DERIVED_KEYS: readonly AnswerKey[] = ['title', 'docsLicence', 'forge', 'securityEmail', 'conductEmail'];

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/**
 * Shared by `app` and every area generator: gathers answers from flags, files, storage and the
 * target directory (design §2), asks what is missing, then writes the areas' files without ever
 * replacing an existing file unless the user agreed.
 */
export default abstract class CodegouvGenerator extends Generator<Record<string, unknown>, CodegouvOptions> {
  protected abstract readonly areas: readonly Area[];
  /** Keys asked even when an earlier run stored them: the point of running this generator. */
  protected readonly alwaysAsk: readonly AnswerKey[] = [];
  protected lang: Lang = 'fr';
  private sources?: Sources;
  private answers?: Answers;
  private readonly summary: RunSummary = { files: [], todo: [] };
  private steps: SyncStep[] = [];
  private presetSpec?: string;
  private templateOverrides?: string;

  constructor(args: string[], options: CodegouvOptions) {
    super(args, options, { inheritTasks: true, uniqueBy: undefined });
    for (const key of ANSWER_KEYS) {
      const boolean = BOOLEAN_KEYS.includes(key);
      // Lists and contractors may arrive as arrays (yeoman-test, composeWith): keep values as given.
      this.option(flagName(key), { type: boolean ? Boolean : keepAsGiven, description: QUESTION_TEXT.fr[key] });
    }
    this.option('yes', { type: Boolean, alias: 'y', description: 'Ne rien demander : réponses des options, fichiers et valeurs par défaut' });
    this.option('answers', { type: String, description: 'Fichier de réponses YAML ou JSON' });
    this.option('preset', { type: String, description: 'Préréglage d\'organisation (fichier YAML ou JSON)' });
    this.option('lang', { type: String, description: 'Langue des questions et des documents : fr (défaut) ou en' });
    this.option('skip-git', { type: Boolean, description: 'Ne jamais toucher à la configuration git' });
  }

  /** The .yo-rc.json namespace, the same whether run by yo, the bin or yeoman-test. */
  override rootGeneratorName(): string {
    return 'generator-codegouv';
  }

  private get yes(): boolean {
    return Boolean(this.options.yes);
  }

  private fail(message: string): never {
    markFinished(this);
    throw new UsageError(message);
  }

  initializing(): void {
    if (this.realTerminal()) markStarted(this);
    const lang = String(this.options.lang ?? 'fr').toLowerCase();
    if (lang !== 'fr' && lang !== 'en') this.fail(RUN_MESSAGES.fr.badLang(lang));
    this.lang = lang;
    const problems: string[] = [];
    const flags: RawAnswers = {};
    for (const key of ANSWER_KEYS) {
      const options = this.options as Record<string, unknown>;
      // minimist (yo, the bin) keeps `project-name`; commander and yeoman-test give `projectName`.
      const value = options[key] ?? options[flagName(key)];
      if (value !== undefined) flags[key] = value;
    }
    const load = (option: unknown, allowed: readonly string[]): RawAnswers => {
      if (typeof option !== 'string' || option === '') return {};
      const loaded = loadAnswersFile(this.destinationPath(option), this.lang, allowed);
      problems.push(...loaded.problems);
      return loaded.raw;
    };
    const answersFile = load(this.options.answers, ANSWER_KEYS);
    const config = this.config.getAll();
    // A preset given once is remembered: a later run regenerates with the same organisation defaults.
    const presetSpec = typeof this.options.preset === 'string' && this.options.preset !== '' ? this.options.preset : typeof config.preset === 'string' ? config.preset : undefined;
    let preset: RawAnswers = {};
    if (presetSpec) {
      const loaded = loadPreset(presetSpec, this.destinationRoot(), this.lang);
      problems.push(...loaded.problems);
      preset = loaded.raw;
      this.presetSpec = presetSpec;
      this.templateOverrides = loaded.templates;
    }
    const stored: RawAnswers = {};
    for (const [key, value] of Object.entries(config)) {
      if (isAnswerKey(key)) stored[key] = value;
    }
    const storedAreas = Array.isArray(config.areas) ? config.areas.map(String) : [];
    this.sources = { storedAreas, flags, answersFile, preset, stored, inferred: inferAnswers(this.destinationRoot()), problems };
  }

  async prompting(): Promise<void> {
    const sources = this.sources!;
    if (sources.problems.length > 0) this.fail(sources.problems.join('\n'));
    const keys = keysForAreas(this.areas);
    const publiccode = this.areas.includes('publiccode');
    const known: RawAnswers = { ...sources.inferred, ...sources.stored, ...sources.preset, ...sources.answersFile, ...sources.flags };
    if (!this.yes) await this.ask(keys, known, publiccode);
    const validation = validateAnswers(known, { lang: this.lang, keys, publiccode });
    if (validation.problems.length > 0) {
      const hint = !this.yes && this.noTerminal() ? `${RUN_MESSAGES[this.lang].noTerminal}\n` : '';
      this.fail(`${hint}${formatProblems(validation.problems, this.lang)}`);
    }
    for (const notice of validation.notices) this.log(`${RUN_MESSAGES[this.lang].notice} : ${notice}`);
    this.answers = validation.answers;
  }

  /** Prompts go to a real terminal adapter (yo, the bin), not yeoman-test's. */
  private realTerminal(): boolean {
    const adapter = (this.env as unknown as { adapter?: object }).adapter;
    return adapter?.constructor.name !== 'TestAdapter';
  }

  /** The terminal adapter with no TTY on stdin: a prompt would end the process silently. */
  private noTerminal(): boolean {
    return this.realTerminal() && !process.stdin.isTTY;
  }

  /** Asks, one at a time, every key that no flag, file or earlier run answered. */
  private async ask(keys: readonly AnswerKey[], known: RawAnswers, publiccode: boolean): Promise<void> {
    const sources = this.sources!;
    const fixed = { ...sources.answersFile, ...sources.flags };
    const askAnswered = Boolean(this.options.askAnswered);
    const toAsk = keys.filter((key) => fixed[key] === undefined && (askAnswered || this.alwaysAsk.includes(key) || sources.stored[key] === undefined));
    if (toAsk.length > 0 && this.noTerminal()) {
      this.fail(`${RUN_MESSAGES[this.lang].noTerminal}\n${toAsk.map((key) => `  --${flagName(key)} (${key})`).join('\n')}`);
    }
    for (const key of toAsk) {
      if (!this.applies(key, known)) continue;
      if (key === 'categories') {
        known.categories = await this.askCategories();
        continue;
      }
      const defaults = validateAnswers(known, { lang: this.lang, keys: [], publiccode: false }).answers as unknown as RawAnswers;
      const question = buildQuestion(key, {
        lang: this.lang,
        known,
        defaults: { ...defaults, ...Object.fromEntries(Object.entries(known).filter(([, v]) => v !== undefined)) },
        separator: (text) => (this.env.adapter as unknown as { separator(text: string): unknown }).separator(text),
        publiccode,
      });
      const answer = (await this.prompt([question] as never)) as Record<string, unknown>;
      if (answer[key] !== undefined && answer[key] !== '') known[key] = answer[key];
    }
  }

  /** Whether a question makes sense given the answers so far. */
  private applies(key: AnswerKey, known: RawAnswers): boolean {
    if (UNPROMPTED_KEYS.includes(key)) return false;
    if (key === 'contractors') return known.maintenanceType === 'contract';
    const translation = /^(description|longDescription|features)(En|Fr)$/.exec(key);
    if (translation) {
      const languages = validateAnswers({ languages: known.languages }, { lang: this.lang, keys: [], publiccode: false }).answers.languages;
      return languages.slice(1).includes(translation[2]!.toLowerCase() as Lang);
    }
    return true;
  }

  private async askCategories(): Promise<string[]> {
    const chosen: string[] = [];
    for (;;) {
      const answer = (await this.prompt([buildCategoryQuestion(this.lang, chosen)] as never)) as { categories?: string };
      if (!answer.categories) return chosen;
      chosen.push(answer.categories);
    }
  }

  configuring(): void {
    const answers = this.answers!;
    const keys = keysForAreas(this.areas);
    // A value that only follows another answer (docsLicence = licence…) is not stored, so it keeps following it.
    const derived = validateAnswers({ ...answers, title: undefined, docsLicence: undefined, forge: undefined, securityEmail: undefined, conductEmail: undefined }, { lang: this.lang, keys: [], publiccode: false }).answers;
    const followsDefault = (key: AnswerKey) => DERIVED_KEYS.includes(key) && derived[key] === answers[key];
    const empty = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0 && value !== answers.contractors);
    const stored = Object.fromEntries(keys.filter((key) => !empty(answers[key]) && !followsDefault(key)).map((key) => [key, answers[key]]));
    this.config.set({
      ...stored,
      ...(this.presetSpec ? { preset: this.presetSpec } : {}),
      areas: AREAS.filter((area) => this.areas.includes(area) || this.storedAreas().includes(area)),
    });
  }

  /** Areas an earlier run wrote, as recorded in .yo-rc.json. */
  private storedAreas(): Area[] {
    const areas = this.sources?.storedAreas ?? [];
    return AREAS.filter((area) => areas.includes(area));
  }

  private planContext(answers: Answers, previousAnswers = this.previousAnswers() ?? this.inferredAnswers()): PlanContext {
    return {
      answers,
      ...(previousAnswers ? { previousAnswers } : {}),
      targetDir: this.destinationRoot(),
      existing: (path: string) => readIfExists(this.destinationPath(path)),
    };
  }

  /**
   * With no earlier run, what the directory already says (an existing publiccode.yml): the
   * baseline against which the user's explicit answers are what changed.
   */
  private inferredAnswers(): Answers {
    return validateAnswers(this.sources!.inferred, { lang: this.lang, keys: [], publiccode: false }).answers;
  }

  /** The answers stored by an earlier run, if it stored a valid set. */
  private previousAnswers(): Answers | undefined {
    const areas = this.storedAreas();
    if (areas.length === 0) return undefined;
    const { answers, problems } = validateAnswers(this.sources!.stored, { lang: this.lang, keys: keysForAreas(areas), publiccode: false });
    return problems.length > 0 ? undefined : answers;
  }

  /** Every file the earlier run wrote, computed again from the answers it stored. */
  private previousFiles(): Map<string, string> {
    const answers = this.previousAnswers();
    if (!answers) return new Map();
    try {
      const files = [...planAreas(this.storedAreas(), this.planContext(answers, answers)).files, this.yoRcSidecar(answers)];
      return new Map(files.map((file) => [file.path, file.content]));
    } catch {
      return new Map();
    }
  }

  private yoRcSidecar(answers: Answers): PlannedFile {
    return annotate('.yo-rc.json', '', { copyright: [copyrightOf(answers)], licence: answers.licence })[1]!;
  }

  async writing(): Promise<void> {
    const answers = this.answers!;
    setTemplateOverrides(this.templateOverrides);
    const context = this.planContext(answers);
    const own = planAreas(this.areas, context);
    const dependentAreas = this.storedAreas().filter((area) => !this.areas.includes(area));
    const dependent = dependentAreas.length > 0 ? planAreas(dependentAreas, context) : { files: [], todo: [] };
    this.summary.todo.push(...own.todo);
    this.steps = planSync({
      planned: [...own.files, this.yoRcSidecar(answers)],
      dependent: dependent.files,
      previous: this.previousFiles(),
      read: (path) => readIfExists(this.destinationPath(path)),
      force: Boolean(this.options.force),
      yes: this.yes,
    });
    for (const step of this.steps) {
      const target = this.destinationPath(step.path);
      if (step.action === 'identical' || step.action === 'keep' || step.action === 'keep-obsolete') continue;
      if (step.action === 'remove' || step.action === 'ask-remove') {
        if (step.action === 'ask-remove' && !(await this.confirmRemoval(step.path))) continue;
        this.fs.delete(target);
        this.markForced(target);
        continue;
      }
      const file = step.file!;
      this.fs.write(target, file.content, file.executable ? { stat: { mode: 0o755 } as Stats } : undefined);
      // --force covers it: no conflict prompt. A changed file in interactive mode goes to the prompt.
      if (step.action === 'force') this.markForced(target);
    }
  }

  private async confirmRemoval(path: string): Promise<boolean> {
    const message = this.lang === 'fr'
      ? `${path} a été généré, n'a pas été modifié depuis et ne sert plus. Le supprimer ?`
      : `${path} was generated, is untouched since and no longer used. Delete it?`;
    const answer = (await this.prompt([{ type: 'confirm', name: 'remove', message, default: true }] as never)) as { remove?: boolean };
    return answer.remove === true;
  }

  private markForced(target: string): void {
    const file = (this.env.sharedFs as unknown as { get(path: string): { conflicter?: string } }).get(target);
    file.conflicter = 'force';
  }

  end(): void {
    for (const step of this.steps) {
      const now = readIfExists(this.destinationPath(step.path));
      this.summary.files.push({ path: step.path, outcome: outcomeOf(step, now) });
    }
    if (this.answers!.signoffHook && this.areas.includes('dco')) this.enableHook();
    this.log(formatSummary(this.summary, this.lang));
    markFinished(this);
  }

  private enableHook(): void {
    const m = RUN_MESSAGES[this.lang];
    if (this.options.skipGit || (this.options as Record<string, unknown>)['skip-git']) {
      this.log(m.hookSkipped);
      return;
    }
    const cwd = this.destinationRoot();
    try {
      const inside = execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      if (inside.trim() !== 'true') throw new Error('not a work tree');
    } catch {
      this.log(m.hookNotGit);
      return;
    }
    execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { cwd, stdio: 'ignore' });
    this.log(m.hookSet);
  }
}
