#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isArea } from '../generators/lib/areas.js';
import { helpText } from '../generators/lib/cli/help.js';
import { packageRoot } from '../generators/lib/paths.js';

function languageOf(args: readonly string[]): 'fr' | 'en' {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index < 0 ? undefined : args[index]!.includes('=') ? args[index]!.split('=')[1] : args[index + 1];
  return value?.toLowerCase() === 'en' ? 'en' : 'fr';
}

async function main(argv: string[]): Promise<number> {
  const lang = languageOf(argv);
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
    const { runCheck } = await import('../generators/lib/check/cli.js');
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
  const take = (flag: string) => args.includes(flag);
  const generatorArgs = args.filter((arg) => !['--dry-run', '--bail'].includes(arg));
  const { runGenerator } = await import('../generators/lib/cli/run-generator.js');
  await runGenerator(name, generatorArgs, { force: take('--force'), dryRun: take('--dry-run'), bail: take('--bail') });
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof Error && error.name === 'UsageError';
    process.stderr.write(`${usage ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
    process.exitCode = (error as { exitCode?: number }).exitCode ?? 1;
  },
);
