import { LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Document, Node as YamlLibNode } from 'yaml';

/** A YAML node reduced to what validation needs, with the 1-based position of its first token. */
export type YamlNode = YamlScalar | YamlSeq | YamlMap;

interface Positioned {
  line: number;
  column: number;
}

export interface YamlScalar extends Positioned {
  kind: 'scalar';
  value: string | number | boolean | bigint | null;
  /** The scalar as written, used to print non-string keys. */
  text: string;
}

export interface YamlSeq extends Positioned {
  kind: 'seq';
  items: YamlNode[];
  flow: boolean;
}

export interface YamlPair {
  key: string;
  keyLine: number;
  keyColumn: number;
  value: YamlNode;
}

export interface YamlMap extends Positioned {
  kind: 'map';
  pairs: YamlPair[];
  flow: boolean;
}

export type ParsedYaml =
  | { kind: 'document'; root: YamlNode }
  | { kind: 'empty' }
  | { kind: 'multiple' }
  | { kind: 'syntax-error'; message: string; line: number };

const MERGE_KEY = '<<';

/** Parses YAML 1.2 (core schema), as the reference parser's goccy/go-yaml reads it. */
export function parseYaml(source: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(source, { lineCounter, uniqueKeys: true, merge: true, prettyErrors: false });
  if (!Array.isArray(documents) || documents.length === 0) return { kind: 'empty' };
  for (const document of documents) {
    const firstError = document.errors[0];
    if (firstError) {
      return { kind: 'syntax-error', message: firstError.message, line: lineCounter.linePos(firstError.pos[0]).line };
    }
  }
  if (documents.length > 1) return { kind: 'multiple' };
  const document = documents[0];
  if (!document || document.contents === null) return { kind: 'empty' };
  const converter = new TreeConverter(document, source, lineCounter);
  return { kind: 'document', root: converter.convert(document.contents, document.contents.range?.[0] ?? 0) };
}

class TreeConverter {
  constructor(
    private readonly document: Document.Parsed,
    private readonly source: string,
    private readonly lineCounter: LineCounter,
  ) {}

  convert(node: YamlLibNode | null, fallbackOffset: number, seen: ReadonlySet<YamlLibNode> = new Set()): YamlNode {
    if (node === null) return { kind: 'scalar', value: null, text: '', ...this.position(fallbackOffset) };
    const offset = node.range?.[0] ?? fallbackOffset;
    if (isAlias(node)) {
      const target = node.resolve(this.document);
      if (!target || seen.has(target)) return { kind: 'scalar', value: null, text: '', ...this.position(offset) };
      return { ...this.convert(target, offset, new Set([...seen, target])), ...this.position(offset) };
    }
    if (isScalar(node)) {
      const value = node.value as YamlScalar['value'];
      const text = node.range ? this.source.slice(node.range[0], node.range[1]).trim() : String(value);
      return { kind: 'scalar', value, text, ...this.position(offset) };
    }
    if (isSeq(node)) {
      const items = node.items.map((item) => this.convert(item as YamlLibNode | null, offset, seen));
      return { kind: 'seq', items, flow: node.flow === true, ...this.position(offset) };
    }
    if (isMap(node)) {
      return { kind: 'map', pairs: this.pairsOf(node.items, offset, seen), flow: node.flow === true, ...this.position(offset) };
    }
    return { kind: 'scalar', value: null, text: '', ...this.position(offset) };
  }

  private pairsOf(items: readonly unknown[], offset: number, seen: ReadonlySet<YamlLibNode>): YamlPair[] {
    const pairs: YamlPair[] = [];
    const merged: YamlPair[] = [];
    for (const item of items) {
      const { key, value } = item as { key: YamlLibNode | null; value: YamlLibNode | null };
      const keyNode = this.convert(key, offset, seen);
      const keyText = keyNode.kind === 'scalar' ? scalarText(keyNode) : '';
      const valueOffset = key?.range?.[1] ?? offset;
      const valueNode = this.convert(value, valueOffset, seen);
      if (keyText === MERGE_KEY && keyNode.kind === 'scalar' && valueNode.kind !== 'scalar') {
        merged.push(...mergedPairs(valueNode));
        continue;
      }
      pairs.push({ key: keyText, keyLine: keyNode.line, keyColumn: keyNode.column, value: valueNode });
    }
    const ownKeys = new Set(pairs.map((pair) => pair.key));
    return [...pairs, ...merged.filter((pair) => !ownKeys.has(pair.key))];
  }

  private position(offset: number): Positioned {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
}

function mergedPairs(node: YamlMap | YamlSeq): YamlPair[] {
  if (node.kind === 'map') return node.pairs;
  const pairs: YamlPair[] = [];
  const keys = new Set<string>();
  for (const item of node.items) {
    if (item.kind !== 'map') continue;
    for (const pair of item.pairs) {
      if (keys.has(pair.key)) continue;
      keys.add(pair.key);
      pairs.push(pair);
    }
  }
  return pairs;
}

function scalarText(node: YamlScalar): string {
  return typeof node.value === 'string' ? node.value : node.text;
}
