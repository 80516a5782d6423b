import { flagName } from '../answers/flags.js';
import { ANSWER_KEYS, BOOLEAN_KEYS } from '../answers/keys.js';

/** Options that take a value (the next word, or after `=`). */
const VALUE_OPTIONS = new Set(['answers', 'preset', 'lang', ...ANSWER_KEYS.filter((key) => !BOOLEAN_KEYS.includes(key)).map(flagName)]);

/** Switches: ours, and the Yeoman environment's that the generator path honours. */
const SWITCHES = new Set([
  'yes', 'force', 'skip-git', 'dry-run', 'bail', 'ask-answered', 'skip-install', 'skip-cache', 'local-config-only',
  'skip-yo-resolve', 'whitespace', 'help', 'version', ...BOOLEAN_KEYS.map(flagName),
]);

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
  for (const known of [...VALUE_OPTIONS, ...SWITCHES]) {
    const d = distance(name, known);
    if (!best || d < best.distance) best = { name: known, distance: d };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 4)) ? best.name : undefined;
}

export interface UnknownOption {
  option: string;
  suggestion?: string;
  /** A word that is no option's value. */
  positional?: boolean;
}

/** Options nobody reads: a typo would otherwise be ignored silently (`--doc-licence`). */
export function unknownOptions(args: readonly string[]): UnknownOption[] {
  const unknown: UnknownOption[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') break;
    // A stray word would be dropped silently (`--signoff-hook false` keeps the hook on).
    if (!arg.startsWith('-') || arg === '-') {
      unknown.push({ option: arg, positional: true });
      continue;
    }
    if (/^-[yh]$/.test(arg)) continue;
    const name = arg.replace(/^--?/, '').split('=')[0]!;
    const bare = name.startsWith('no-') && SWITCHES.has(name.slice(3)) ? name.slice(3) : name;
    if (VALUE_OPTIONS.has(bare)) {
      if (!arg.includes('=')) index++;
      continue;
    }
    if (SWITCHES.has(bare)) continue;
    const close = suggestion(bare);
    unknown.push({ option: arg.split('=')[0]!, ...(close ? { suggestion: `--${close}` } : {}) });
  }
  return unknown;
}
