import { parseArgs } from 'node:util';
import { flagName } from '../answers/flags.js';
import { ANSWER_KEYS, BOOLEAN_KEYS } from '../answers/keys.js';
import type { MessageId } from '../i18n/message.js';

/**
 * The one reader of the generators' command line (`codegouv [area] …`), with node:util parseArgs:
 * one option per answer key (from the registry), the run options, and the switches of the
 * Yeoman environment that the generator path honours.
 */

export interface RunOption {
  name: string;
  type: 'boolean' | 'string';
  short?: string;
  /** What `--help` says of it; an option without one is accepted but not listed. */
  help?: MessageId;
  /** How `--help` shows its value (`--lang fr|en`). */
  value?: MessageId | string;
}

/** The options of a run, in the order `--help` lists them. */
export const RUN_OPTIONS: readonly RunOption[] = [
  { name: 'yes', type: 'boolean', short: 'y', help: 'help.option.yes' },
  { name: 'answers', type: 'string', help: 'help.option.answers', value: 'help.flag.answers' },
  { name: 'preset', type: 'string', help: 'help.option.preset', value: 'help.flag.preset' },
  { name: 'trust-preset', type: 'boolean', help: 'help.option.trustPreset' },
  { name: 'lang', type: 'string', help: 'help.option.lang', value: '--lang fr|en' },
  { name: 'force', type: 'boolean', help: 'help.option.force' },
  { name: 'skip-git', type: 'boolean', help: 'help.option.skipGit' },
  { name: 'dry-run', type: 'boolean', help: 'help.option.dryRun' },
  { name: 'ask-answered', type: 'boolean', help: 'help.option.askAnswered' },
  { name: 'help', type: 'boolean', short: 'h', help: 'help.option.help' },
  { name: 'version', type: 'boolean', help: 'help.option.version' },
  { name: 'debug', type: 'boolean', help: 'values.help.debug' },
  { name: 'bail', type: 'boolean' },
];
const YEOMAN_SWITCHES = ['skip-install', 'skip-cache', 'local-config-only', 'skip-yo-resolve', 'whitespace'];

const VALUE_OPTIONS = [...RUN_OPTIONS.filter((option) => option.type === 'string').map((option) => option.name), ...ANSWER_KEYS.filter((key) => !BOOLEAN_KEYS.includes(key)).map(flagName)];
const SWITCHES = [...RUN_OPTIONS.filter((option) => option.type === 'boolean').map((option) => option.name), ...YEOMAN_SWITCHES, ...BOOLEAN_KEYS.map(flagName)];
const SHORT: Readonly<Record<string, string>> = Object.fromEntries(RUN_OPTIONS.filter((option) => option.short).map((option) => [option.name, option.short!]));
const KNOWN = new Set([...VALUE_OPTIONS, ...SWITCHES]);

interface UnknownOption {
  option: string;
  suggestion?: string;
  /** A word that is no option's value. */
  positional?: boolean;
}

export interface CommandLine {
  /** Values under their kebab-case names, as Yeoman's own parsing gives them (`--no-x` is false). */
  options: Record<string, unknown>;
  /** Options nobody reads: a typo would otherwise be ignored silently (`--doc-licence`). */
  unknown: UnknownOption[];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest known option, when it is close enough to be a typo. */
function suggestion(name: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const known of KNOWN) {
    const d = distance(name, known);
    if (!best || d < best.distance) best = { name: known, distance: d };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 4)) ? best.name : undefined;
}

export function parseCommandLine(args: readonly string[]): CommandLine {
  const { values, tokens } = parseArgs({
    args: [...args],
    options: {
      ...Object.fromEntries(SWITCHES.map((name) => [name, { type: 'boolean' as const, ...(SHORT[name] ? { short: SHORT[name] } : {}) }])),
      ...Object.fromEntries(VALUE_OPTIONS.map((name) => [name, { type: 'string' as const }])),
    },
    strict: false,
    allowPositionals: true,
    allowNegative: true,
    tokens: true,
  });
  const unknown: UnknownOption[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') break;
    // A stray word would be dropped silently (`--signoff-hook false` keeps the hook on).
    if (token.kind === 'positional') unknown.push({ option: token.value, positional: true });
    else if (!KNOWN.has(token.name)) {
      const close = suggestion(token.name);
      unknown.push({ option: token.rawName, ...(close ? { suggestion: `--${close}` } : {}) });
    }
  }
  return { options: Object.fromEntries(Object.entries(values).filter(([name]) => KNOWN.has(name))), unknown };
}
