import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorisedLicenceId } from '../policy/licence-input.js';
import { slugify } from './slug.js';
import type { RawAnswers } from './types.js';

/**
 * Name, description and licence from pyproject.toml, Cargo.toml or pom.xml, read with a few
 * patterns rather than full parsers: only simple `key = "value"` lines of the project section.
 */

function read(cwd: string, name: string): string | undefined {
  const path = join(cwd, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The body of a TOML table, up to the next table header. */
function tomlTable(text: string, table: string): string | undefined {
  const start = text.search(new RegExp(`^\\[${table.replace('.', '\\.')}\\]\\s*$`, 'm'));
  if (start < 0) return undefined;
  const body = text.slice(text.indexOf('\n', start) + 1);
  const next = body.search(/^\[/m);
  return next < 0 ? body : body.slice(0, next);
}

function tomlString(table: string, key: string): string | undefined {
  const match = new RegExp(`^${key}\\s*=\\s*(?:"([^"\\\\]*)"|'([^']*)')`, 'm').exec(table);
  return match?.[1] ?? match?.[2];
}

function authorised(licence: string | undefined): string | undefined {
  return licence ? authorisedLicenceId(licence) : undefined;
}

function xmlText(text: string, path: string[]): string | undefined {
  // The project's own elements, not those of its parent, dependencies or build plugins.
  let scope = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<(parent|dependencies|dependencyManagement|build|profiles)(\s[^>]*)?>[\s\S]*?<\/\1>/g, '');
  for (const tag of path) {
    const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(scope);
    if (!match) return undefined;
    scope = match[1]!;
  }
  return scope.trim() || undefined;
}

const slug = (name: string | undefined) => (name ? slugify(name) || undefined : undefined);

function withoutUndefined(answers: Record<string, unknown>): RawAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as RawAnswers;
}

export function manifestAnswers(cwd: string): RawAnswers {
  const pyproject = read(cwd, 'pyproject.toml');
  const project = pyproject ? tomlTable(pyproject, 'project') : undefined;
  if (project) {
    const licenceTable = /^license\s*=\s*\{\s*text\s*=\s*"([^"]*)"/m.exec(project)?.[1];
    return withoutUndefined({ projectName: slug(tomlString(project, 'name')), description: tomlString(project, 'description'), licence: authorised(tomlString(project, 'license') ?? licenceTable) });
  }
  const cargo = read(cwd, 'Cargo.toml');
  const cargoPackage = cargo ? tomlTable(cargo, 'package') : undefined;
  if (cargoPackage) {
    return withoutUndefined({ projectName: slug(tomlString(cargoPackage, 'name')), description: tomlString(cargoPackage, 'description'), licence: authorised(tomlString(cargoPackage, 'license')) });
  }
  const pom = read(cwd, 'pom.xml');
  if (pom) {
    return withoutUndefined({ projectName: slug(xmlText(pom, ['project', 'artifactId'])), description: xmlText(pom, ['project', 'description']), licence: authorised(xmlText(pom, ['licenses', 'license', 'name'])) });
  }
  return {};
}
