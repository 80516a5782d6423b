import type { Lang } from '../i18n/lang.js';
import { translator } from '../i18n/render.js';
import { NAMESPACE } from '../pipeline/yo-rc.js';
import { isArea } from '../policy/areas.js';
import { askFirstQuestion } from '../startup/first-question.js';
import { parseCommandLine } from './args.js';
import { readConfig, runHeadless } from './headless.js';
import { explainNoTerminal } from './no-terminal.js';

/**
 * `codegouv [area] [options]`: the generator, headless (--yes) or interactive. Built as one file
 * (`dist/generator.bundle.cjs`, scripts/bundles.ts): everything up to the interactive run's first
 * question, which is on screen before Yeoman loads (src/startup/first-question.ts).
 */

/**
 * A --yes run goes through the Yeoman-free fast path unless it needs what only Yeoman does
 * (--dry-run diffs, --bail) or CODEGOUV_ENGINE=yeoman asks for the generator path.
 */
function headless(options: Record<string, unknown>): boolean {
  return options.yes === true && !options['dry-run'] && !options.bail && process.env.CODEGOUV_ENGINE !== 'yeoman';
}

/** `remembered`: the interface language of the folder's last run, when no --lang says one. */
export async function runGeneratorCommand(argv: readonly string[], lang: Lang, remembered: Lang | undefined): Promise<number> {
  const [first, ...rest] = argv;
  const t = translator(lang);
  const name = first !== undefined && !first.startsWith('-') ? first : 'app';
  if (name !== 'app' && !isArea(name)) {
    process.stderr.write(`${t('cli.unknownCommand', { name })}\n`);
    return 2;
  }
  const args = [...(name === first ? rest : argv), ...(remembered ? ['--lang', remembered] : [])];
  const { options, unknown } = parseCommandLine(args);
  if (unknown.length > 0) {
    for (const { option, suggestion, positional } of unknown) {
      if (positional) {
        process.stderr.write(`${t('cli.unexpectedArgument', { argument: option })}\n`);
        continue;
      }
      process.stderr.write(`${suggestion ? t('cli.unknownOptionNear', { option, suggestion }) : t('cli.unknownOption', { option })}\n`);
    }
    return 2;
  }
  if (options.yes !== true && !process.stdin.isTTY && !options['dry-run']) return explainNoTerminal(name, options, process.cwd(), lang);
  if (headless(options)) return runHeadless(name, options, process.cwd());
  // Yeoman reads .yo-rc.json its own way (a FIFO there would hang it): refused first, as the headless path does.
  const config = readConfig(process.cwd(), lang);
  // yeoman-environment and the generator, whose import alone takes seconds, load behind the first question.
  const yeoman = loadingOnce(async () => {
    const module = await import('./run-generator.js');
    await module.preloadGenerator(name);
    return module;
  });
  await askFirstQuestion({ name, options, cwd: process.cwd(), lang, config: (config[NAMESPACE] ?? {}) as Record<string, unknown> }, yeoman.start);
  const generatorArgs = args.filter((arg) => !['--dry-run', '--bail', '--debug'].includes(arg));
  const { runGenerator } = await yeoman.start();
  await runGenerator(name, generatorArgs, { force: options.force === true, dryRun: options['dry-run'] === true, bail: options.bail === true });
  return 0;
}

/** A load started at most once; its failure is said when it is awaited, not while a question is on screen. */
function loadingOnce<T>(load: () => Promise<T>): { start: () => Promise<T> } {
  let loading: Promise<T> | undefined;
  return {
    start: () => {
      if (!loading) {
        loading = load();
        loading.catch(() => undefined);
      }
      return loading;
    },
  };
}
