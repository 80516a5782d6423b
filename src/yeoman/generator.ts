import { Transform } from 'node:stream';
import { relative } from 'node:path';
import type { Stats } from 'node:fs';
import { clearFileState, isFileNew, isFilePending, isFileStateDeleted, isFileStateModified, setCommittedFile } from 'mem-fs-editor/state';
import type { MemFsEditorFile } from 'mem-fs-editor';
import Generator from 'yeoman-generator';
import type { BaseOptions } from 'yeoman-generator';
import type { Area } from '../areas/registry.js';
import { flagName } from '../answers/flags.js';
import { ANSWER_KEYS, BOOLEAN_KEYS, specOf } from '../answers/keys.js';
import type { AnswerKey, RawAnswers } from '../answers/types.js';
import { questionOf } from '../answers/question.js';
import { msg } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import type { Lang } from '../policy/enums.js';
import { buildQuestion, buildSearchQuestion } from '../answers/questions.js';
import type { SearchKey } from '../answers/questions.js';
import { langOption } from '../i18n/lang.js';
import { storeAnswers, applies, promptDefaults, applyPlan, checkGiven, keysToAsk, knownAnswers, missingForNoTerminal, outcomes, planRun, report, settle, startRun } from '../pipeline/run.js';
import { acquireRunLock } from '../pipeline/run-lock.js';
import { removeConfined, writeConfined } from '../pipeline/confined-write.js';
import type { Run, RunPlan, Writer } from '../pipeline/run.js';
import { UsageError } from '../support/errors.js';
import { refuseUntrustedPreset, settleTrust, trustQuestion } from '../pipeline/trust.js';
import { printable } from '../support/terminal.js';
import { endInterrupted, guardInterrupts, isPromptExit, markFinished, markStarted, markWriting } from '../terminal/exit-guard.js';
import { createConflictTransform, RunAbandoned } from './conflict-question.js';
import { speakInterfaceLanguage } from '../terminal/prompt-language.js';
import { takePreAsked } from '../startup/pre-asked.js';

export type CodegouvOptions = BaseOptions & {
  yes?: boolean;
  lang?: string;
  answers?: string;
  preset?: string;
  trustPreset?: boolean;
  force?: boolean;
  skipGit?: boolean;
};

/** Lists and contractors may arrive as arrays (yeoman-test, composeWith): keep values as given. */
const keepAsGiven = (value: unknown): unknown => value;

/**
 * The Yeoman adapter of the pipeline (pipeline/run.ts), shared by `app` and every area
 * generator: it maps the stages onto Yeoman's priorities and supplies what only Yeoman does,
 * the prompts and the conflict resolution (mem-fs and the conflict question).
 */
export default abstract class CodegouvGenerator extends Generator<Record<string, unknown>, CodegouvOptions> {
  protected abstract readonly areas: readonly Area[];
  protected lang: Lang = 'fr';
  private pipelineRun?: Run;
  private plan?: RunPlan;
  private releaseLock?: () => void;

  constructor(args?: string[], options?: CodegouvOptions) {
    // customInstallTask: this generator installs nothing (no package-manager message).
    // customCommitTask: Yeoman's commit, without the step that reads `.yo-resolve` (below).
    const self: { generator?: CodegouvGenerator } = {};
    super(args, options, { inheritTasks: true, uniqueBy: undefined, customInstallTask: true, customCommitTask: () => self.generator!.commit() });
    self.generator = this;
    (this as { log: object }).log = withoutTaskFailureLine(this.log);
    for (const key of ANSWER_KEYS) {
      const boolean = BOOLEAN_KEYS.includes(key);
      this.option(flagName(key), { type: boolean ? Boolean : keepAsGiven, description: render(questionOf(key), 'fr') });
    }
    // Yeoman's own `--help` is read before any --lang: French, the default interface language.
    this.option('yes', { type: Boolean, alias: 'y', description: render(msg('help.option.yes'), 'fr') });
    this.option('answers', { type: String, description: render(msg('help.option.answers'), 'fr') });
    this.option('preset', { type: String, description: render(msg('help.option.preset'), 'fr') });
    this.option('trust-preset', { type: Boolean, description: render(msg('help.option.trustPreset'), 'fr') });
    this.option('lang', { type: String, description: render(msg('help.option.lang'), 'fr') });
    this.option('skip-git', { type: Boolean, description: render(msg('help.option.skipGit'), 'fr') });
  }

  /** The .yo-rc.json namespace, the same whether run by yo, the bin or yeoman-test. */
  override rootGeneratorName(): string {
    return 'generator-codegouv';
  }

  /** A refusal ends the run: nothing is written, and the folder is free again. Ctrl-C at a question ends it at once. */
  private async stage<T>(work: () => T | Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.releaseLock?.();
      if (isPromptExit(error) && this.realTerminal()) endInterrupted('interrupted', this.lang);
      if (error instanceof UsageError) markFinished(this);
      throw error;
    }
  }

  /**
   * One run at a time in the folder, from the first read of the tree to the last commit of
   * mem-fs (the environment commits after `end` again when it stores the answers): released
   * when the environment ends. A dry run writes nothing and takes no lock.
   */
  private lockFolder(): void {
    if (this.dryRun()) return;
    const release = acquireRunLock(this.destinationRoot(), this.lang);
    this.releaseLock = release;
    (this.env as unknown as { once(event: 'end', listener: () => void): void }).once('end', release);
  }

  private dryRun(): boolean {
    const envOptions = (this.env as unknown as { options?: { dryRun?: boolean } }).options;
    return Boolean((this.options as Record<string, unknown>).dryRun || envOptions?.dryRun);
  }

  initializing(): Promise<void> {
    return this.stage(() => {
      const lang = langOption(this.options.lang);
      if (!lang) throw new UsageError(render(msg('run.badLang', { value: String(this.options.lang) }), 'fr'), 2);
      this.lang = lang;
      if (!this.realTerminal()) return;
      markStarted(this, lang);
      guardInterrupts(lang);
      speakInterfaceLanguage(this.terminalPromptModule(), lang);
    });
  }

  /** The prompt module of the terminal adapter (@yeoman/adapter's TerminalAdapter, behind its queue). */
  private terminalPromptModule(): Parameters<typeof speakInterfaceLanguage>[0] {
    const adapter = (this.env as unknown as { adapter?: { actualAdapter?: { promptModule?: never }; promptModule?: never } }).adapter;
    return adapter?.actualAdapter?.promptModule ?? adapter?.promptModule;
  }

  prompting(): Promise<void> {
    return this.stage(async () => {
      this.lockFolder();
      const run = startRun({ cwd: this.destinationRoot(), areas: this.areas, lang: this.lang, options: this.options as Record<string, unknown>, config: this.config.getAll() });
      this.pipelineRun = run;
      await this.confirmPreset(run);
      const known = knownAnswers(run);
      if (!run.flags.yes) {
        checkGiven(run);
        await this.ask(keysToAsk(run), known, this.areas.includes('publiccode'));
      }
      this.plan = planRun(run, settle(run, known, (line) => this.log(printable(line))));
    });
  }

  /** Before anything is rendered: the templates of the preset .yo-rc.json names run only if the user says yes. */
  private async confirmPreset(run: Run): Promise<void> {
    const preset = run.gathered.untrustedPreset;
    if (!preset) return;
    const envOptions = (this.env as unknown as { options?: { dryRun?: boolean } }).options;
    // --yes and --dry-run never ask: only --trust-preset lets them render these templates.
    if (run.flags.yes || (this.options as Record<string, unknown>).dryRun || envOptions?.dryRun || this.noTerminal()) refuseUntrustedPreset(run.gathered, this.lang);
    const answer = (await this.prompt([trustQuestion(preset, this.lang)] as never)) as { trustPreset?: boolean };
    settleTrust(run.gathered, answer.trustPreset === true, this.lang);
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

  /** Asks, one at a time, each key the pipeline leaves to the prompt, when it applies. */
  private async ask(keys: readonly AnswerKey[], known: RawAnswers, publiccode: boolean): Promise<void> {
    if (keys.some((key) => applies(key, known, this.lang)) && this.noTerminal()) throw new UsageError(missingForNoTerminal(this.pipelineRun!, keys));
    for (const key of keys) {
      if (!applies(key, known, this.lang)) continue;
      const prompt = specOf(key).prompt;
      if (prompt !== 'never' && prompt.type === 'search') {
        known[key] = await this.askRepeatedly(key as SearchKey, known[key]);
        continue;
      }
      const question = buildQuestion(key, {
        lang: this.lang,
        known,
        defaults: promptDefaults(known, this.lang),
        // What inquirer's Separator.isSeparator() recognises; yeoman-test's adapter has no separator().
        separator: (text) => ({ type: 'separator', separator: text }),
        publiccode,
      });
      // The CLI may have asked the first question already, before Yeoman was loaded (src/startup/).
      const answer = (takePreAsked(question) ?? await this.prompt([question] as never)) as Record<string, unknown>;
      if (answer[key] !== undefined && answer[key] !== '') known[key] = answer[key];
    }
  }

  /** The categories or the scopes: one search at a time until the user picks "done". */
  private async askRepeatedly(key: SearchKey, already: unknown): Promise<string[]> {
    // What the repository or an earlier run already says (--ask-answered) stays chosen: « fin » keeps it.
    const chosen: string[] = Array.isArray(already) ? already.map(String) : [];
    for (;;) {
      const answer = (await this.prompt([buildSearchQuestion(key, this.lang, chosen)] as never)) as Record<string, string | undefined>;
      const value = answer[key];
      if (!value) return chosen;
      chosen.push(value);
    }
  }

  /** Writes into mem-fs: `ask` goes to the conflict question, `force` and removals do not. */
  private writer(): Writer {
    const forced = (path: string) => {
      const file = (this.env.sharedFs as unknown as { get(path: string): { conflicter?: string } }).get(this.destinationPath(path));
      file.conflicter = 'force';
    };
    return {
      storeConfig: (section) => this.config.set(section),
      write: (path, content, { executable, action }) => {
        this.fs.write(this.destinationPath(path), content, executable ? { stat: { mode: 0o755 } as Stats } : undefined);
        if (action === 'force') forced(path);
      },
      remove: (path) => {
        this.fs.delete(this.destinationPath(path));
        forced(path);
      },
      confirmRemoval: async (path) => {
        const message = render(msg('run.confirmRemoval', { path }), this.lang);
        const answer = (await this.prompt([{ type: 'confirm', name: 'remove', message, default: true }] as never)) as { remove?: boolean };
        return answer.remove === true;
      },
    };
  }

  /**
   * What yeoman-environment's commit does, with three differences. Its `.yo-resolve` step is left
   * out: that file, read from the target folder and every folder above it, would let a
   * repository's author decide our conflicts (`README.md force` overwrites the team's README
   * without asking). Conflicts are settled by our own question (conflict-question.ts), in the
   * interface language, before anything is written. And files are written by the confined
   * writer (temporary file and rename, never through a link), where mem-fs-editor writes in
   * place, through hard links too.
   */
  private async commit(): Promise<void> {
    const env = this.env as unknown as {
      sharedFs: { pipeline(options: object, ...transforms: unknown[]): Promise<void> };
      adapter: { prompt(questions: object[]): Promise<Record<string, unknown>> };
      conflicterOptions?: { force?: boolean; bail?: boolean; dryRun?: boolean };
    };
    const conflicts = createConflictTransform({
      root: this.destinationRoot(),
      lang: this.lang,
      force: env.conflicterOptions?.force === true,
      bail: env.conflicterOptions?.bail === true,
      dryRun: env.conflicterOptions?.dryRun === true || this.dryRun(),
      colour: this.realTerminal() && process.stderr.isTTY === true,
      prompt: (questions) => env.adapter.prompt(questions),
      log: (line) => this.log(line),
    });
    try {
      await env.sharedFs.pipeline({ filter: isFilePending }, conflicts, this.confinedCommit());
    } catch (error) {
      if (this.realTerminal() && isPromptExit(error)) endInterrupted('interrupted', this.lang);
      if (this.realTerminal() && error instanceof RunAbandoned) endInterrupted('abandoned', this.lang);
      throw error;
    }
  }

  private confinedCommit(): Transform {
    const root = this.destinationRoot();
    const lang = this.lang;
    return new Transform({
      objectMode: true,
      transform(file: MemFsEditorFile, _encoding, callback) {
        markWriting();
        try {
          const path = relative(root, file.path).split('\\').join('/');
          if (isFileStateModified(file)) {
            setCommittedFile(file);
            writeConfined(root, path, file.contents?.toString('utf8') ?? '', { executable: ((file.stat?.mode ?? 0) & 0o111) !== 0, lang });
          } else if (isFileStateDeleted(file) && !isFileNew(file)) {
            setCommittedFile(file);
            removeConfined(root, path, lang);
          }
          clearFileState(file);
          callback(null, file);
        } catch (error) {
          callback(error as Error);
        }
      },
    });
  }

  /** Checked before anything reaches mem-fs: a refusal leaves nothing for Yeoman to commit. */
  writing(): Promise<void> {
    return this.stage(() => applyPlan(this.pipelineRun!, this.plan!, this.writer()));
  }

  /** After Yeoman's commit and its conflict prompts: the answers, last; then the report. */
  end(): void {
    if (this.dryRun()) {
      this.log(render(msg('run.dryRun'), this.lang));
      markFinished(this);
      return;
    }
    const run = this.pipelineRun!;
    const plan = this.plan!;
    const files = outcomes(run, plan);
    storeAnswers(run, plan, files, this.writer());
    // Yeoman commits .yo-rc.json after this task: the report, queued behind that commit, sees it on disk.
    this.queueTask({
      taskName: 'codegouvReport',
      queueName: 'end',
      method: async () => {
        await report(run, plan, files, (line) => this.log(printable(line)));
        markFinished(this);
      },
    });
  }
}

/**
 * yeoman-generator logs `An error occured while running <task>` (in English) before passing a
 * task's error on: the error is then said once, in the interface language, by the bin (or by
 * `yo`). Every other line of the log goes through.
 */
function withoutTaskFailureLine<Log extends object>(log: Log): Log {
  return new Proxy(log, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property !== 'error' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (typeof args[0] === 'string' && args[0].startsWith('An error occured while running ')) return target;
        return (value as (...rest: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
