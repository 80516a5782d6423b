import type { Lang } from './types.js';
import { CHECK_TEXT } from './messages.js';

export interface CheckArguments {
  json: boolean;
  lang: Lang;
  commits: string | undefined;
  paths: string[];
  help: boolean;
}

/** A mistake in the command line: exit code 2, message on stderr. */
export class CheckUsageError extends Error {}

/** `--name value` or `--name=value`. */
function valueOf(args: readonly string[], index: number, name: string, text: (typeof CHECK_TEXT)[Lang]): { value: string; next: number } {
  const arg = args[index] as string;
  if (arg.startsWith(`${name}=`)) return { value: arg.slice(name.length + 1), next: index + 1 };
  const value = args[index + 1];
  if (value === undefined) throw new CheckUsageError(text.missingValue(name));
  return { value, next: index + 2 };
}

/** The --lang asked for, read leniently so that even a usage error speaks it. */
export function requestedLanguage(args: readonly string[], fallback: Lang): Lang {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index < 0 ? undefined : args[index]?.includes('=') ? args[index]?.split('=')[1] : args[index + 1];
  return value === 'en' || value === 'fr' ? value : fallback;
}

export function parseCheckArguments(args: readonly string[], fallbackLang: Lang): CheckArguments {
  // Errors are reported in the language asked for, even when something else is wrong.
  const text = CHECK_TEXT[requestedLanguage(args, fallbackLang)];
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
      const { value, next } = valueOf(args, index, '--lang', text);
      if (value !== 'fr' && value !== 'en') throw new CheckUsageError(text.badLang(value));
      parsed.lang = value;
      index = next;
    } else if (arg === '--commits' || arg.startsWith('--commits=')) {
      const { value, next } = valueOf(args, index, '--commits', text);
      if (value === '' || value.startsWith('-')) throw new CheckUsageError(text.badRange(value));
      parsed.commits = value;
      index = next;
    } else {
      throw new CheckUsageError(text.unknownOption(arg));
    }
  }
  if (parsed.paths.length === 0) parsed.paths.push('.');
  return parsed;
}
