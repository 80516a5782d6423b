import { Document, Scalar, isScalar, visit } from 'yaml';

/** Plain scalars a YAML 1.1 reader (yamllint's truthy rule, older parsers) takes for booleans. */
const YAML11_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;

/**
 * How publiccode.yml is written, also when an existing one is updated (src/publiccode/merge.ts):
 * a team reads and edits it. No value is folded over several lines (lineWidth 0): a sentence
 * stays on one line, and a text of several lines is a literal block (`|`), its lines as typed.
 */
export const YAML_OPTIONS = { lineWidth: 0, indentSeq: true, blockQuote: 'literal' } as const;

/**
 * The workflows and pipelines codegouv writes: nobody edits their values, and yamllint's default
 * rules want lines within 80 columns. The library measures a value's width without its key: 56
 * keeps key and value within 80 columns.
 */
const FOLDED_OPTIONS = { lineWidth: 56, minContentWidth: 20, indentSeq: true } as const;

/**
 * YAML that YAML 1.2 and 1.1 readers agree on, with a `---` start as yamllint wants: a string that
 * a 1.1 reader would take for a boolean is quoted, and the `yaml` library already quotes strings
 * that look like numbers or dates. `readable` for a file the team keeps (publiccode.yml).
 */
export function toYaml(value: unknown, { readable = false }: { readable?: boolean } = {}): string {
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
  return document.toString({ ...(readable ? YAML_OPTIONS : FOLDED_OPTIONS), directives: true });
}
