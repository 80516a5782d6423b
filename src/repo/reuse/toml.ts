/**
 * Just enough TOML 1.0 to read REUSE.toml: tables, arrays of tables, dotted keys, strings (all
 * four kinds), arrays, inline tables, booleans; numbers and dates are kept as read.
 */
export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export class TomlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const BARE_KEY = /[A-Za-z0-9_-]/u;
const ESCAPES: Readonly<Record<string, string>> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };

const isTable = (value: TomlValue | undefined): value is TomlTable =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class Parser {
  private index = 0;

  constructor(private readonly source: string) {}

  fail(message: string): never {
    throw new TomlError(message, this.source.slice(0, this.index).split('\n').length);
  }

  parseDocument(): TomlTable {
    const root: TomlTable = {};
    let current = root;
    for (;;) {
      this.skipBlank(true);
      if (this.index >= this.source.length) return root;
      if (this.source.startsWith('[[', this.index)) {
        this.index += 2;
        const path = this.parseKey();
        this.expect(']]');
        const parent = this.tableAt(root, path.slice(0, -1));
        const last = path[path.length - 1] as string;
        const list = parent[last] ?? [];
        if (!Array.isArray(list)) this.fail(`"${last}" is not an array of tables`);
        current = {};
        list.push(current);
        parent[last] = list;
      } else if (this.source[this.index] === '[') {
        this.index += 1;
        const path = this.parseKey();
        this.expect(']');
        current = this.tableAt(root, path);
      } else {
        this.parseKeyValue(current);
      }
      this.endOfLine();
    }
  }

  private tableAt(root: TomlTable, path: readonly string[]): TomlTable {
    let table = root;
    for (const key of path) {
      const existing = table[key];
      const next = Array.isArray(existing) ? existing[existing.length - 1] : existing;
      if (next === undefined) {
        const created: TomlTable = {};
        table[key] = created;
        table = created;
      } else if (isTable(next)) {
        table = next;
      } else {
        this.fail(`"${key}" is not a table`);
      }
    }
    return table;
  }

  private parseKeyValue(table: TomlTable): void {
    const path = this.parseKey();
    this.skipBlank(false);
    this.expect('=');
    this.skipBlank(false);
    const value = this.parseValue();
    const target = this.tableAt(table, path.slice(0, -1));
    const last = path[path.length - 1] as string;
    if (last in target) this.fail(`duplicate key "${last}"`);
    target[last] = value;
  }

  private parseKey(): string[] {
    const parts: string[] = [];
    for (;;) {
      this.skipBlank(false);
      const char = this.source[this.index];
      if (char === '"' || char === "'") {
        parts.push(this.parseString());
      } else {
        const start = this.index;
        while (BARE_KEY.test(this.source[this.index] ?? '')) this.index += 1;
        if (start === this.index) this.fail('key expected');
        parts.push(this.source.slice(start, this.index));
      }
      this.skipBlank(false);
      if (this.source[this.index] !== '.') return parts;
      this.index += 1;
    }
  }

  private parseValue(): TomlValue {
    const char = this.source[this.index];
    if (char === '"' || char === "'") return this.parseString();
    if (char === '[') return this.parseArray();
    if (char === '{') return this.parseInlineTable();
    const token = /^[A-Za-z0-9_+.:-]+(?: [0-9:.+Z-]+)?/u.exec(this.source.slice(this.index))?.[0];
    if (!token) this.fail('value expected');
    this.index += token.length;
    if (token === 'true' || token === 'false') return token === 'true';
    const number = Number(token.replace(/_/gu, ''));
    return Number.isNaN(number) ? token : number;
  }

  private parseArray(): TomlValue[] {
    this.index += 1;
    const items: TomlValue[] = [];
    for (;;) {
      this.skipBlank(true);
      if (this.source[this.index] === ']') break;
      items.push(this.parseValue());
      this.skipBlank(true);
      if (this.source[this.index] === ',') this.index += 1;
      else if (this.source[this.index] !== ']') this.fail('"," or "]" expected in array');
    }
    this.index += 1;
    return items;
  }

  private parseInlineTable(): TomlTable {
    this.index += 1;
    const table: TomlTable = {};
    this.skipBlank(false);
    while (this.source[this.index] !== '}') {
      this.parseKeyValue(table);
      this.skipBlank(false);
      if (this.source[this.index] === ',') this.index += 1;
      else if (this.source[this.index] !== '}') this.fail('"," or "}" expected in inline table');
      this.skipBlank(false);
    }
    this.index += 1;
    return table;
  }

  private parseString(): string {
    const quote = this.source[this.index] as '"' | "'";
    const multiline = this.source.startsWith(quote.repeat(3), this.index);
    const delimiter = multiline ? quote.repeat(3) : quote;
    this.index += delimiter.length;
    if (multiline && this.source[this.index] === '\n') this.index += 1;
    else if (multiline && this.source.startsWith('\r\n', this.index)) this.index += 2;
    let value = '';
    for (;;) {
      if (this.index >= this.source.length) this.fail('unterminated string');
      if (this.source.startsWith(delimiter, this.index)) {
        this.index += delimiter.length;
        return value;
      }
      const char = this.source[this.index] as string;
      if (!multiline && char === '\n') this.fail('newline in a single-line string');
      if (quote === '"' && char === '\\') {
        value += this.parseEscape(multiline);
      } else {
        value += char;
        this.index += 1;
      }
    }
  }

  private parseEscape(multiline: boolean): string {
    const next = this.source[this.index + 1] ?? '';
    if (multiline && /[ \t\r\n]/u.test(next)) {
      this.index += 1;
      while (/[ \t\r\n]/u.test(this.source[this.index] ?? '')) this.index += 1;
      return '';
    }
    if (next === 'u' || next === 'U') {
      const length = next === 'u' ? 4 : 8;
      const hex = this.source.slice(this.index + 2, this.index + 2 + length);
      if (!/^[0-9A-Fa-f]+$/u.test(hex) || hex.length !== length) this.fail('invalid unicode escape');
      this.index += 2 + length;
      return String.fromCodePoint(Number.parseInt(hex, 16));
    }
    const escaped = ESCAPES[next];
    if (escaped === undefined) this.fail(`invalid escape "\\${next}"`);
    this.index += 2;
    return escaped;
  }

  private skipBlank(newlines: boolean): void {
    for (;;) {
      const char = this.source[this.index];
      if (char === ' ' || char === '\t' || (newlines && (char === '\n' || char === '\r'))) this.index += 1;
      else if (char === '#') while (this.index < this.source.length && this.source[this.index] !== '\n') this.index += 1;
      else return;
    }
  }

  private endOfLine(): void {
    this.skipBlank(false);
    if (this.source.startsWith('\r\n', this.index)) this.index += 2;
    else if (this.source[this.index] === '\n') this.index += 1;
    else if (this.index < this.source.length) this.fail('end of line expected');
  }

  private expect(text: string): void {
    if (!this.source.startsWith(text, this.index)) this.fail(`"${text}" expected`);
    this.index += text.length;
  }
}

export function parseToml(source: string): TomlTable {
  return new Parser(source.replace(/^\uFEFF/u, '')).parseDocument();
}
