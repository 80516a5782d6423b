import type { Lang } from '../i18n/lang.js';
import { translator } from '../i18n/render.js';

/**
 * With stdin closed, inquirer ends the process from an exit hook; on Node 20 that exit code is
 * 0 with half a run done (inquirer's exit hook, https://github.com/SBoudrias/Inquirer.js). Any run started and not finished turns exit 0 into 1.
 */
const unfinished = new Map<object, Lang>();
let installed = false;

export function markStarted(run: object, lang: Lang): void {
  unfinished.set(run, lang);
  if (installed) return;
  installed = true;
  process.once('exit', (code) => {
    const [lang] = unfinished.values();
    if (code === 0 && lang) {
      process.stderr.write(`${translator(lang)('terminal.unfinished')}\n`);
      process.exitCode = 1;
    }
  });
}

export function markFinished(run: object): void {
  unfinished.delete(run);
}

/**
 * Ctrl-C and « abandonner » end the run with 130, the shell's code for a command stopped by
 * Ctrl-C (128 + SIGINT): the user stopped it, unlike 1 (a failure) or 2 (a usage error), and a
 * script can tell the difference. The run ends here, with one line in the interface language:
 * Yeoman would otherwise add its own English line for the task that failed, and `yo` a stack.
 */
const INTERRUPTED_EXIT_CODE = 130;

/** The error inquirer's prompts reject with on Ctrl-C (@inquirer/core ExitPromptError). */
export const isPromptExit = (error: unknown): boolean => error instanceof Error && error.name === 'ExitPromptError';

let writing = false;
let guardLang: Lang | undefined;

/** Files are being written from now on: an interruption no longer leaves the folder untouched. */
export function markWriting(): void {
  writing = true;
}

export function endInterrupted(reason: 'interrupted' | 'abandoned', lang: Lang): never {
  const t = translator(lang);
  process.stderr.write(`\n${reason === 'abandoned' ? t('terminal.abandoned') : writing ? t('terminal.interruptedWhileWriting') : t('terminal.interrupted')}\n`);
  process.exit(INTERRUPTED_EXIT_CODE);
}

/**
 * Ctrl-C between two questions (while the folder is read, or the files written) arrives as
 * SIGINT: the run lock and inquirer's exit hook each leave it to the other, and it would be
 * ignored. It ends the run as Ctrl-C at a question does.
 */
export function guardInterrupts(lang: Lang): void {
  if (guardLang === undefined) process.on('SIGINT', () => endInterrupted('interrupted', guardLang!));
  guardLang = lang;
}
