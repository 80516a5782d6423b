import { isSpdxExceptionId, isSpdxLicenseId } from './spdx-ids.js';

// Mirrors https://github.com/italia/publiccode-parser-go on purpose (not spdx-expression-parse): publiccode.yml is judged as its reference parser judges it.

/**
 * SPDX license expressions as github/go-spdx (used by the reference parser) reads them:
 * case-sensitive `AND`, `OR`, `WITH`, parentheses, a `+` suffix, `LicenseRef-…` and
 * `DocumentRef-…:LicenseRef-…`; identifiers are case-insensitive and `-only` / `-or-later`
 * forms of a listed identifier are tolerated.
 */
export function isSpdxExpression(expression: string): boolean {
  if (expression === '') return false;
  const tokens = scan(expression);
  if (tokens === undefined || tokens.length === 0) return false;
  const parser = new TokenParser(tokens);
  return parser.parseExpression() && !parser.hasMore();
}

type Token =
  | { role: 'operator'; value: string }
  | { role: 'documentRef' | 'licenseRef' | 'license' | 'exception'; value: string };

const OPERATORS = ['WITH', 'AND', 'OR', '(', ')', ':', '+'];
const ID = /^[A-Za-z0-9.-]+/;

function scan(source: string): Token[] | undefined {
  let expression = source;
  let index = 0;
  const tokens: Token[] = [];
  while (index < expression.length) {
    while (expression[index] === ' ') index++;
    if (index >= expression.length) break;
    const rest = expression.slice(index);

    const operator = OPERATORS.find((candidate) => rest.startsWith(candidate));
    if (operator) {
      if (operator === '+' && expression[index - 1] === ' ') return undefined;
      index += operator.length;
      tokens.push({ role: 'operator', value: operator });
      continue;
    }
    const reference = /^(DocumentRef|LicenseRef)-/.exec(rest);
    if (reference) {
      const id = ID.exec(rest.slice(reference[0].length))?.[0];
      if (!id) return undefined;
      index += reference[0].length + id.length;
      tokens.push({ role: reference[1] === 'DocumentRef' ? 'documentRef' : 'licenseRef', value: id });
      continue;
    }
    const id = ID.exec(rest)?.[0];
    if (!id) return undefined;
    index += id.length;
    const next = expression[index];
    const license = normalizeLicense(id, next);
    if (!license) return undefined;
    tokens.push(license.token);
    if (license.consumesPlus) index++;
    if (license.impliesPlus) {
      // `X-or-later` of a listed `X` reads as `X+`; go-spdx also drops the character after it.
      const suffixStart = index - '-or-later'.length;
      expression = `${expression.slice(0, suffixStart)}+${index < expression.length ? expression.slice(index + 1) : ''}`;
      index = suffixStart;
    }
  }
  return tokens;
}

function normalizeLicense(
  id: string,
  next: string | undefined,
): { token: Token; consumesPlus?: boolean; impliesPlus?: boolean } | undefined {
  const direct = lookup(id);
  if (direct) return { token: direct };
  if (id.endsWith('-only')) {
    const base = lookup(id.slice(0, -'-only'.length));
    if (base) return { token: base };
  }
  if (next === '+') {
    const orLater = lookup(`${id}-or-later`);
    if (orLater) return { token: orLater, consumesPlus: true };
  }
  if (id.endsWith('-or-later')) {
    const base = lookup(id.slice(0, -'-or-later'.length));
    if (base) return { token: base, impliesPlus: true };
  }
  return undefined;
}

function lookup(id: string): Token | undefined {
  if (isSpdxLicenseId(id)) return { role: 'license', value: id };
  if (isSpdxExceptionId(id)) return { role: 'exception', value: id };
  return undefined;
}

/** Recursive descent with `AND` binding tighter than `OR`, as in the SPDX specification. */
class TokenParser {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  hasMore(): boolean {
    return this.index < this.tokens.length;
  }

  parseExpression(): boolean {
    if (!this.parseAnd()) return false;
    if (!this.takeOperator('OR')) return true;
    return this.hasMore() && this.parseExpression();
  }

  private parseAnd(): boolean {
    if (!this.parseAtom()) return false;
    if (!this.takeOperator('AND')) return true;
    return this.hasMore() && this.parseAnd();
  }

  private parseAtom(): boolean {
    if (this.takeOperator('(')) {
      return this.parseExpression() && this.takeOperator(')');
    }
    const token = this.tokens[this.index];
    if (!token) return false;
    if (token.role === 'documentRef') {
      this.index++;
      if (!this.takeOperator(':')) return false;
      return this.takeRole('licenseRef');
    }
    if (token.role === 'licenseRef') {
      this.index++;
      return true;
    }
    if (token.role !== 'license') return false;
    this.index++;
    this.takeOperator('+');
    if (this.takeOperator('WITH')) return this.takeRole('exception');
    return true;
  }

  private takeOperator(value: string): boolean {
    const token = this.tokens[this.index];
    if (token?.role !== 'operator' || token.value !== value) return false;
    this.index++;
    return true;
  }

  private takeRole(role: Token['role']): boolean {
    if (this.tokens[this.index]?.role !== role) return false;
    this.index++;
    return true;
  }
}
