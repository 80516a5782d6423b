import { readText } from '../repo/read.js';
import { parseLang } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';

/** The section of .yo-rc.json the generator's answers live in, whoever runs it (yo, the bin, yeoman-test). */
export const NAMESPACE = 'generator-codegouv';

export const INTERFACE_LANG_KEY = 'lang';

/**
 * The interface language the folder's last run spoke, read before anything else is loaded (the
 * first screen is in it). The file is the repository's data: only `fr` or `en` count, and a file
 * that cannot be read or parsed gives none here (the run itself reports it).
 */
export function rememberedLangIn(cwd: string): Lang | undefined {
  const read = readText(cwd, '.yo-rc.json');
  if (!read.ok) return undefined;
  try {
    const section = (JSON.parse(read.text) as Record<string, unknown> | null)?.[NAMESPACE];
    return typeof section === 'object' && section !== null ? parseLang((section as Record<string, unknown>)[INTERFACE_LANG_KEY]) : undefined;
  } catch {
    return undefined;
  }
}
