import { createRequire } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { loadAnswersFile } from './file.js';
import { PRESET_KEYS } from './keys.js';
import type { RawAnswers } from './types.js';
import { validateAnswers } from './validate.js';

export interface Preset {
  /** The file read, absolute. */
  file: string;
  raw: RawAnswers;
  /** Folder whose files replace the built-in templates of the same path. */
  templates?: string;
  problems: Message[];
}

/** The preset file behind `--preset SPEC`: a path, or an npm package found from the target folder. */
function resolvePresetFile(spec: string, cwd: string): { file?: string; problem?: Message } {
  const asPath = isAbsolute(spec) ? spec : resolve(cwd, spec);
  if (existsSync(asPath) && statSync(asPath).isFile()) return { file: asPath };
  for (const base of [join(cwd, 'package.json'), import.meta.url]) {
    let manifestPath: string;
    try {
      manifestPath = createRequire(base).resolve(`${spec}/package.json`);
    } catch {
      continue;
    }
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { main?: string; codegouv?: { preset?: string } };
    const entry = manifest.codegouv?.preset ?? manifest.main;
    if (!entry || !/\.(ya?ml|json)$/i.test(entry)) return { problem: msg('preset.noFile', { spec }) };
    return { file: join(dirname(manifestPath), entry) };
  }
  return { problem: msg('preset.notFound', { spec }) };
}

/** Reads and checks an organisation preset with the same rules as answers. */
export function loadPreset(spec: string, cwd: string): Preset {
  const { file, problem } = resolvePresetFile(spec, cwd);
  if (!file) return { file: spec, raw: {}, problems: [problem!] };
  const loaded = loadAnswersFile(file, [...PRESET_KEYS, 'templates']);
  const problems = [...loaded.problems];
  // The language only sets the default of `languages`: problems are language-free.
  const { problems: invalid } = validateAnswers(loaded.raw, { lang: 'fr', keys: [], publiccode: false });
  problems.push(...invalid.map((p) => msg('preset.value', { file, key: p.key, problem: p.message })));
  const preset: Preset = { file, raw: loaded.raw, problems };
  const templates = loaded.extra.templates;
  if (templates !== undefined) {
    const dir = typeof templates === 'string' ? resolve(dirname(file), templates) : '';
    if (dir && existsSync(dir) && statSync(dir).isDirectory()) preset.templates = dir;
    else problems.push(msg('preset.templates', { file, dir: String(templates) }));
  }
  return preset;
}
