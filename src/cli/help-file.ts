import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../policy/enums.js';
import { packageRoot } from '../support/paths.js';

/**
 * The general `codegouv --help`, written as text at build time (scripts/help-texts.ts): it
 * depends on nothing but the interface language, and printing a file costs nothing beside Node's
 * own start, where loading the modules that compose it doubled it.
 */
export const helpTextFile = (lang: Lang): string => join(packageRoot(), 'dist', `help.${lang}.txt`);

/** That text when `argv` asks for the general help and the build wrote it; else undefined (a topic search, or running from the sources). */
export function builtHelpText(argv: readonly string[], lang: Lang): string | undefined {
  const at = argv.findIndex((arg) => arg === '--help' || arg === '-h');
  const topic = argv[at + 1];
  if (topic === 'categories' || topic === 'scopes') return undefined;
  try {
    return readFileSync(helpTextFile(lang), 'utf8');
  } catch {
    return undefined;
  }
}
