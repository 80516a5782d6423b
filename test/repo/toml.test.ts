import { describe, expect, it } from 'vitest';
import { isTomlTable, readToml } from '../../src/repo/toml.js';
import { parseReuseToml } from '../../src/repo/reuse/reuse-toml.js';

describe('readToml', () => {
  it('reads arrays of tables, dotted keys, inline tables, multi-line and literal strings', () => {
    const reading = readToml([
      '\uFEFFversion = 1',
      '[[annotations]]',
      'path = ["src/**", \'docs/*.md\']',
      'precedence.kind = "override"',
      '[[annotations]]',
      'path = "a"',
      'meta = { SPDX-License-Identifier = "MIT", n = [1, 2] }',
      'text = """',
      'one \\',
      '   two"""',
    ].join('\n'));
    expect(reading).toEqual({
      table: {
        version: 1,
        annotations: [
          { path: ['src/**', 'docs/*.md'], precedence: { kind: 'override' } },
          { path: 'a', meta: { 'SPDX-License-Identifier': 'MIT', n: [1, 2] }, text: 'one two' },
        ],
      },
    });
  });

  it('reports the line of a syntax error and a redefined key', () => {
    expect(readToml('a = 1\n\nb = [1,')).toMatchObject({ line: 3 });
    expect(readToml('a = 1\na = 2')).toMatchObject({ error: expect.stringContaining('redefine'), line: 2 });
  });

  it('drops __proto__ keys and refuses documents over 1 MB', () => {
    const reading = readToml('[__proto__]\npolluted = true\n');
    expect(reading).toEqual({ table: {} });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(readToml(`a = "${'x'.repeat(1024 * 1024)}"`)).toEqual({ error: 'larger than 1 MB, not read' });
  });

  it('does not take a date for a table', () => {
    const reading = readToml('d = 1979-05-27');
    expect('table' in reading && isTomlTable(reading.table.d)).toBe(false);
  });
});

describe('parseReuseToml', () => {
  it('names the file and line of a TOML error', () => {
    expect(() => parseReuseToml('sub/REUSE.toml', 'version = 1\n[[annotations]\n')).toThrow(/^sub\/REUSE\.toml:2: Invalid TOML document/u);
  });

  it('requires version 1 and [[annotations]] tables with a path', () => {
    expect(() => parseReuseToml('REUSE.toml', 'version = 2')).toThrow('"version = 1" is required');
    expect(() => parseReuseToml('REUSE.toml', 'version = 1\nannotations = [1979-05-27]')).toThrow('not a table');
    expect(() => parseReuseToml('REUSE.toml', 'version = 1\n[[annotations]]\nprecedence = "closest"')).toThrow('"path" is required');
    const toml = parseReuseToml('docs/REUSE.toml', 'version = 1\n[[annotations]]\npath = "*.md"\nSPDX-License-Identifier = "etalab-2.0"');
    expect(toml.directory).toBe('docs');
    expect(() => parseReuseToml('REUSE.toml', `version = 1\n[[annotations]]\npath = "${'a'.repeat(4097)}"`)).toThrow('REUSE.toml: "aaaa');
    expect(toml.annotations[0]).toMatchObject({ precedence: 'closest', info: { copyrights: [], expressions: ['etalab-2.0'] } });
  });
});
