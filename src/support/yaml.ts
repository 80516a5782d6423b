import { Document, Scalar, isScalar, visit } from 'yaml';

/** Plain scalars a YAML 1.1 reader (yamllint's truthy rule, older parsers) takes for booleans. */
const YAML11_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;

/** How every YAML file is written (also when an existing one is updated). */
// The library measures a value's width without its key: 56 keeps key and value within 80 columns.
export const YAML_OPTIONS = { lineWidth: 56, minContentWidth: 20, indentSeq: true } as const;

/**
 * YAML as yamllint's default rules want it (`---` start, lines within 80 columns) and as YAML
 * 1.2 and 1.1 readers agree on: a string that a 1.1 reader would take for a boolean is quoted,
 * and the `yaml` library already quotes strings that look like numbers or dates.
 */
export function toYaml(value: unknown): string {
  const document = new Document(value, { version: '1.2' });
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && YAML11_BOOLEANS.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && YAML11_BOOLEANS.test(pair.key.value)) {
        pair.key.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
  return document.toString({ ...YAML_OPTIONS, directives: true });
}
