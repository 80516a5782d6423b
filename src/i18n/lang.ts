import { LANGS } from '../policy/enums.js';
import type { Lang } from '../policy/enums.js';

export type { Lang } from '../policy/enums.js';

/** A `--lang` value: `fr`, `en`, in any case (`EN`, `Fr`); undefined when it is neither. */
export function parseLang(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const lang = value.toLowerCase();
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : undefined;
}

/** The parsed `--lang` option: absent is French; undefined when the value is neither language. */
export function langOption(value: unknown): Lang | undefined {
  return value === undefined ? 'fr' : parseLang(value);
}

/**
 * The one reader of `--lang` on a raw command line (`--lang en` or `--lang=en`, first one wins),
 * for what is decided before the options are parsed: help, usage errors, an interrupted prompt.
 * An absent or unknown value gives `fallback`; the option's own parser reports the unknown value.
 */
export function langFromArgs(argv: readonly string[], fallback: Lang = 'fr'): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return fallback;
  const arg = argv[index] as string;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
  return parseLang(value) ?? fallback;
}
