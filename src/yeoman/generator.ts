import type { Stats } from 'node:fs';
import Generator from 'yeoman-generator';
import type { BaseOptions } from 'yeoman-generator';
import type { Area } from '../areas/registry.js';
import { keysForAreas } from '../areas/registry.js';
import { flagName } from '../answers/flags.js';
import { ANSWER_KEYS, BOOLEAN_KEYS, UNPROMPTED_KEYS } from '../answers/keys.js';
import type { AnswerKey, Answers, RawAnswers } from '../answers/types.js';
import { formatProblems, validateAnswers } from '../answers/validate.js';
import { QUESTION_TEXT } from '../i18n/prompt-messages.js';
import type { Lang } from '../policy/enums.js';
import { buildCategoryQuestion, buildQuestion } from '../answers/questions.js';
import { answeredBefore, answersToStore, enableHook, unusedCreatedLicenceTexts, gather, known as knownAnswers, parseLang, planWrites, readIfExists, validateFor } from '../pipeline/session.js';
import type { Gathered } from '../pipeline/session.js';
import { remainingProblems } from '../pipeline/compliance.js';
import { UsageError } from '../support/errors.js';
import { markFinished, markStarted } from './exit-guard.js';
import { RUN_MESSAGES } from '../pipeline/messages.js';
import { formatSummary, outcomeOf } from '../pipeline/outcome.js';
import type { RunSummary } from '../pipeline/outcome.js';
import type { SyncStep } from '../pipeline/sync.js';

export type CodegouvOptions = BaseOptions & {
  yes?: boolean;
  lang?: string;
  answers?: string;
  preset?: string;
  force?: boolean;
  skipGit?: boolean;
};

/** Lists and contractors may arrive as arrays (yeoman-test, composeWith): keep values as given. */
const keepAsGiven = (value: unknown): unknown => value;

/**
 * Shared by `app` and every area generator: gathers answers from flags, files, storage and the
 * target directory (design §2), asks what is missing, then writes the areas' files without ever
 * replacing an existing file unless the user agreed. The decisions live in run/session.ts.
 */
export default abstract class CodegouvGenerator extends Generator<Record<string, unknown>, CodegouvOptions> {
  protected abstract readonly areas: readonly Area[];
  /** Keys asked even when an earlier run stored them: the point of running this generator. */
  protected readonly alwaysAsk: readonly AnswerKey[] = [];
  protected lang: Lang = 'fr';
  private gathered?: Gathered;
  private answers?: Answers;
  private readonly summary: RunSummary = { files: [], todo: [] };
  private steps: SyncStep[] = [];

  constructor(args?: string[], options?: CodegouvOptions) {
    // customInstallTask: this generator installs nothing (no package-manager message).
    super(args, options, { inheritTasks: true, uniqueBy: undefined, customInstallTask: true });
    for (const key of ANSWER_KEYS) {
      const boolean = BOOLEAN_KEYS.includes(key);
      this.option(flagName(key), { type: boolean ? Boolean : keepAsGiven, description: QUESTION_TEXT.fr[key] });
    }
    this.option('yes', { type: Boolean, alias: 'y', description: 'Ne rien demander : réponses des options, fichiers et valeurs par défaut' });
    this.option('answers', { type: String, description: 'Fichier de réponses YAML ou JSON' });
    this.option('preset', { type: String, description: 'Préréglage d\'organisation (fichier YAML ou JSON, ou paquet npm)' });
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
    const lang = parseLang(this.options.lang);
    if (!lang) {
      markFinished(this);
      throw new UsageError(RUN_MESSAGES.fr.badLang(String(this.options.lang)), 2);
    }
    this.lang = lang;
    this.gathered = gather({
      cwd: this.destinationRoot(),
      lang,
      options: this.options as Record<string, unknown>,
      config: this.config.getAll(),
    });
  }

  async prompting(): Promise<void> {
    const { sources } = this.gathered!;
    if (sources.problems.length > 0) this.fail(sources.problems.join('\n'));
    const known = knownAnswers(sources);
    if (!this.yes) {
      // A wrong flag or answers-file value is reported before any question, not after them all.
      const given = validateAnswers({ ...sources.answersFile, ...sources.flags }, { lang: this.lang, keys: [], publiccode: false });
      if (given.problems.length > 0) this.fail(formatProblems(given.problems, this.lang));
      await this.ask(keysForAreas(this.areas), known, this.areas.includes('publiccode'));
    }
    const validation = validateFor(this.areas, known, this.lang);
    if (validation.problems.length > 0) this.fail(formatProblems(validation.problems, this.lang));
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
    const { sources } = this.gathered!;
    const fixed = { ...sources.answersFile, ...sources.flags };
    const askAnswered = Boolean(this.options.askAnswered ?? (this.options as Record<string, unknown>)['ask-answered']);
    const toAsk = keys.filter((key) => fixed[key] === undefined && (askAnswered || this.alwaysAsk.includes(key) || !answeredBefore(key, sources)));
    if (toAsk.some((key) => this.applies(key, known)) && this.noTerminal()) {
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
        // What inquirer's Separator.isSeparator() recognises; yeoman-test's adapter has no separator().
        separator: (text) => ({ type: 'separator', separator: text }),
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

  async writing(): Promise<void> {
    const plan = planWrites({
      cwd: this.destinationRoot(),
      areas: this.areas,
      answers: this.answers!,
      gathered: this.gathered!,
      lang: this.lang,
      yes: this.yes,
      force: Boolean(this.options.force),
    });
    this.summary.todo.push(...plan.todo);
    this.steps = plan.steps;
    const stored = answersToStore(this.answers!, this.areas, this.gathered!, this.lang, plan, { yes: this.yes, force: Boolean(this.options.force) });
    this.config.set(stored.config);
    if (stored.deferred.length > 0) this.summary.todo.push(RUN_MESSAGES[this.lang].deferred(stored.deferred));
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

  /**
   * The user said no at the conflict prompt: like a --yes run that kept files, the answers those
   * files did not take are not stored, and a licence text this run added for them is taken back.
   */
  private reconcileRefusals(): void {
    const refused = new Set(this.summary.files.filter((file) => file.outcome === 'kept').map((file) => file.path));
    const asked = this.steps.filter((step) => step.action === 'ask' && refused.has(step.path));
    if (asked.length === 0) return;
    const steps = this.steps.map((step) => (asked.includes(step) ? { ...step, action: 'keep' as const } : step));
    const stored = answersToStore(this.answers!, this.areas, this.gathered!, this.lang, { steps, todo: [] }, { yes: true, force: false });
    this.config.set(stored.config);
    if (stored.deferred.length > 0) this.summary.todo.push(RUN_MESSAGES[this.lang].deferred(stored.deferred));
    for (const path of unusedCreatedLicenceTexts(steps, (file) => readIfExists(this.destinationPath(file)))) {
      this.fs.delete(this.destinationPath(path));
      this.markForced(this.destinationPath(path));
      const entry = this.summary.files.find((file) => file.path === path);
      if (entry) entry.outcome = 'removed';
    }
  }

  private async confirmRemoval(path: string): Promise<boolean> {
    const message = RUN_MESSAGES[this.lang].confirmRemoval(path);
    const answer = (await this.prompt([{ type: 'confirm', name: 'remove', message, default: true }] as never)) as { remove?: boolean };
    return answer.remove === true;
  }

  private markForced(target: string): void {
    const file = (this.env.sharedFs as unknown as { get(path: string): { conflicter?: string } }).get(target);
    file.conflicter = 'force';
  }

  async end(): Promise<void> {
    const envOptions = (this.env as unknown as { options?: { dryRun?: boolean } }).options;
    if ((this.options as Record<string, unknown>).dryRun || envOptions?.dryRun) {
      this.log(RUN_MESSAGES[this.lang].dryRun);
      markFinished(this);
      return;
    }
    for (const step of this.steps) {
      this.summary.files.push({ path: step.path, outcome: outcomeOf(step, readIfExists(this.destinationPath(step.path))) });
    }
    this.reconcileRefusals();
    if (this.answers!.signoffHook && this.areas.includes('dco')) {
      const skipGit = Boolean(this.options.skipGit || (this.options as Record<string, unknown>)['skip-git']);
      this.log(enableHook(this.destinationRoot(), skipGit, this.lang));
    }
    this.summary.notCompliant = await remainingProblems(this.destinationRoot(), this.lang);
    this.log(formatSummary(this.summary, this.lang));
    markFinished(this);
  }
}
