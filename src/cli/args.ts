import { parseArgs } from 'node:util';
import { flagName } from '../answers/flags.js';
import { ANSWER_KEYS, BOOLEAN_KEYS } from '../answers/keys.js';

/**
 * The one reader of the generators' command line (`codegouv [area] …`), with node:util parseArgs:
 * one option per answer key (from the registry), the run options, and the switches of the
 * Yeoman environment that the generator path honours.
 */

const RUN_VALUES = ['answers', 'preset', 'lang'];
const RUN_SWITCHES = ['yes', 'force', 'skip-git', 'dry-run', 'bail', 'ask-answered', 'help', 'version'];
const YEOMAN_SWITCHES = ['skip-install', 'skip-cache', 'local-config-only', 'skip-yo-resolve', 'whitespace'];

const VALUE_OPTIONS = [...RUN_VALUES, ...ANSWER_KEYS.filter((key) => !BOOLEAN_KEYS.includes(key)).map(flagName)];
const SWITCHES = [...RUN_SWITCHES, ...YEOMAN_SWITCHES, ...BOOLEAN_KEYS.map(flagName)];
const SHORT: Readonly<Record<string, string>> = { yes: 'y', help: 'h' };
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
