import type { FieldType, StructType } from './schema.js';
import { parseGoUrl } from './url.js';
import { applyTag } from './yaml-tags.js';
import type { YamlMap, YamlNode, YamlScalar } from './yaml-tree.js';

export type Decoded = string | boolean | undefined | Decoded[] | { [key: string]: Decoded };

export interface DecodeError {
  /** `type`: a value of the wrong YAML type; `unknown`: a key the standard lacks; `other`: e.g. an unparsable URL. */
  kind: 'type' | 'unknown' | 'other';
  message: string;
  /** Line of the offending node, 0 when unknown. */
  line: number;
}

interface Outcome {
  value: Decoded;
  error?: DecodeError;
}

/**
 * Decodes like goccy/go-yaml into the parser's Go structs: scalars convert to strings,
 * `true`/`false` are the only booleans, and a failing value leaves its whole top-level key unset.
 * Only the first error is reported, as the parser does.
 */
export function decodeDocument(root: YamlNode, type: StructType): { value: Record<string, Decoded>; error?: DecodeError } {
  if (root.kind !== 'map' || root.tag !== undefined) return { value: {}, error: typeError(root) };
  if (root.badMergeLine !== undefined) return { value: {}, error: { kind: 'type', message: 'wrong type for this field', line: root.badMergeLine } };
  const { value, error } = decodeStruct(root, type.fields);
  return { value: value as Record<string, Decoded>, ...(error ? { error } : {}) };
}

function decode(node: YamlNode, type: FieldType): Outcome {
  if (node.tag !== undefined) {
    const tagged = applyTag(node, node.tag);
    if (tagged.kind === 'invalid') return { value: undefined, error: typeError(node) };
    if (type.type === 'bool' && tagged.node.kind === 'scalar' && tagged.node.explicitNull) return { value: false };
    if (tagged.node.kind === 'scalar' && tagged.node.value === null && type.type !== 'string' && type.type !== 'url') {
      return { value: undefined, error: typeError(node) };
    }
    return decode(tagged.node, type);
  }
  if (node.kind === 'map' && node.badMergeLine !== undefined) {
    return { value: undefined, error: { kind: 'type', message: 'wrong type for this field', line: node.badMergeLine } };
  }
  if (node.kind === 'scalar' && node.value === null) return { value: undefined };
  switch (type.type) {
    case 'string':
      return node.kind === 'scalar' ? { value: scalarToString(node) } : { value: undefined, error: typeError(node) };
    case 'bool':
      return node.kind === 'scalar' && typeof node.value === 'boolean'
        ? { value: node.value }
        : { value: undefined, error: typeError(node) };
    case 'url':
      return decodeUrl(node);
    case 'urlOrUrlList':
      return node.kind === 'seq' ? decodeList(node.items, { type: 'url' }) : wrapInList(decodeUrl(node));
    case 'list':
      return node.kind === 'seq' ? decodeList(node.items, type.of) : { value: undefined, error: typeError(node) };
    case 'map':
      return node.kind === 'map' ? decodeMap(node, type.of) : { value: undefined, error: typeError(node) };
    case 'struct':
      return node.kind === 'map' ? decodeStruct(node, type.fields) : { value: undefined, error: typeError(node) };
  }
}

function decodeUrl(node: YamlNode): Outcome {
  if (node.kind !== 'scalar') return { value: undefined, error: typeError(node) };
  const text = scalarToString(node);
  const parsed = parseGoUrl(text);
  if (typeof parsed === 'string') {
    return { value: undefined, error: { kind: 'other', message: `parsing URL "${text}": parse "${text}": ${parsed}`, line: 0 } };
  }
  return { value: text };
}

function wrapInList(outcome: Outcome): Outcome {
  return outcome.error ? outcome : { value: [outcome.value] };
}

function decodeList(items: readonly YamlNode[], itemType: FieldType): Outcome {
  let firstError: DecodeError | undefined;
  const values = items.map((item) => {
    const { value, error } = decode(item, itemType);
    firstError ??= error;
    return value ?? zeroValue(itemType);
  });
  return firstError ? { value: undefined, error: firstError } : { value: values };
}

function decodeMap(node: YamlMap, valueType: FieldType): Outcome {
  let firstError: DecodeError | undefined;
  const values: Record<string, Decoded> = {};
  for (const pair of node.pairs) {
    const { value, error } = decode(pair.value, valueType);
    firstError ??= error;
    values[pair.key] = value ?? zeroValue(valueType);
  }
  return firstError ? { value: undefined, error: firstError } : { value: values };
}

/** Keeps the fields that decoded; the caller drops the whole struct when an error is returned. */
function decodeStruct(node: YamlMap, fields: Readonly<Record<string, FieldType>>): Outcome {
  const values: Record<string, Decoded> = {};
  let firstError: DecodeError | undefined;
  for (const [name, fieldType] of Object.entries(fields)) {
    const pair = node.pairs.find((candidate) => candidate.key === name);
    if (!pair) continue;
    const { value, error } = decode(pair.value, fieldType);
    if (error) {
      firstError ??= error;
      continue;
    }
    if (value !== undefined) values[name] = value;
  }
  if (firstError) return { value: values, error: firstError };
  const unknown = node.pairs.find((pair) => !Object.hasOwn(fields, pair.key));
  if (unknown) {
    return { value: values, error: { kind: 'unknown', message: `unknown field "${unknown.key}"`, line: unknown.keyLine } };
  }
  return { value: values };
}

function zeroValue(type: FieldType): Decoded {
  if (type.type === 'string') return '';
  if (type.type === 'struct') return {};
  return undefined;
}

function typeError(node: YamlNode): DecodeError {
  return { kind: 'type', message: 'wrong type for this field', line: node.line };
}

/**
 * The string goccy/go-yaml gives a scalar decoded into a Go string: numbers are printed back
 * (`1.0` → `1`), a leading-zero integer is octal when it can be (`010` → `8`) and stays as
 * written otherwise, like integers too large for 64 bits.
 */
function scalarToString(node: YamlScalar): string {
  const { value, text } = node;
  if (typeof value === 'string') return value;
  if (value === null) return '';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (/^[-+]?0[0-9]+$/.test(text)) {
    const digits = text.replace(/^[-+]/, '');
    if (!/^[0-7]+$/.test(digits)) return text;
    return `${text.startsWith('-') ? '-' : ''}${parseInt(digits, 8)}`;
  }
  if (/^[-+]?[0-9]+$/.test(text) && !Number.isSafeInteger(value)) return text;
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  return String(value);
}
