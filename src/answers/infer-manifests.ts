import { XMLParser } from 'fast-xml-parser';
import { authorisedLicenceId } from '../policy/licence-input.js';
import { MAX_PARSED_BYTES, type TomlTable, isTomlTable, readToml } from '../repo/toml.js';
import { readText } from '../repo/read.js';
import { slugify } from './slug.js';
import type { RawAnswers } from './types.js';

/** Name, description and licence from pyproject.toml (`[project]`), Cargo.toml (`[package]`) or pom.xml. */

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

const string = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function authorised(licence: string | undefined): string | undefined {
  return licence ? authorisedLicenceId(licence) : undefined;
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
  return typeof first === 'string' && first !== '' ? first : undefined;
};

/** The project's own elements (not those of `<parent>`, dependencies or plugins). */
function pomProject(xml: string): XmlNode | undefined {
  try {
    return node(node(POM.parse(xml))?.project);
  } catch {
    return undefined;
  }
}

const slug = (name: string | undefined) => (name ? slugify(name) || undefined : undefined);

function withoutUndefined(answers: Record<string, unknown>): RawAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as RawAnswers;
}

export function manifestAnswers(cwd: string): RawAnswers {
  const project = tomlTable(read(cwd, 'pyproject.toml'), 'project');
  if (project) {
    // PEP 621: `license = "MIT"` (PEP 639) or `license = { text = "MIT" }`.
    const licence = string(project.license) ?? (isTomlTable(project.license) ? string(project.license.text) : undefined);
    return withoutUndefined({ projectName: slug(string(project.name)), description: string(project.description), licence: authorised(licence) });
  }
  const cargoPackage = tomlTable(read(cwd, 'Cargo.toml'), 'package');
  if (cargoPackage) {
    return withoutUndefined({ projectName: slug(string(cargoPackage.name)), description: string(cargoPackage.description), licence: authorised(string(cargoPackage.license)) });
  }
  const pom = read(cwd, 'pom.xml');
  const pomRoot = pom === undefined ? undefined : pomProject(pom);
  if (!pomRoot) return {};
  const licence = text(node(node(pomRoot.licenses)?.license)?.name);
  return withoutUndefined({ projectName: slug(text(pomRoot.artifactId)), description: text(pomRoot.description), licence: authorised(licence) });
}
