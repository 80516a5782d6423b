import { LineCounter, Parser, isAlias, isMap, isScalar, isSeq, parseAllDocuments, parseDocument } from 'yaml';
import type { Document, Node as YamlLibNode } from 'yaml';

/** A YAML node reduced to what validation needs, with the 1-based position of its first token. */
export type YamlNode = YamlScalar | YamlSeq | YamlMap;

interface Positioned {
  line: number;
  column: number;
  /** The node's tag as written, core tags shortened to `!!str`, `!!map`…; local tags kept (`!foo`, `!`). */
  tag?: string;
  /** The node carries an anchor (`&a`) or is an alias (`*a`): goccy/go-yaml wraps such nodes. */
  referenced?: boolean;
}

export interface YamlScalar extends Positioned {
  kind: 'scalar';
  value: string | number | boolean | bigint | null;
  /** The scalar as written, used to print non-string keys. */
  text: string;
  /** Set by a `!!null` tag, which goccy/go-yaml decodes into a Go bool as `false`. */
  explicitNull?: boolean;
}

interface YamlSeq extends Positioned {
  kind: 'seq';
  items: YamlNode[];
  flow: boolean;
}

interface YamlPair {
  key: string;
  keyLine: number;
  keyColumn: number;
  value: YamlNode;
}

export interface YamlMap extends Positioned {
  kind: 'map';
  pairs: YamlPair[];
  flow: boolean;
  /**
   * Line of a merge key (`<<`) goccy/go-yaml refuses to decode into a struct or map: its value
   * is a sequence, or it brings a key the mapping already has.
   */
  badMergeLine?: number;
}

export type ParsedYaml =
  | { kind: 'document'; root: YamlNode; /** The document as plain data (merge keys resolved), undefined if it cannot be. */ value(): unknown }
  | { kind: 'empty' }
  | { kind: 'multiple' }
  | { kind: 'syntax-error'; message: string; line: number };

const MERGE_KEY = '<<';

/**
 * Repository files are hostile. A publiccode.yml is a few kilobytes; above this size it is not
 * parsed (a 1 MB description still is).
 */
const MAX_YAML_BYTES = 4 * 1024 * 1024;

/**
 * The tree copies the target of each alias, so nine levels of nine aliases (a few hundred bytes)
 * would make 9^9 nodes: the conversion stops past this many nodes, far more than any real file.
 */
const MAX_YAML_NODES = 50_000;

class TooManyNodes extends Error {}

/** Parses YAML 1.2 (core schema), as the reference parser's goccy/go-yaml reads it. */
export function parseYaml(text: string): ParsedYaml {
  // YAML counts a lone CR as a line break, as goccy/go-yaml does; the yaml package does not.
  const source = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  // goccy/go-yaml reads `%YAML`/`%TAG` directives as a document of their own.
  if (Buffer.byteLength(source) > MAX_YAML_BYTES) {
    return { kind: 'syntax-error', message: `the file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MiB and is not read`, line: 1 };
  }
  if (hasDirective(source)) return { kind: 'multiple' };
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
  try {
    const root = converter.convert(document.contents, document.contents.range?.[0] ?? 0);
    return { kind: 'document', root, value: () => plainValue(document) };
  } catch (error) {
    if (!(error instanceof TooManyNodes)) throw error;
    return { kind: 'syntax-error', message: `more than ${MAX_YAML_NODES} values once aliases are expanded: too many aliases`, line: 1 };
  }
}

/** As `yaml.parse` gives it (the same alias limit), from the document already parsed. */
function plainValue(document: { toJS(options?: object): unknown }): unknown {
  try {
    return document.toJS();
  } catch {
    return undefined;
  }
}

/** A directive is a line that starts with `%`: without one, the file is not parsed a second time. */
function hasDirective(source: string): boolean {
  if (!source.startsWith('%') && !source.includes('\n%') && !source.includes('\r%')) return false;
  for (const token of new Parser().parse(source)) {
    if (token.type === 'directive') return true;
  }
  return false;
}

const CORE_TAG = 'tag:yaml.org,2002:';

function decoration(node: YamlLibNode): Pick<Positioned, 'tag' | 'referenced'> {
  const tag = node.tag?.startsWith(CORE_TAG) ? `!!${node.tag.slice(CORE_TAG.length)}` : node.tag;
  return { ...(tag !== undefined ? { tag } : {}), ...(node.anchor ? { referenced: true } : {}) };
}

class TreeConverter {
  private nodes = 0;

  constructor(
    private readonly document: Document.Parsed,
    private readonly source: string,
    private readonly lineCounter: LineCounter,
  ) {}

  convert(node: YamlLibNode | null, fallbackOffset: number, seen: ReadonlySet<YamlLibNode> = new Set()): YamlNode {
    this.nodes += 1;
    if (this.nodes > MAX_YAML_NODES) throw new TooManyNodes();
    if (node === null) return { kind: 'scalar', value: null, text: '', ...this.position(fallbackOffset) };
    const offset = node.range?.[0] ?? fallbackOffset;
    if (isAlias(node)) {
      const target = node.resolve(this.document);
      if (!target || seen.has(target)) return { kind: 'scalar', value: null, text: '', ...this.position(offset) };
      return { ...this.convert(target, offset, new Set([...seen, target])), ...this.position(offset), referenced: true };
    }
    if (isScalar(node)) {
      const text = node.range ? this.source.slice(node.range[0], node.range[1]).trim() : String(node.value);
      const value = node.tag === undefined ? (node.value as YamlScalar['value']) : untaggedValue(text, node.value);
      return { kind: 'scalar', value, text, ...this.position(offset), ...decoration(node) };
    }
    if (isSeq(node)) {
      const items = node.items.map((item) => this.convert(item as YamlLibNode | null, offset, seen));
      return { kind: 'seq', items, flow: node.flow === true, ...this.position(offset), ...decoration(node) };
    }
    if (isMap(node)) {
      const { pairs, badMergeLine } = this.pairsOf(node.items, offset, seen);
      const bad = badMergeLine === undefined ? {} : { badMergeLine };
      return { kind: 'map', pairs, flow: node.flow === true, ...this.position(offset), ...decoration(node), ...bad };
    }
    return { kind: 'scalar', value: null, text: '', ...this.position(offset) };
  }

  private pairsOf(items: readonly unknown[], offset: number, seen: ReadonlySet<YamlLibNode>): { pairs: YamlPair[]; badMergeLine?: number } {
    const pairs: YamlPair[] = [];
    const merged: YamlPair[] = [];
    let badMergeLine: number | undefined;
    for (const item of items) {
      const { key, value } = item as { key: YamlLibNode | null; value: YamlLibNode | null };
      const keyNode = this.convert(key, offset, seen);
      const keyText = keyNode.kind === 'scalar' ? scalarText(keyNode) : '';
      const valueOffset = key?.range?.[1] ?? offset;
      const valueNode = this.convert(value, valueOffset, seen);
      if (keyText === MERGE_KEY && keyNode.kind === 'scalar' && valueNode.kind !== 'scalar') {
        if (valueNode.kind === 'seq') badMergeLine ??= keyNode.line;
        merged.push(...mergedPairs(valueNode));
        continue;
      }
      pairs.push({ key: keyText, keyLine: keyNode.line, keyColumn: keyNode.column, value: valueNode });
    }
    const ownKeys = new Set(pairs.map((pair) => pair.key));
    const mergedKeys = merged.map((pair) => pair.key);
    if (mergedKeys.some((key, index) => ownKeys.has(key) || mergedKeys.indexOf(key) !== index)) badMergeLine ??= merged[0]?.keyLine;
    return { pairs: [...pairs, ...merged.filter((pair) => !ownKeys.has(pair.key))], ...(badMergeLine === undefined ? {} : { badMergeLine }) };
  }

  private position(offset: number): Positioned {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
}

/** The scalar as goccy/go-yaml reads it under a tag: the same text without the tag. */
function untaggedValue(text: string, tagged: unknown): YamlScalar['value'] {
  const untagged = parseDocument(text.replace(/^!\S*\s*/, '')).contents;
  if (isScalar(untagged)) return untagged.value as YamlScalar['value'];
  return typeof tagged === 'string' ? tagged : String(tagged);
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
