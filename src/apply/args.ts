import { parseArgs } from 'node:util';
import { type Lang, parseLang } from '../i18n/lang.js';
import { type Message, msg } from '../i18n/message.js';

/** A mistake in the command line, the preset or the operator's identity: exit 2, nothing touched. */
export class ApplyUsageError extends Error {
  readonly details: readonly Message[];
  constructor(...details: Message[]) {
    super(details[0]?.id);
    this.details = details;
  }
}

const DEFAULT_BRANCH = 'codegouv/conformite';

export interface ApplyArguments {
  lang: Lang;
  help: boolean;
  preset: string | undefined;
  branch: string;
  write: boolean;
  push: string | undefined;
  repositories: string[];
  /** What follows `--`: given to the generator as it is. */
  generatorOptions: string[];
}

const OPTIONS = {
  preset: { type: 'string' },
  branch: { type: 'string' },
  write: { type: 'boolean' },
  push: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `codegouv apply`'s command line; the checks that need git (the branch name) come later. */
export function parseApplyArguments(args: readonly string[], fallback: Lang): ApplyArguments {
  const terminator = args.indexOf('--');
  const own = terminator < 0 ? args : args.slice(0, terminator);
  const parsed: ApplyArguments = {
    lang: fallback, help: false, preset: undefined, branch: DEFAULT_BRANCH, write: false, push: undefined, repositories: [],
    generatorOptions: terminator < 0 ? [] : args.slice(terminator + 1),
  };
  const { tokens } = parseArgs({ args: [...own], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      parsed.repositories.push(token.value);
      continue;
    }
    const spec = OPTIONS[token.name as keyof typeof OPTIONS] as { type: string } | undefined;
    if (!spec || (spec.type === 'boolean' && token.inlineValue)) throw new ApplyUsageError(msg('apply.unknownOption', { option: own[token.index] as string }));
    if (token.name === 'help') parsed.help = true;
    else if (token.name === 'write') parsed.write = true;
    else if (token.value === undefined || token.value === '') throw new ApplyUsageError(msg('apply.missingValue', { option: `--${token.name}` }));
    else if (token.name === 'lang') {
      const lang = parseLang(token.value);
      if (!lang) throw new ApplyUsageError(msg('apply.badLang', { value: token.value }));
      parsed.lang = lang;
    } else if (token.name === 'preset') parsed.preset = token.value;
    else if (token.name === 'branch') parsed.branch = token.value;
    else parsed.push = token.value;
  }
  return parsed;
}
