import type { PubliccodeResult } from '../publiccode/validate.js';
import type { RepositoryTree } from './tree.js';

export interface PubliccodeFinding {
  path: string;
  result: PubliccodeResult;
  /** The parsed document, to read a few keys from (legal.license, maintenance.type…). */
  data: unknown;
}

/** The standard's file name, at the repository root. */
const PUBLICCODE_FILE = 'publiccode.yml';

/**
 * The repository's publiccode.yml, validated. The validator and the YAML parser are loaded only
 * when there is a file to read: most repositories have none, and loading them costs more than
 * auditing a small repository.
 */
export async function findPubliccode(tree: RepositoryTree): Promise<PubliccodeFinding | undefined> {
  const bytes = tree.has(PUBLICCODE_FILE) ? tree.bytes(PUBLICCODE_FILE) : undefined;
  if (!bytes) return undefined;
  const { validatedPubliccode } = await import('./publiccode-validated.js');
  return { path: PUBLICCODE_FILE, ...validatedPubliccode(bytes, tree.text(PUBLICCODE_FILE) ?? '', tree.root) };
}

/** A string at a dotted path of the parsed document, e.g. `legal.license`. */
export function publiccodeString(finding: PubliccodeFinding | undefined, dotted: string): string | undefined {
  let value: unknown = finding?.data;
  for (const key of dotted.split('.')) {
    value = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return typeof value === 'string' ? value : undefined;
}
