import type { cli as fr } from '../fr/cli.js';

export const cli = {
  'cli.interrupted': 'codegouv: interrupted.',
  'cli.unknownCommand': ({ name }: { name: string }) => `codegouv: unknown command "${name}". See codegouv --help.`,
  'cli.unexpectedArgument': ({ argument }: { argument: string }) =>
    `codegouv: unexpected argument "${argument}" (a boolean option is written --option or --no-option; see codegouv --help)`,
  'cli.unknownOption': ({ option }: { option: string }) => `codegouv: unknown option ${option} (see codegouv --help)`,
  'cli.unknownOptionNear': ({ option, suggestion }: { option: string; suggestion: string }) =>
    `codegouv: unknown option ${option}; did you mean ${suggestion}? (see codegouv --help)`,
  'cli.allKnown': 'Every required answer is known: run again with --yes.',
  'cli.configInvalidJson': ({ path, reason }: { path: string; reason: string }) => `${path}: invalid JSON (${reason}); fix or delete it.`,
  'cli.configNotStorage': ({ path }: { path: string }) => `${path} is not a valid Storage`,
} satisfies typeof fr;
