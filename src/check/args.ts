import { parseArgs } from 'node:util';
import { type Lang, parseLang } from '../i18n/lang.js';
import { type Message, msg } from '../i18n/message.js';

export interface CheckArguments {
  json: boolean;
  lang: Lang;
  commits: string | undefined;
  paths: string[];
  help: boolean;
  /** Print the stack of each path in error (and of an internal error). */
  debug: boolean;
}

/** A mistake in the command line: exit code 2, its message on stderr in the language asked for. */
export class CheckUsageError extends Error {
  constructor(readonly detail: Message) {
    super(detail.id);
  }
}

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  commits: { type: 'string' },
  debug: { type: 'boolean' },
} as const;

/** `codegouv check` arguments, read with node:util parseArgs; the first mistake is reported. */
export function parseCheckArguments(args: readonly string[], fallbackLang: Lang): CheckArguments {
  const parsed: CheckArguments = { json: false, lang: fallbackLang, commits: undefined, paths: [], help: false, debug: false };
  const { tokens } = parseArgs({ args: [...args], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      parsed.paths.push(token.value);
      continue;
    }
    const known = Object.hasOwn(OPTIONS, token.name) && (OPTIONS[token.name as keyof typeof OPTIONS].type === 'string' || !token.inlineValue);
    if (!known) throw new CheckUsageError(msg('check.unknownOption', { option: args[token.index] as string }));
    if (token.name === 'json') parsed.json = true;
    else if (token.name === 'help') parsed.help = true;
    else if (token.name === 'debug') parsed.debug = true;
    else if (token.value === undefined) throw new CheckUsageError(msg('check.missingValue', { option: `--${token.name}` }));
    else if (token.name === 'lang') {
      const lang = parseLang(token.value);
      if (!lang) throw new CheckUsageError(msg('check.badLang', { value: token.value }));
      parsed.lang = lang;
    } else {
      if (token.value === '' || token.value.startsWith('-')) throw new CheckUsageError(msg('check.badRange', { value: token.value }));
      parsed.commits = token.value;
    }
  }
  if (parsed.paths.length === 0) parsed.paths.push('.');
  return parsed;
}
