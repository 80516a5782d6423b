import { createRequire } from 'node:module';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { packageRoot } from '../support/paths.js';
import { loadAnswersFile } from './file.js';
import { PRESET_KEYS } from './keys.js';
import { globalNodeModules } from './npm-global.js';
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

/** `@scope/name` or `name`: an npm package. A preset file's own extension makes it a path. */
const PACKAGE_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/;
const PRESET_FILE = /\.(?:ya?ml|json)$/i;

const isPackageName = (spec: string) => PACKAGE_NAME.test(spec) && !PRESET_FILE.test(spec);

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function inside(path: string, folder: string): boolean {
  const rel = relative(realpathSync(folder), realpathSync(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The preset file a package manifest names (`"codegouv": {"preset": …}`, else `main`). */
function fromManifest(manifestPath: string, spec: string): { file?: string; problem?: Message } {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { main?: string; codegouv?: { preset?: string } };
  const entry = manifest.codegouv?.preset ?? manifest.main;
  if (!entry || !PRESET_FILE.test(entry)) return { problem: msg('preset.noFile', { spec }) };
  return { file: join(dirname(manifestPath), entry) };
}

/**
 * A package as installed with this tool (its own node_modules, and the folders above it) or with
 * `npm install -g`; never from the target folder's node_modules, which the repository controls,
 * unless this tool itself was installed there (then the repository's code runs anyway).
 */
function packageManifest(spec: string, cwd: string): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve(`${spec}/package.json`);
    if (!inside(manifest, cwd) || inside(packageRoot(), cwd)) return manifest;
  } catch {
    // Not installed with the tool: the global folders are next.
  }
  return globalNodeModules().map((folder) => join(folder, ...spec.split('/'), 'package.json')).find(isFile);
}

/**
 * The preset file behind a spec: a path (relative to the folder the user runs in) to a file or
 * to a folder with a package.json, or the name of an npm package installed with the tool or
 * globally.
 */
function resolvePresetFile(spec: string, cwd: string): { file?: string; problem?: Message } {
  if (isPackageName(spec)) {
    const manifest = packageManifest(spec, cwd);
    return manifest ? fromManifest(manifest, spec) : { problem: msg('trust.presetNotFound', { spec, folders: [join(packageRoot(), 'node_modules'), ...globalNodeModules()] }) };
  }
  const path = resolve(cwd, spec);
  if (isFile(path)) return { file: path };
  if (isFile(join(path, 'package.json'))) return fromManifest(join(path, 'package.json'), spec);
  return { problem: msg('trust.presetPathNotFound', { spec, path }) };
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
