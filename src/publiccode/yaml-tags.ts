import type { YamlNode, YamlScalar } from './yaml-tree.js';

/**
 * What goccy/go-yaml v1.19.2 (the reference parser's YAML library) makes of a tagged node
 * before decoding it into a Go field (`nodeToValue`, `getMapNode`, `getArrayNode` in its
 * decode.go): `retagged` is the equivalent untagged node, `invalid` means the file is refused.
 */
export type TagOutcome = { kind: 'retagged'; node: YamlNode } | { kind: 'invalid' };

const LOCAL_TAG = /^!(?!!)/;

export function applyTag(node: YamlNode, tag: string): TagOutcome {
  // Mappings: goccy never unwraps a tag before decoding a struct or a map.
  if (node.kind === 'map') return { kind: 'invalid' };
  if (node.kind === 'seq') return tag === '!!seq' || LOCAL_TAG.test(tag) ? retagged(node) : { kind: 'invalid' };
  const value = scalarUnderTag(node, tag);
  return value === INVALID ? { kind: 'invalid' } : retagged({ ...node, value, explicitNull: value === null });
}

const INVALID = Symbol('invalid');

function scalarUnderTag(node: YamlScalar, tag: string): YamlScalar['value'] | typeof INVALID {
  const inner = node.value;
  switch (tag) {
    case '!!str':
      return inner === null ? '' : goSprint(node);
    case '!!int':
      return goAtoi(inner === null ? '<nil>' : goSprint(node));
    case '!!float':
      return goFloat(inner);
    case '!!bool':
      return goBool(inner === null ? '<nil>' : goSprint(node));
    case '!!null':
      return null;
    case '!!map':
    case '!!seq':
    case '!!timestamp':
      return INVALID;
    case '!!binary':
      // Decoded as base64, errors ignored, the bytes then read as a string.
      return typeof inner === 'string' ? Buffer.from(inner, 'base64').toString('utf8') : INVALID;
    default:
      // Other tags keep the scalar as the plain string written.
      return typeof inner === 'string' ? inner : node.text.replace(/^['"]|['"]$/g, '');
  }
}

function retagged(node: YamlNode): TagOutcome {
  const copy = { ...node };
  delete copy.tag;
  return { kind: 'retagged', node: copy };
}

function goSprint(node: YamlScalar): string {
  const { value } = node;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value) && /^[-+]?0[0-7]+$/.test(node.text)) return String(value);
  return goNumberText(value);
}

function goNumberText(value: YamlScalar['value']): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  }
  return String(value);
}

/** Go's strconv.Atoi; goccy ignores its error and keeps 0. */
function goAtoi(text: string): string {
  if (!/^[-+]?[0-9]+$/.test(text)) return '0';
  const n = BigInt(text);
  return n > 2n ** 63n - 1n || n < -(2n ** 63n) ? '0' : n.toString();
}

/** goccy's castToFloat then Go's fmt.Sprint of a float64. */
function goFloat(inner: YamlScalar['value']): string {
  let n = 0;
  if (typeof inner === 'number') n = inner;
  else if (typeof inner === 'bigint') n = Number(inner);
  else if (typeof inner === 'string' && /^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/.test(inner.trim())) n = Number(inner);
  return goFloatText(n);
}

function goFloatText(n: number): string {
  if (!Number.isFinite(n)) return goNumberText(n);
  const exponent = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
  if (exponent < -4 || exponent >= 21) {
    const [mantissa = '', power = '0'] = n.toExponential().split('e');
    const sign = power.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${power.replace(/^[-+]/, '').padStart(2, '0')}`;
  }
  return String(n);
}

/** Go's strconv.ParseBool on the lower-cased text, plus `yes`/`no`. */
function goBool(text: string): boolean | typeof INVALID {
  const lower = text.toLowerCase();
  if (['1', 't', 'true', 'yes'].includes(lower)) return true;
  if (['0', 'f', 'false', 'no'].includes(lower)) return false;
  return INVALID;
}
