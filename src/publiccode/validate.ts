import { type DecodeError, decodeDocument } from './decode.js';
import { checkFieldRules } from './field-rules.js';
import type { Finding, PubliccodeIssue, PubliccodeResult } from './issue.js';
import type { PubliccodeV0 } from './model.js';
import { keyAtLine, positionOfKey } from './positions.js';
import { PUBLICCODE_V0 } from './schema.js';
import { checkStructRules } from './struct-rules.js';
import { checkVersion } from './version-check.js';
import { type YamlNode, parseYaml } from './yaml-tree.js';

export type { PubliccodeIssue, PubliccodeResult } from './issue.js';

export interface ValidateOptions {
  /**
   * Directory that relative `logo`, `screenshots` and `authorsFile` paths are resolved against
   * (the repository root). Those files are checked even offline, like the parser's
   * `-no-network`; without `baseDir` they are not checked.
   */
  baseDir?: string;
  /** Network checks (reachability, remote files) are never done. */
  network?: false;
}

/**
 * Validates a publiccode.yml file following italia/publiccode-parser-go v5.4.3 with
 * `-no-network`. Pass the file's bytes to have its UTF-8 encoding checked too.
 */
export function validatePubliccode(source: string | Uint8Array, options: ValidateOptions = {}): PubliccodeResult {
  return validateAndRead(source, options).result;
}

/**
 * The verdict, and the document as plain data when it is one YAML document (`read`): the audit
 * needs both, and parsing the file once for each cost a third of a fleet audit's time per
 * repository. Otherwise the caller reads it its own way.
 */
export function validateAndRead(source: string | Uint8Array, options: ValidateOptions = {}): { result: PubliccodeResult; read: boolean; data?: unknown } {
  const text = decodeUtf8(source);
  if (text === undefined) return { result: resultOf([issue('', 'Invalid UTF-8')], []), read: false };
  if (text.startsWith(BOM)) return { result: byteOrderMarkResult(text), read: false };

  const parsed = parseYaml(text);
  switch (parsed.kind) {
    case 'syntax-error':
      return { result: resultOf([issue('', parsed.message, parsed.line, 1)], []), read: false };
    case 'empty':
      return { result: resultOf([issue('publiccodeYmlVersion', 'publiccodeYmlVersion is a required field')], []), read: false };
    case 'multiple':
      return { result: resultOf([issue('', 'multiple YAML documents in one file are not supported')], []), read: false };
    case 'document':
      return { result: validateDocument(parsed.root, options), read: true, data: parsed.value() };
  }
}

function validateDocument(root: YamlNode, options: ValidateOptions): PubliccodeResult {
  const version = checkVersion(root);
  if (version.stop) return split(root, version.findings);

  const decoded = decodeDocument(root, PUBLICCODE_V0);
  const publiccode = decoded.value as PubliccodeV0;
  const decodeFindings = decoded.error ? [decodeFinding(root, decoded.error)] : [];
  return split(root, [
    ...version.findings,
    ...decodeFindings,
    ...checkStructRules(publiccode),
    ...checkFieldRules(publiccode, options.baseDir),
  ]);
}

function decodeFinding(root: YamlNode, decodeError: DecodeError): Finding {
  if (decodeError.kind === 'other') {
    return { severity: 'error', key: '', description: decodeError.message, position: { line: 0, column: 0 } };
  }
  return {
    severity: 'error',
    key: keyAtLine(root, decodeError.line),
    description: decodeError.message,
    position: { line: decodeError.line, column: 1 },
  };
}

function split(root: YamlNode, findings: readonly Finding[]): PubliccodeResult {
  const located = findings.map((finding) => ({ finding, position: finding.position ?? positionOfKey(root, finding.key) }));
  const toIssue = ({ finding, position }: (typeof located)[number]): PubliccodeIssue =>
    issue(finding.key, finding.description, position.line, position.column);
  return resultOf(
    located.filter(({ finding }) => finding.severity === 'error').map(toIssue),
    located.filter(({ finding }) => finding.severity === 'warning').map(toIssue),
  );
}

function resultOf(errors: PubliccodeIssue[], warnings: PubliccodeIssue[]): PubliccodeResult {
  return { valid: errors.length === 0, errors, warnings };
}

function issue(key: string, description: string, line = 0, column = 0): PubliccodeIssue {
  return { key, description, line, column };
}

const BOM = '\uFEFF';

/** goccy/go-yaml reads a byte-order mark as part of the first token, so the parser refuses it. */
function byteOrderMarkResult(text: string): PubliccodeResult {
  if (/^\uFEFFpubliccodeYmlVersion\s*:/.test(text)) {
    return resultOf([issue('publiccodeYmlVersion', 'publiccodeYmlVersion is a required field')], []);
  }
  return resultOf([issue('', 'unexpected key name', 1, 1)], []);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** One decoder for every file: each whole file is decoded in one call, which leaves no state behind. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(source: string | Uint8Array): string | undefined {
  if (typeof source === 'string') return LONE_SURROGATE.test(source) ? undefined : source;
  try {
    return STRICT_UTF8.decode(source);
  } catch {
    return undefined;
  }
}
