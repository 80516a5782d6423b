import { GlobError, type GlobList, globList } from './glob.js';
import type { LicensingInfo } from './tags.js';
import { type TomlValue, isTomlTable, readToml } from '../toml.js';

type Precedence = 'closest' | 'aggregate' | 'override';
const PRECEDENCES: readonly Precedence[] = ['closest', 'aggregate', 'override'];

interface Annotation {
  precedence: Precedence;
  info: LicensingInfo;
}

/** One REUSE.toml (REUSE 3.3, version 1); its paths are relative to its own directory. */
export interface ReuseToml {
  path: string;
  /** '' for the repository root, else `dir/sub`. */
  directory: string;
  annotations: Annotation[];
  /** Every `path` of every annotation, compiled together. */
  globs: GlobList;
  annotationOfGlob: number[];
}

export class ReuseConfigError extends Error {}

function strings(value: TomlValue | undefined, key: string, where: string): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((item): item is string => typeof item === 'string')) {
    throw new ReuseConfigError(`${where}: "${key}" must be a string or a list of strings`);
  }
  return list;
}

function annotation(table: TomlValue, where: string): Annotation & { paths: string[] } {
  if (!isTomlTable(table)) throw new ReuseConfigError(`${where}: not a table`);
  const paths = strings(table.path, 'path', where);
  if (paths.length === 0) throw new ReuseConfigError(`${where}: "path" is required`);
  const precedence = table.precedence ?? 'closest';
  if (typeof precedence !== 'string' || !PRECEDENCES.includes(precedence as Precedence)) {
    throw new ReuseConfigError(`${where}: "precedence" must be one of ${PRECEDENCES.join(', ')}`);
  }
  return {
    paths,
    precedence: precedence as Precedence,
    info: {
      copyrights: strings(table['SPDX-FileCopyrightText'], 'SPDX-FileCopyrightText', where),
      expressions: strings(table['SPDX-License-Identifier'], 'SPDX-License-Identifier', where),
    },
  };
}

/**
 * The REUSE.toml files read last, by path and text: a fleet's repositories often share theirs (a
 * generated one names the same files and rights holder), which is then parsed and its globs
 * translated once. A parsed file is only read afterwards (its annotations' licensing is given
 * out as it is, as within one repository). Only small files are kept, and few.
 */
const PARSED = new Map<string, ReuseToml>();
const KEPT_FILES = 16;
const KEPT_FILE_LENGTH = 64 * 1024;

export function parseReuseToml(path: string, source: string): ReuseToml {
  const key = `${path}\0${source}`;
  const known = PARSED.get(key);
  if (known) return known;
  const parsed = parsedReuseToml(path, source);
  if (source.length <= KEPT_FILE_LENGTH) {
    if (PARSED.size >= KEPT_FILES) PARSED.delete(PARSED.keys().next().value as string);
    PARSED.set(key, parsed);
  }
  return parsed;
}

function parsedReuseToml(path: string, source: string): ReuseToml {
  const reading = readToml(source);
  if ('error' in reading) throw new ReuseConfigError(`${path}${reading.line ? `:${reading.line}` : ''}: ${reading.error}`);
  const document = reading.table;
  if (document.version !== 1) throw new ReuseConfigError(`${path}: "version = 1" is required`);
  const tables = document.annotations ?? [];
  if (!Array.isArray(tables)) throw new ReuseConfigError(`${path}: "annotations" must be [[annotations]] tables`);
  const slash = path.lastIndexOf('/');
  const annotations = tables.map((table, index) => annotation(table, `${path} [[annotations]] #${index + 1}`));
  let globs: GlobList;
  try {
    globs = globList('reuse-toml', annotations.flatMap((candidate) => candidate.paths));
  } catch (error) {
    if (error instanceof GlobError) throw new ReuseConfigError(`${path}: ${error.message}`);
    throw error;
  }
  return {
    path,
    directory: slash < 0 ? '' : path.slice(0, slash),
    annotations: annotations.map(({ precedence, info }) => ({ precedence, info })),
    globs,
    annotationOfGlob: annotations.flatMap((candidate, index) => candidate.paths.map(() => index)),
  };
}

/** The last table of this REUSE.toml that matches the file, if the file is under its directory. */
function lastMatch(toml: ReuseToml, path: string): Annotation | undefined {
  if (toml.directory !== '' && !path.startsWith(`${toml.directory}/`)) return undefined;
  const relative = toml.directory === '' ? path : path.slice(toml.directory.length + 1);
  // The globs are in the annotations' order: the last matching glob is in the last matching table.
  const glob = toml.globs.lastMatch(relative);
  return glob < 0 ? undefined : toml.annotations[toml.annotationOfGlob[glob] as number];
}

/** The notices and expressions of the first, then of the others, in a new object. */
function merge(first: LicensingInfo, others: readonly LicensingInfo[]): LicensingInfo {
  const merged: LicensingInfo = { copyrights: [...first.copyrights], expressions: [...first.expressions] };
  for (const info of others) {
    for (const copyright of info.copyrights) merged.copyrights.push(copyright);
    for (const expression of info.expressions) merged.expressions.push(expression);
  }
  return merged;
}

/**
 * The licensing of a file given its own (header or sidecar) and the REUSE.toml files from the
 * root down: `override` from the outermost file wins and hides the file's own; `aggregate` adds;
 * `closest` fills copyright and licence separately when the file has none.
 */
export function resolveWithReuseToml(tomlsRootFirst: readonly ReuseToml[], path: string, own: () => LicensingInfo): LicensingInfo {
  const matches = tomlsRootFirst.map((toml) => lastMatch(toml, path)).filter((match): match is Annotation => match !== undefined);
  const override = matches.find((match) => match.precedence === 'override');
  if (override) return override.info;
  const resolved = merge(own(), matches.filter((match) => match.precedence === 'aggregate').map((match) => match.info));
  const closest = matches[matches.length - 1];
  if (closest && resolved.copyrights.length === 0) resolved.copyrights = [...closest.info.copyrights];
  if (closest && resolved.expressions.length === 0) resolved.expressions = [...closest.info.expressions];
  return resolved;
}

