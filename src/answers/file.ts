import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Lang } from '../policy/enums.js';
import { isAnswerKey } from './keys.js';
import type { AnswerKey, RawAnswers } from './types.js';

export interface LoadedFile {
  raw: RawAnswers;
  /** Keys outside the answers contract (presets also allow `templates`). */
  extra: Record<string, unknown>;
  problems: string[];
}

const MESSAGES = {
  fr: {
    unreadable: (path: string, reason: string) => `${path} : lecture impossible (${reason})`,
    notMapping: (path: string) => `${path} : le fichier doit contenir un objet YAML ou JSON de clés de réponse`,
    syntax: (path: string, reason: string) => `${path} : YAML ou JSON invalide (${reason})`,
    unknownKey: (path: string, key: string, allowed: readonly string[]) => `${path} : clé inconnue « ${key} » ; clés possibles : ${allowed.join(', ')}`,
  },
  en: {
    unreadable: (path: string, reason: string) => `${path}: cannot read it (${reason})`,
    notMapping: (path: string) => `${path}: the file must hold a YAML or JSON mapping of answer keys`,
    syntax: (path: string, reason: string) => `${path}: invalid YAML or JSON (${reason})`,
    unknownKey: (path: string, key: string, allowed: readonly string[]) => `${path}: unknown key "${key}"; possible keys: ${allowed.join(', ')}`,
  },
};

/** Reads an answers file or a preset (YAML or JSON); `allowed` are the keys it may hold. */
export function loadAnswersFile(path: string, lang: Lang, allowed: readonly string[]): LoadedFile {
  const m = MESSAGES[lang];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { raw: {}, extra: {}, problems: [m.unreadable(path, (error as NodeJS.ErrnoException).code ?? String(error))] };
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { raw: {}, extra: {}, problems: [m.syntax(path, (error as Error).message.split('\n')[0] ?? '')] };
  }
  if (data === null || data === undefined) return { raw: {}, extra: {}, problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) return { raw: {}, extra: {}, problems: [m.notMapping(path)] };
  const raw: RawAnswers = {};
  const extra: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!allowed.includes(key)) problems.push(m.unknownKey(path, key, allowed));
    else if (isAnswerKey(key)) raw[key as AnswerKey] = value;
    else extra[key] = value;
  }
  return { raw, extra, problems };
}
