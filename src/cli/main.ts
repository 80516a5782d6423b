import { fileURLToPath } from 'node:url';
import { langFromArgs } from '../i18n/lang.js';
import { rememberedLangIn } from '../pipeline/yo-rc.js';
import { loadBundle } from './bundle-loader.js';
import { builtHelpText } from './help-file.js';
import { packageVersion } from '../support/paths.js';

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--version')) {
    process.stdout.write(`${packageVersion()}\n`);
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
  if (argv.includes('--help') || argv.includes('-h')) {
    const built = builtHelpText(argv, lang);
    if (built !== undefined) {
      process.stdout.write(built);
      return 0;
    }
    const { helpText } = await helpModule();
    process.stdout.write(helpText(lang, argv));
    return 0;
  }
  // The generator's options and questions are not check's: loaded only here, as one file.
  const { runGeneratorCommand } = await generatorModule();
  return runGeneratorCommand(argv, lang, remembered);
}

const langGiven = (argv: readonly string[]) => argv.some((arg) => arg === '--lang' || arg.startsWith('--lang='));

/**
 * A path's code as one bundled file when the build made it (`npm run build`: about 100 ms less to
 * load than its modules, and compiled code on Node 20: bundle-loader.ts), else its modules (tests
 * run from the sources).
 */
async function bundled<T>(bundle: string, modules: () => Promise<T>): Promise<T> {
  return loadBundle<T>(fileURLToPath(new URL(`../../${bundle}`, import.meta.url))) ?? modules();
}

/** The help's search stays an ES module: it is small, and compiled only when a search asks for it. */
async function esmBundled<T>(bundle: string, modules: () => Promise<T>): Promise<T> {
  try {
    return (await import(new URL(`../../${bundle}`, import.meta.url).href)) as T;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return modules();
  }
}

const checkModule = () => bundled('check.bundle.cjs', () => import('../check/cli.js'));
const helpModule = () => esmBundled('help.bundle.js', () => import('./help.js'));
const generatorModule = () => bundled('generator.bundle.cjs', () => import('./generator-command.js'));
