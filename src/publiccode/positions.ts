import type { YamlNode } from './yaml-tree.js';

export interface Position {
  line: number;
  column: number;
}

const NOWHERE: Position = { line: 0, column: 0 };

/**
 * Where the parser points for an issue on `key` (dotted, with `[n]` indices and `[name]` map
 * keys): the key itself, a list item, or the closest enclosing node when the key is missing.
 */
export function positionOfKey(root: YamlNode, key: string): Position {
  if (key === '') return NOWHERE;
  return findPosition(root, key.split('.'));
}

function findPosition(node: YamlNode, parts: readonly string[]): Position {
  const [part, ...rest] = parts;
  if (part === undefined) return NOWHERE;
  const { name, index, mapKey } = splitPart(part);

  if (node.kind !== 'map') return { line: node.line, column: node.column };

  const pair = node.pairs.find((candidate) => candidate.key === name);
  if (!pair) {
    if (node.flow) return { line: node.line, column: node.column };
    const first = node.pairs[0];
    if (rest.length === 0 && first) return { line: first.keyLine, column: first.keyColumn };
    return NOWHERE;
  }
  const keyPosition = { line: pair.keyLine, column: pair.keyColumn };

  if (index !== undefined) {
    const item = pair.value.kind === 'seq' ? pair.value.items[index] : undefined;
    if (!item) return keyPosition;
    if (rest.length === 0) return { line: item.line, column: item.column };
    return findPosition(item, rest);
  }
  if (mapKey !== undefined) return findPosition(pair.value, [mapKey, ...rest]);
  if (rest.length === 0) return keyPosition;
  return findPosition(pair.value, rest);
}

function splitPart(part: string): { name: string; index?: number; mapKey?: string } {
  const match = /^(.*)\[([^[\]]+)\]$/.exec(part);
  if (!match) return { name: part };
  const [, name = '', inner = ''] = match;
  if (/^[0-9]+$/.test(inner)) return { name, index: Number(inner) };
  return { name, mapKey: inner };
}

/** The dotted key of the first key or list item that starts on `line`, as the parser names decode errors. */
export function keyAtLine(node: YamlNode, line: number, prefix = ''): string {
  if (node.kind === 'map') {
    for (const pair of node.pairs) {
      const fullKey = prefix === '' ? pair.key : `${prefix}.${pair.key}`;
      if (pair.keyLine === line) return fullKey;
      const found = keyAtLine(pair.value, line, fullKey);
      if (found !== '') return found;
    }
  }
  if (node.kind === 'seq') {
    for (const [index, item] of node.items.entries()) {
      const itemKey = `${prefix}[${index}]`;
      if (item.line === line) return itemKey;
      const found = keyAtLine(item, line, itemKey);
      if (found !== '') return found;
    }
  }
  return '';
}
