import { publiccodeString } from './publiccode-file.js';
import type { PubliccodeFinding } from './publiccode-file.js';
import { isTomlTable, readToml } from './toml.js';
import type { RepositoryTree } from './tree.js';

/**
 * The licence a repository declares outside its licence text: publiccode.yml `legal.license`
 * and the licence fields of its root manifests (package.json, composer.json, pyproject.toml,
 * Cargo.toml). Each is a claim to compare with the text, never a substitute for it.
 */
export interface DeclaredLicence {
  /** Where, as `file (field)`. */
  where: string;
  expression: string;
}

function jsonLicence(tree: RepositoryTree, path: string): string | undefined {
  const text = tree.has(path) ? tree.text(path) : undefined;
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as { license?: unknown };
    if (typeof data.license === 'string') return data.license;
    // composer.json allows a list, meaning "any of these".
    if (Array.isArray(data.license) && data.license.every((id) => typeof id === 'string')) return data.license.join(' OR ');
  } catch {
    // A broken manifest declares nothing.
  }
  return undefined;
}

function tomlLicence(tree: RepositoryTree, path: string, section: 'project' | 'package'): string | undefined {
  const text = tree.has(path) ? tree.text(path) : undefined;
  const reading = text === undefined ? undefined : readToml(text);
  if (!reading || !('table' in reading)) return undefined;
  const table = reading.table[section];
  if (!isTomlTable(table)) return undefined;
  const licence = table.license;
  if (typeof licence === 'string') return licence;
  // PEP 621's `license = { text = "…" }` is free text: only an SPDX-looking value is a claim.
  if (isTomlTable(licence) && typeof licence.text === 'string' && /^[A-Za-z0-9.+-]{2,40}$/u.test(licence.text)) return licence.text;
  return undefined;
}

export function declaredLicences(tree: RepositoryTree, publiccode: PubliccodeFinding | undefined): DeclaredLicence[] {
  const found: [string, string | undefined][] = [
    ['publiccode.yml (legal.license)', publiccodeString(publiccode, 'legal.license')],
    ['package.json (license)', jsonLicence(tree, 'package.json')],
    ['composer.json (license)', jsonLicence(tree, 'composer.json')],
    ['pyproject.toml (project.license)', tomlLicence(tree, 'pyproject.toml', 'project')],
    ['Cargo.toml (package.license)', tomlLicence(tree, 'Cargo.toml', 'package')],
  ];
  return found.flatMap(([where, expression]) => (expression && expression.trim() ? [{ where, expression: expression.trim() }] : []));
}
