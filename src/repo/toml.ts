import { TomlDate, TomlError, parse, type TomlTableWithoutBigInt, type TomlValueWithoutBigInt } from 'smol-toml';

export type TomlTable = TomlTableWithoutBigInt;
export type TomlValue = TomlValueWithoutBigInt;

/** Repository files are untrusted: a larger TOML or XML file is reported, not parsed. */
export const MAX_PARSED_BYTES = 1024 * 1024;

type TomlReading = { table: TomlTable } | { error: string; line?: number };

export const isTomlTable = (value: TomlValue | undefined): value is TomlTable =>
  typeof value === 'object' && !Array.isArray(value) && !(value instanceof TomlDate);

/** A TOML 1.0 document (https://toml.io/en/v1.0.0), or why it cannot be read. */
export function readToml(source: string): TomlReading {
  if (Buffer.byteLength(source) > MAX_PARSED_BYTES) return { error: 'larger than 1 MB, not read' };
  try {
    return { table: parse(source, { unsafeKeyBehaviour: 'drop', maxDepth: 64 }) };
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    return { error: error.message.split('\n')[0] ?? '', line: error.line };
  }
}
