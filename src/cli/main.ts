import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isArea } from '../areas/registry.js';
import { langFromArgs } from '../i18n/lang.js';
import { helpText } from './help.js';
import { packageRoot } from '../support/paths.js';
import { unknownOptions } from './options.js';

/**
 * A --yes run goes through the Yeoman-free fast path unless it needs what only Yeoman does
 * (--dry-run diffs, --bail) or CODEGOUV_ENGINE=yeoman asks for the generator path.
 */
function yes(args: readonly string[]): boolean {
  return args.includes('--yes') || args.includes('-y');
}

function headless(args: readonly string[]): boolean {
  return yes(args)
    && !args.includes('--dry-run') && !args.includes('--bail')
    && process.env.CODEGOUV_ENGINE !== 'yeoman';
}

export async function main(argv: string[]): Promise<number> {
  const lang = langFromArgs(argv);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(helpText(lang));
    return 0;
  }
  if (argv.includes('--version')) {
    const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const [first, ...rest] = argv;
  if (first === 'check') {
    const { runCheck } = await import('../check/cli.js');
    return runCheck(rest, lang);
  }
  const name = first !== undefined && !first.startsWith('-') ? first : 'app';
  if (name !== 'app' && !isArea(name)) {
    process.stderr.write(lang === 'fr'
      ? `codegouv : commande inconnue « ${name} ». Voir codegouv --help.\n`
      : `codegouv: unknown command "${name}". See codegouv --help.\n`);
    return 2;
  }
  const args = name === first ? rest : argv;
  const unknown = unknownOptions(args);
  if (unknown.length > 0) {
    for (const { option, suggestion, positional } of unknown) {
      if (positional) {
        process.stderr.write(lang === 'fr'
          ? `codegouv : argument inattendu « ${option} » (une option booléenne s'écrit --option ou --no-option ; voir codegouv --help)\n`
          : `codegouv: unexpected argument "${option}" (a boolean option is written --option or --no-option; see codegouv --help)\n`);
        continue;
      }
      process.stderr.write(lang === 'fr'
        ? `codegouv : option inconnue ${option}${suggestion ? ` ; vouliez-vous dire ${suggestion} ?` : ''} (voir codegouv --help)\n`
        : `codegouv: unknown option ${option}${suggestion ? `; did you mean ${suggestion}?` : ''} (see codegouv --help)\n`);
    }
    return 2;
  }
  if (!yes(args) && !process.stdin.isTTY && !args.includes('--dry-run')) {
    const { explainNoTerminal } = await import('./no-terminal.js');
    return explainNoTerminal(name, args, process.cwd(), lang);
  }
  if (headless(args)) {
    const { runHeadless } = await import('./headless.js');
    return runHeadless(name, args, process.cwd());
  }
  const take = (flag: string) => args.includes(flag);
  const generatorArgs = args.filter((arg) => !['--dry-run', '--bail'].includes(arg));
  const { runGenerator } = await import('./run-generator.js');
  await runGenerator(name, generatorArgs, { force: take('--force'), dryRun: take('--dry-run'), bail: take('--bail') });
  return 0;
}
