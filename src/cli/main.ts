import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { langFromArgs } from '../i18n/lang.js';
import { rememberedLangIn } from '../pipeline/yo-rc.js';
import { packageRoot } from '../support/paths.js';

/**
 * A --yes run goes through the Yeoman-free fast path unless it needs what only Yeoman does
 * (--dry-run diffs, --bail) or CODEGOUV_ENGINE=yeoman asks for the generator path.
 */
function headless(options: Record<string, unknown>): boolean {
  return options.yes === true && !options['dry-run'] && !options.bail && process.env.CODEGOUV_ENGINE !== 'yeoman';
}

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--version')) {
    const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const [first, ...rest] = argv;
  // `check --help` is check's own usage (its options and exit codes), not the generator's.
  if (first === 'check') {
    const { runCheck } = await checkModule();
    return runCheck(rest, langFromArgs(argv));
  }
  if (first === 'fleet') {
    const { runFleet } = await import('../fleet/cli.js');
    return runFleet(rest, langFromArgs(argv));
  }
  if (first === 'apply') {
    const { runApply } = await import('../apply/cli.js');
    return runApply(rest, langFromArgs(argv));
  }
  // Without --lang, the interface language the folder's last run spoke (.yo-rc.json).
  const remembered = langGiven(argv) ? undefined : rememberedLangIn(process.cwd());
  const lang = langFromArgs(argv, remembered ?? 'fr');
  // Loaded after the `check` branch: the generator's options and questions are not check's.
  const [{ helpText }, { translator }, { isArea }, { parseCommandLine }] = await Promise.all([
    import('./help.js'), import('../i18n/render.js'), import('../policy/areas.js'), import('./args.js'),
  ]);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(helpText(lang, argv));
    return 0;
  }
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
  if (options.yes !== true && !process.stdin.isTTY && !options['dry-run']) {
    const { explainNoTerminal } = await import('./no-terminal.js');
    return explainNoTerminal(name, options, process.cwd(), lang);
  }
  if (headless(options)) {
    const { runHeadless } = await headlessModule();
    return runHeadless(name, options, process.cwd());
  }
  // Yeoman reads .yo-rc.json its own way (a FIFO there would hang it): refused first, as the headless path does.
  const { readConfig } = await import('./headless.js');
  readConfig(process.cwd(), lang);
  const generatorArgs = args.filter((arg) => !['--dry-run', '--bail', '--debug'].includes(arg));
  const { runGenerator } = await import('./run-generator.js');
  await runGenerator(name, generatorArgs, { force: options.force === true, dryRun: options['dry-run'] === true, bail: options.bail === true });
  return 0;
}

const langGiven = (argv: readonly string[]) => argv.some((arg) => arg === '--lang' || arg.startsWith('--lang='));

/**
 * A path's code as one bundled file when the build made it (`npm run build`: about 100 ms less to
 * load than its modules), else its modules (tests run from the sources).
 */
async function bundled<T>(bundle: string, modules: () => Promise<T>): Promise<T> {
  try {
    return (await import(new URL(`../../${bundle}`, import.meta.url).href)) as T;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return modules();
  }
}

const checkModule = () => bundled('check.bundle.js', () => import('../check/cli.js'));
const headlessModule = () => bundled('headless.bundle.js', () => import('./headless.js'));
