import { createRequire } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Lang } from '../policy/enums.js';
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
  problems: string[];
}

const MESSAGES = {
  fr: {
    notFound: (spec: string) => `--preset : « ${spec} » n'est ni un fichier ni un paquet npm installé (node_modules)`,
    noFile: (spec: string) => `--preset : le paquet ${spec} n'indique pas de fichier YAML ou JSON (champ "codegouv": {"preset": …} ou "main" de son package.json)`,
    templates: (file: string, dir: string) => `${file} : templates : « ${dir} » n'est pas un dossier`,
    value: (file: string, key: string, message: string) => `${file} : ${key} : ${message}`,
  },
  en: {
    notFound: (spec: string) => `--preset: "${spec}" is neither a file nor an installed npm package (node_modules)`,
    noFile: (spec: string) => `--preset: package ${spec} names no YAML or JSON file ("codegouv": {"preset": …} or "main" in its package.json)`,
    templates: (file: string, dir: string) => `${file}: templates: "${dir}" is not a folder`,
    value: (file: string, key: string, message: string) => `${file}: ${key}: ${message}`,
  },
};

/** The preset file behind `--preset SPEC`: a path, or an npm package found from the target folder. */
function resolvePresetFile(spec: string, cwd: string, lang: Lang): { file?: string; problem?: string } {
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
    if (!entry || !/\.(ya?ml|json)$/i.test(entry)) return { problem: MESSAGES[lang].noFile(spec) };
    return { file: join(dirname(manifestPath), entry) };
  }
  return { problem: MESSAGES[lang].notFound(spec) };
}

/** Reads and checks an organisation preset with the same rules as answers. */
export function loadPreset(spec: string, cwd: string, lang: Lang): Preset {
  const m = MESSAGES[lang];
  const { file, problem } = resolvePresetFile(spec, cwd, lang);
  if (!file) return { file: spec, raw: {}, problems: [problem!] };
  const loaded = loadAnswersFile(file, lang, [...PRESET_KEYS, 'templates']);
  const problems = [...loaded.problems];
  const { problems: invalid } = validateAnswers(loaded.raw, { lang, keys: [], publiccode: false });
  problems.push(...invalid.map((p) => m.value(file, p.key, p.message)));
  const preset: Preset = { file, raw: loaded.raw, problems };
  const templates = loaded.extra.templates;
  if (templates !== undefined) {
    const dir = typeof templates === 'string' ? resolve(dirname(file), templates) : '';
    if (dir && existsSync(dir) && statSync(dir).isDirectory()) preset.templates = dir;
    else problems.push(m.templates(file, String(templates)));
  }
  return preset;
}
