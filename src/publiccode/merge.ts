import { isMap, isSeq, parseDocument } from 'yaml';
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

/** `maintenance.contacts[0].name` → `['maintenance', 'contacts', 0, 'name']`; undefined for an issue about the whole file. */
function keyPath(key: string): (string | number)[] | undefined {
  if (key === '') return undefined;
  const path: (string | number)[] = [];
  for (const part of key.split('.')) {
    const bracket = part.indexOf('[');
    path.push(bracket < 0 ? part : part.slice(0, bracket));
    if (bracket >= 0) for (const index of part.slice(bracket).split(']').filter(Boolean)) path.push(Number(index.slice(1)));
  }
  return path.some((step) => step === '' || Number.isNaN(step)) ? undefined : path;
}

/** Every leaf path of `data` (objects walked, lists as leaves). */
function leafPaths(data: Data, path: string[] = []): string[][] {
  return Object.entries(data).flatMap(([key, value]) => (isObject(value) ? leafPaths(value, [...path, key]) : [[...path, key]]));
}

/** Reverse order of position: removing `list[2]` before `list[1]` keeps the indices of the rest. */
function byPathDescending(a: (string | number)[], b: (string | number)[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const [x, y] = [a[index], b[index]];
    if (x === y) continue;
    return typeof x === 'number' && typeof y === 'number' ? y - x : String(y).localeCompare(String(x));
  }
  return b.length - a.length;
}

/** Repair rounds: each replaces or removes what the validator still rejects; a field's fix may reveal another (a new maintenance type needs its contacts). */
const REPAIR_ROUNDS = 6;

/**
 * An invalid publiccode.yml regenerated keeping every field the validator accepts (comments, key
 * order and the team's other keys too): a field it rejects takes the answers' value, or goes when
 * the answers have none (with the entry that needed it, when it was required); what the answers
 * give and the file lacks is added. Returns undefined
 * when the file is not YAML or no round of repair makes it valid.
 */
/**
 * A funder written with `url` where the standard asks `uri` (https://yml.publiccode.tools/schema.core.html#key-fundedby):
 * the same address under the standard's key, so that repairing keeps the funder rather than dropping it.
 * Seen in several real repositories of French administrations.
 */
function withFunderUris(doc: ReturnType<typeof parseDocument>): void {
  const funders: unknown = doc.get('fundedBy');
  if (!isSeq(funders)) return;
  for (const funder of funders.items) {
    if (!isMap(funder) || funder.has('uri') || !funder.has('url')) continue;
    funder.set('uri', funder.get('url'));
    funder.delete('url');
  }
}

export function repairPubliccode(existingBody: string, next: Data, validate: (text: string) => { valid: boolean; errors: readonly { key: string }[] }): string | undefined {
  const doc = parseDocument(existingBody, { version: '1.2' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const render = () => doc.toString({ ...YAML_OPTIONS, directives: existingBody.trimStart().startsWith('---') });
  for (const path of leafPaths(next)) {
    // A parent that is not a map (a team's scalar where we write an object) is for the validator to judge.
    const parent = path.slice(0, -1);
    if (doc.getIn(path) === undefined && (parent.length === 0 || doc.getIn(parent) === undefined || isMap(doc.getIn(parent)))) doc.setIn(path, doc.createNode(valueAt(next, path)));
  }
  withFunderUris(doc);
  for (let round = 0; round < REPAIR_ROUNDS; round += 1) {
    const verdict = validate(render());
    if (verdict.valid) return render();
    const unique = new Map(verdict.errors.map((error) => keyPath(error.key)).filter((path) => path !== undefined).map((path) => [JSON.stringify(path), path]));
    const paths = [...unique.values()].sort(byPathDescending);
    let changed = false;
    for (const path of paths) {
      const replacement = path.every((step) => typeof step === 'string') ? valueAt(next, path as string[]) : undefined;
      const current: unknown = doc.getIn(path);
      const currentValue = typeof (current as { toJSON?: unknown } | undefined)?.toJSON === 'function' ? (current as { toJSON(): unknown }).toJSON() : current;
      if (replacement !== undefined && !same(currentValue, replacement)) {
        doc.setIn(path, doc.createNode(replacement));
        changed = true;
      } else if (doc.hasIn(path)) {
        doc.deleteIn(path);
        changed = true;
      }
      // A required field nothing can fill (an English description without its shortDescription, a
      // contact without a name): the entry holding it keeps the team's valid fields, and the file
      // stays as it is, reported with that field, rather than losing them.
    }
    if (!changed) return undefined;
  }
  const last = render();
  return validate(last).valid ? last : undefined;
}
