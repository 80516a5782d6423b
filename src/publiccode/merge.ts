import { isMap, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { YAML_OPTIONS } from '../support/yaml.js';

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every leaf path (objects are walked, lists are leaves) where `next` says something of its own. */
function changedPaths(next: Data, previous: Data | undefined, existing: unknown, path: string[] = []): string[][] {
  const paths: string[][] = [];
  for (const [key, value] of Object.entries(next)) {
    const at = [...path, key];
    const before = isObject(previous) ? previous[key] : undefined;
    const current = isObject(existing) ? existing[key] : undefined;
    if (isObject(value) && (isObject(current) || current === undefined)) {
      paths.push(...changedPaths(value, isObject(before) ? before : undefined, current, at));
      continue;
    }
    if (previous !== undefined) {
      // An earlier run's answers: only what the answers changed since is written back.
      if (!same(before, value)) paths.push(at);
    } else if (!same(current, value) && !(Array.isArray(value) && Array.isArray(current) && value.every((item) => current.some((c) => same(c, item))))) {
      // No earlier run: the file's own values win where ours add nothing (its list already holds ours).
      paths.push(at);
    }
  }
  return paths;
}

function valueAt(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), data);
}

/** `maintenance` holds contacts or contractors depending on its type: a new type replaces it whole. */
function replaceMaintenanceIfTypeChanged(doc: Document, next: Data): boolean {
  const existing = doc.toJS() as Data;
  const type = valueAt(next, ['maintenance', 'type']);
  if (type === undefined || valueAt(existing, ['maintenance', 'type']) === type) return false;
  doc.setIn(['maintenance'], doc.createNode(next.maintenance));
  return true;
}

/**
 * Writes the answers into an existing publiccode.yml through yaml's Document API: comments, key
 * order and keys we do not manage stay as they are, and only the values that changed are set.
 * Returns the text unchanged when nothing changed, or undefined when the file is not YAML.
 */
export function mergePubliccode(existingBody: string, next: Data, previous: Data | undefined): string | undefined {
  const doc = parseDocument(existingBody, { version: '1.2' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const existing = doc.toJS() as Data;
  const maintenanceReplaced = replaceMaintenanceIfTypeChanged(doc, next);
  let changed = maintenanceReplaced;
  for (const path of changedPaths(next, previous, existing)) {
    if (maintenanceReplaced && path[0] === 'maintenance') continue;
    const value = valueAt(next, path);
    if (same(valueAt(existing, path), value)) continue;
    doc.setIn(path, doc.createNode(value));
    changed = true;
  }
  return changed ? doc.toString({ ...YAML_OPTIONS, directives: existingBody.trimStart().startsWith('---') }) : existingBody;
}
