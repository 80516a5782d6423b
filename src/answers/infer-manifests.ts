import { posix } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { authorisedLicenceId } from '../policy/licence-input.js';
import { MAX_PARSED_BYTES, type TomlTable, isTomlTable, readToml } from '../repo/toml.js';
import { readText } from '../repo/read.js';
import { slugify } from './slug.js';
import type { RawAnswers } from './types.js';

/**
 * Name, description, licence and kind of software from the manifests at the root:
 * pyproject.toml (`[project]`, PEP 621, or `[tool.poetry]`), Cargo.toml, pom.xml (and its parent
 * when `<relativePath>` keeps it inside the repository), composer.json, R's DESCRIPTION, and
 * package.json for the kind only (infer.ts reads its name, description and licence).
 */

/** A manifest at the root, unless it is too large to parse safely (it is then ignored). */
function read(cwd: string, name: string): string | undefined {
  const read = readText(cwd, name, MAX_PARSED_BYTES);
  return read.ok ? read.text : undefined;
}

function tomlTable(text: string | undefined, key: string): TomlTable | undefined {
  const reading = text === undefined ? undefined : readToml(text);
  const table = reading && 'table' in reading ? reading.table[key] : undefined;
  return isTomlTable(table) ? table : undefined;
}

const string = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

function authorised(licence: string | undefined): string | undefined {
  return licence ? authorisedLicenceId(licence) : undefined;
}

const slug = (name: string | undefined) => (name ? slugify(name) || undefined : undefined);

function withoutUndefined(answers: Record<string, unknown>): RawAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as RawAnswers;
}

function readJson(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PEP 621 `[project]`: a field listed in `dynamic` is computed by the build backend and is not
 * in the file (https://packaging.python.org/en/latest/specifications/pyproject-toml/#dynamic):
 * it is not inferred. Poetry's `[tool.poetry]` (https://python-poetry.org/docs/pyproject/) otherwise.
 */
function pyproject(text: string | undefined): RawAnswers {
  const project = tomlTable(text, 'project');
  const tool = tomlTable(text, 'tool');
  const poetry = tool && isTomlTable(tool.poetry) ? tool.poetry : undefined;
  const table = project ?? poetry;
  if (!table) return {};
  const dynamic = Array.isArray(table.dynamic) ? table.dynamic.filter((item) => typeof item === 'string') : [];
  const field = (name: string) => (dynamic.includes(name) ? undefined : table[name]);
  const licenceField = field('license');
  // `license = "MIT"` (PEP 639) or `license = { text = "MIT" }`.
  const licence = string(licenceField) ?? (isTomlTable(licenceField) ? string(licenceField.text) : undefined);
  return withoutUndefined({ projectName: slug(string(field('name'))), description: string(field('description')), licence: authorised(licence) });
}

function cargo(source: string | undefined): RawAnswers {
  const reading = source === undefined ? undefined : readToml(source);
  const root = reading && 'table' in reading ? reading.table : undefined;
  const table = root?.package;
  if (!root || !isTomlTable(table)) return {};
  // A `[lib]` target and no `[[bin]]`: a crate meant to be depended on (https://doc.rust-lang.org/cargo/reference/cargo-targets.html).
  const library = isTomlTable(root.lib) && root.bin === undefined;
  return withoutUndefined({
    projectName: slug(string(table.name)), description: string(table.description), licence: authorised(string(table.license)),
    softwareType: library ? 'library' : undefined,
  });
}

// Attributes, entities (no DOCTYPE expansion) and value typing are off: only element text is read, as written.
const POM = new XMLParser({ ignoreAttributes: true, processEntities: false, htmlEntities: false, parseTagValue: false, ignoreDeclaration: true, ignorePiTags: true });

type XmlNode = Record<string, unknown>;
const node = (value: unknown): XmlNode | undefined => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'object' && first !== null ? (first as XmlNode) : undefined;
};
const text = (value: unknown): string | undefined => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim().replace(/\s+/g, ' ') : undefined;
};

/** The project's own elements (not those of `<parent>`, dependencies or plugins). */
function pomProject(xml: string | undefined): XmlNode | undefined {
  if (xml === undefined) return undefined;
  try {
    return node(node(POM.parse(xml))?.project);
  } catch {
    return undefined;
  }
}

/**
 * The parent pom's path inside the repository, or undefined: Maven's default `../pom.xml` and
 * an empty `<relativePath/>` (look-up in the repositories) are outside it
 * (https://maven.apache.org/ref/3.9.9/maven-model/maven.html#parent).
 */
function parentPomPath(project: XmlNode): string | undefined {
  const relative = text(node(project.parent)?.relativePath);
  if (relative === undefined || relative.startsWith('/') || relative.includes('\\')) return undefined;
  const path = posix.normalize(relative.endsWith('.xml') ? relative : posix.join(relative, 'pom.xml'));
  return path.startsWith('..') || path === 'pom.xml' ? undefined : path;
}

/** pom.xml's own description, else its parent's when the parent is a file of the repository. */
function pom(cwd: string): [string, RawAnswers][] {
  const project = pomProject(read(cwd, 'pom.xml'));
  if (!project) return [];
  const licence = text(node(node(project.licenses)?.license)?.name);
  const own = withoutUndefined({ projectName: slug(text(project.artifactId)), description: text(project.description), licence: authorised(licence) });
  const parentPath = own.description === undefined ? parentPomPath(project) : undefined;
  const parent = parentPath === undefined ? undefined : pomProject(read(cwd, parentPath));
  const inherited = parent ? withoutUndefined({ description: text(parent.description) }) : {};
  return [['pom.xml', own], ...(parentPath && parent ? [[parentPath, inherited] as [string, RawAnswers]] : [])];
}

/** Names that project skeletons ship with: the skeleton's, not the project's (https://github.com/laravel/laravel/blob/11.x/composer.json). */
const SKELETON_NAMES = ['laravel/laravel', 'symfony/skeleton', 'symfony/website-skeleton', 'cakephp/app', 'yiisoft/yii2-app-basic'];

/** composer.json (https://getcomposer.org/doc/04-schema.md): `type` defaults to library, so only an explicit one is trusted. */
function composer(json: Record<string, unknown> | undefined): RawAnswers {
  if (!json) return {};
  const name = string(json.name);
  const ownName = name && !SKELETON_NAMES.includes(name) ? name.slice(name.indexOf('/') + 1) : undefined;
  const licences = Array.isArray(json.license) ? json.license.filter((item) => typeof item === 'string') : [json.license];
  return withoutUndefined({
    projectName: slug(ownName), description: string(json.description), licence: licences.length === 1 ? authorised(string(licences[0])) : undefined,
    softwareType: json.type === 'library' ? 'library' : undefined,
  });
}

/** The fields of a Debian control file (R's DESCRIPTION): `Field: value`, continued on indented lines. */
function dcfFields(source: string): Map<string, string> {
  const fields = new Map<string, string>();
  let current: string | undefined;
  for (const line of source.split('\n')) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && current !== undefined) {
      fields.set(current, `${fields.get(current)!} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    current = colon > 0 ? line.slice(0, colon).trim() : undefined;
    if (current !== undefined) fields.set(current, line.slice(colon + 1).trim());
  }
  return fields;
}

/** R's DESCRIPTION (https://cran.r-project.org/doc/manuals/r-release/R-exts.html#The-DESCRIPTION-file): a package, meant to be loaded by others. */
function rDescription(source: string | undefined): RawAnswers {
  if (source === undefined) return {};
  const fields = dcfFields(source);
  const name = fields.get('Package');
  if (!name) return {};
  const title = fields.get('Title') || undefined;
  const description = (fields.get('Description') ?? '').replace(/\s+/g, ' ').trim() || undefined;
  return withoutUndefined({ projectName: slug(name), description: title ?? description, longDescription: title ? description : undefined, softwareType: 'library' });
}

/** package.json declares a module to import (`exports`, `module`, `types`) and is published (not `private`). */
function npmKind(json: Record<string, unknown> | undefined): RawAnswers {
  if (!json || json.private === true) return {};
  const imported = ['exports', 'module', 'types', 'typings'].some((key) => json[key] !== undefined);
  return imported ? { softwareType: 'library' } : {};
}

/** What each root manifest says, highest first, with the path it was read from. */
export function manifestsBySource(cwd: string): [string, RawAnswers][] {
  return [
    ['pyproject.toml', pyproject(read(cwd, 'pyproject.toml'))],
    ['Cargo.toml', cargo(read(cwd, 'Cargo.toml'))],
    ...pom(cwd),
    ['composer.json', composer(readJson(read(cwd, 'composer.json')))],
    ['DESCRIPTION', rDescription(read(cwd, 'DESCRIPTION'))],
    ['package.json', npmKind(readJson(read(cwd, 'package.json')))],
  ];
}

/** What the root manifests say together, the first manifest giving a value winning. */
export function manifestAnswers(cwd: string): RawAnswers {
  const merged: RawAnswers = {};
  for (const [, found] of manifestsBySource(cwd)) {
    for (const [key, value] of Object.entries(found) as [keyof RawAnswers, unknown][]) merged[key] ??= value;
  }
  return merged;
}
