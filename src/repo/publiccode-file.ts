import { parse } from 'yaml';
import { type PubliccodeResult, validatePubliccode } from '../publiccode/validate.js';
import type { RepositoryTree } from './tree.js';

export interface PubliccodeFinding {
  path: string;
  result: PubliccodeResult;
  /** The parsed document, to read a few keys from (legal.license, maintenance.type…). */
  data: unknown;
}

/** The standard's file name, at the repository root. */
const PUBLICCODE_FILE = 'publiccode.yml';

/** Best effort and silent: the validator reports what is wrong with the file. */
function parsed(text: string): unknown {
  try {
    return parse(text, { logLevel: 'silent' }) as unknown;
  } catch {
    return undefined;
  }
}

export function findPubliccode(tree: RepositoryTree): PubliccodeFinding | undefined {
  const bytes = tree.has(PUBLICCODE_FILE) ? tree.bytes(PUBLICCODE_FILE) : undefined;
  if (!bytes) return undefined;
  return { path: PUBLICCODE_FILE, result: validatePubliccode(bytes, { baseDir: tree.root }), data: parsed(tree.text(PUBLICCODE_FILE) ?? '') };
}

/** A string at a dotted path of the parsed document, e.g. `legal.license`. */
export function publiccodeString(finding: PubliccodeFinding | undefined, dotted: string): string | undefined {
  let value: unknown = finding?.data;
  for (const key of dotted.split('.')) {
    value = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return typeof value === 'string' ? value : undefined;
}
