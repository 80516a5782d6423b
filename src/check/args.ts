import { type Lang, parseLang } from '../i18n/lang.js';
import { type Message, msg } from '../i18n/message.js';

export interface CheckArguments {
  json: boolean;
  lang: Lang;
  commits: string | undefined;
  paths: string[];
  help: boolean;
}

/** A mistake in the command line: exit code 2, its message on stderr in the language asked for. */
export class CheckUsageError extends Error {
  constructor(readonly detail: Message) {
    super(detail.id);
  }
}

/** `--name value` or `--name=value`. */
function valueOf(args: readonly string[], index: number, name: string): { value: string; next: number } {
  const arg = args[index] as string;
  if (arg.startsWith(`${name}=`)) return { value: arg.slice(name.length + 1), next: index + 1 };
  const value = args[index + 1];
  if (value === undefined) throw new CheckUsageError(msg('check.missingValue', { option: name }));
  return { value, next: index + 2 };
}

export function parseCheckArguments(args: readonly string[], fallbackLang: Lang): CheckArguments {
  const parsed: CheckArguments = { json: false, lang: fallbackLang, commits: undefined, paths: [], help: false };
  let index = 0;
  let optionsEnded = false;
  while (index < args.length) {
    const arg = args[index] as string;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      parsed.paths.push(arg);
      index += 1;
    } else if (arg === '--') {
      optionsEnded = true;
      index += 1;
    } else if (arg === '--json') {
      parsed.json = true;
      index += 1;
    } else if (arg === '--help' || arg === '-h') {
      parsed.help = true;
      index += 1;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const { value, next } = valueOf(args, index, '--lang');
      const lang = parseLang(value);
      if (!lang) throw new CheckUsageError(msg('check.badLang', { value }));
      parsed.lang = lang;
      index = next;
    } else if (arg === '--commits' || arg.startsWith('--commits=')) {
      const { value, next } = valueOf(args, index, '--commits');
      if (value === '' || value.startsWith('-')) throw new CheckUsageError(msg('check.badRange', { value }));
      parsed.commits = value;
      index = next;
    } else {
      throw new CheckUsageError(msg('check.unknownOption', { option: arg }));
    }
  }
  if (parsed.paths.length === 0) parsed.paths.push('.');
  return parsed;
}
