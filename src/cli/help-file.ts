import { readFileSync } from 'node:fs';
import type { Lang } from '../policy/enums.js';
import { builtPath } from '../support/paths.js';

/**
 * The general `codegouv --help`, written as text at build time (scripts/help-texts.ts): it
 * depends on nothing but the interface language, and printing a file costs nothing beside Node's
 * own start, where loading the modules that compose it doubled it.
 */
export const helpTextFile = (lang: Lang): string => builtPath(`help.${lang}.txt`);

/** The list `--help` searches (`--help categories|scopes [mot]`), and where its words start; none for the general help. */
export function helpTopic(argv: readonly string[]): { topic: 'categories' | 'scopes'; wordsFrom: number } | undefined {
  const at = argv.findIndex((arg) => arg === '--help' || arg === '-h');
  const topic = argv[at + 1];
  return at >= 0 && (topic === 'categories' || topic === 'scopes') ? { topic, wordsFrom: at + 2 } : undefined;
}

/** That text when `argv` asks for the general help and the build wrote it; else undefined (a topic search, or running from the sources). */
export function builtHelpText(argv: readonly string[], lang: Lang): string | undefined {
  if (helpTopic(argv)) return undefined;
  try {
    return readFileSync(helpTextFile(lang), 'utf8');
  } catch {
    return undefined;
  }
}
