import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { specOf } from '../answers/keys.js';
import { buildQuestion } from '../answers/questions.js';
import type { Question } from '../answers/questions.js';
import type { Area } from '../areas/registry.js';
import { AREAS } from '../areas/registry.js';
import type { Lang } from '../i18n/lang.js';
import { acquireRunLock } from '../pipeline/run-lock.js';
import { applies, checkGiven, keysToAsk, knownAnswers, promptDefaults, startRun } from '../pipeline/run.js';
import { endInterrupted, guardInterrupts, isPromptExit, markFinished, markStarted } from '../terminal/exit-guard.js';
import { speakInterfaceLanguage } from '../terminal/prompt-language.js';
import { handOver, questionIdentity } from './pre-asked.js';

/**
 * The interactive run's first question, on screen before yeoman-environment is loaded (its import
 * alone takes seconds): the CLI asks what the generator would ask first, as the generator would
 * (same question, default, validation, theme), while Yeoman loads, then hands the answer over
 * (pre-asked.ts). Whatever the generator would do first other than one plain question (confirm
 * a preset's templates, a search, a refusal, nothing to ask) is left to it, as before.
 */

export interface FirstQuestionInput {
  name: 'app' | Area;
  options: Record<string, unknown>;
  cwd: string;
  lang: Lang;
  /** The generator's section of .yo-rc.json, what Yeoman's `this.config.getAll()` gives it. */
  config: Record<string, unknown>;
}

/** The question the generator's `prompting` would ask first, or undefined when its first step is another. */
function firstQuestion({ name, options, cwd, lang, config }: FirstQuestionInput): Question | undefined {
  const run = startRun({ cwd, areas: name === 'app' ? AREAS : [name], lang, options, config });
  if (run.flags.yes || run.gathered.untrustedPreset) return undefined;
  checkGiven(run);
  const known = knownAnswers(run);
  const key = keysToAsk(run).find((candidate) => applies(candidate, known, lang));
  if (key === undefined) return undefined;
  const prompt = specOf(key).prompt;
  if (prompt === 'never' || prompt.type === 'search') return undefined;
  return buildQuestion(key, {
    lang,
    known,
    defaults: promptDefaults(known, lang),
    // The generator's separator (src/yeoman/generator.ts), what inquirer's Separator.isSeparator() recognises.
    separator: (text) => ({ type: 'separator', separator: text }),
    publiccode: run.areas.includes('publiccode'),
  });
}

type Prompt = (config: Record<string, unknown>, context: Record<string, unknown>) => Promise<unknown>;
const PROMPTS: Record<Exclude<Question['type'], 'search'>, Prompt> = { input, select, checkbox, confirm } as never;

/** What inquirer's prompt module (inquirer 13, `PromptsRunner.prepareQuestion`) passes to the prompt, for one question. */
function promptConfig(question: Question): Record<string, unknown> {
  const { choices, validate } = question;
  const defaults = question.default;
  return {
    ...question,
    choices: choices?.map((choice) => {
      const object = typeof choice !== 'object' || choice === null
        ? { name: choice, value: choice }
        : { ...choice, value: 'value' in choice ? choice.value : 'name' in choice ? choice.name : undefined };
      return Array.isArray(defaults) ? { checked: defaults.includes(object.value), ...object } : object;
    }),
    ...(validate ? { validate: (value: unknown) => validate(value, {}) } : {}),
  };
}

/**
 * Asks the generator's first question when it is a plain one, calling `whileAsking` once it is
 * on screen; the answer is handed to the generator. False when the generator asks first itself.
 */
export async function askFirstQuestion(input: FirstQuestionInput, whileAsking: () => void): Promise<boolean> {
  let question: Question | undefined;
  let release: (() => void) | undefined;
  try {
    question = firstQuestion(input);
    // The generator holds the folder's lock while it asks: refused here as there (dry runs take none).
    if (question && input.options['dry-run'] !== true) release = acquireRunLock(input.cwd, input.lang);
  } catch {
    // A refusal (a bad flag, a bad answers file, a folder in use) is the generator's to say, as before.
    question = undefined;
  }
  if (!question || question.type === 'search') return false;
  const promptModule = { prompts: { [question.type]: PROMPTS[question.type] } as Record<string, Prompt>, registerPrompt(type: string, prompt: Prompt) { this.prompts[type] = prompt; } };
  speakInterfaceLanguage(promptModule as never, input.lang);
  const running = {};
  markStarted(running, input.lang);
  guardInterrupts(input.lang);
  const answered = promptModule.prompts[question.type]!(promptConfig(question), { input: process.stdin, output: process.stdout, signal: new AbortController().signal });
  // inquirer draws the question on the next turn of the event loop (setImmediate): Yeoman loads after it.
  setImmediate(() => setImmediate(whileAsking));
  let value: unknown;
  try {
    value = await answered;
  } catch (error) {
    release?.();
    if (isPromptExit(error)) endInterrupted('interrupted', input.lang);
    throw error;
  }
  markFinished(running);
  release?.();
  handOver({ key: question.name, question: questionIdentity(question), answer: { [question.name]: question.filter ? question.filter(value) : value } });
  return true;
}
