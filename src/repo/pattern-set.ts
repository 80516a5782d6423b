import { RE2JS, RE2Set } from 're2js';

/**
 * A list of regular expressions matched together against whole paths by RE2 (re2js): time
 * linear in the path, whatever the expressions (no backtracking), one pass for the whole list.
 * Repository data (globs, .gitignore rules) is hostile, so no backtracking engine ever sees it.
 */
export interface PatternSet {
  /** Indices of the expressions that match the whole path, ascending. */
  matching(path: string): number[];
}

/**
 * RE2 caches the states of its automaton up to this size, then matches without the cache (still
 * linear, slower): a set per configuration file stays small however many files there are.
 */
const AUTOMATON_CACHE_BYTES = 1024 * 1024;

/**
 * The sets compiled last, most recent last: a fleet's repositories often share their REUSE.toml
 * and .gitignore rules, which are then compiled once (compiling was a tenth of the audit of a
 * small repository). A set's answers depend on its expressions and flags only; few are kept, as
 * each may hold an automaton cache of up to AUTOMATON_CACHE_BYTES.
 */
const KEPT_SETS = 16;
const COMPILED = new Map<string, RE2Set>();

/**
 * `ignoreCase`: letters match whatever their case, as git matches ignore rules under
 * core.ignoreCase. RE2 folds Unicode letters too where git folds ASCII only: a rule `É*` also
 * ignores `été` here, which git would list (a name differing from a rule only by an accented capital).
 */
export function patternSet(expressions: readonly string[], options: { ignoreCase?: boolean } = {}): PatternSet {
  if (expressions.length === 0) return { matching: () => [] };
  // DOTALL: `.` also matches a line break, which a file name may hold.
  const flags = RE2JS.DOTALL | (options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  const key = `${flags} ${JSON.stringify(expressions)}`;
  let set = COMPILED.get(key);
  if (set) {
    COMPILED.delete(key);
  } else {
    set = new RE2Set(RE2Set.ANCHOR_BOTH, flags, AUTOMATON_CACHE_BYTES);
    for (const expression of expressions) set.add(expression);
    set.compile();
    if (COMPILED.size >= KEPT_SETS) COMPILED.delete(COMPILED.keys().next().value as string);
  }
  COMPILED.set(key, set);
  const compiled = set;
  return { matching: (path) => compiled.match(path) };
}

/** One character as RE2 reads it literally: ASCII punctuation escaped, anything else as it is. */
export const literalChar = (char: string): string => (/^[!-/:-@[-`{-~]$/u.test(char) ? `\\${char}` : char);
