import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every regular expression of src/ is judged by recheck (a ReDoS checker: automata analysis or
 * fuzzing with a fixed seed). Repository content is hostile, and a backtracking expression on a
 * crafted 2 MiB README hangs `codegouv check`: no expression may be vulnerable, except those
 * listed here as never seeing untrusted text. Patterns built at run time must be listed too,
 * since the checker cannot see them.
 */
interface Listed {
  file: string;
  /** The literal's source, or the `new RegExp(…)` call's text. */
  pattern: string;
  why: string;
}

const NEVER_UNTRUSTED: readonly Listed[] = [
  {
    file: 'src/repo/documents.ts',
    pattern: 'new RegExp(`^${stem}(?:\\\\.[a-z]{2}(?:-[A-Z]{2})?)?(?:\\\\.[A-Za-z0-9]+)?$`, \'iu\')',
    why: 'built from the constant document stems (README, CONTRIBUTING…), anchored, one bounded suffix after another: linear in the file name',
  },
];

/**
 * Vulnerable expressions in files another package owns, left for its owner: each must still be
 * judged vulnerable (or still be built at run time), so that the entry goes once it is fixed.
 */
const KNOWN_OPEN: readonly Listed[] = [];

interface Found {
  file: string;
  line: number;
  pattern: string;
  /** Source and flags when the pattern is a constant, else undefined. */
  constant?: { source: string; flags: string };
}

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The value of a constant string expression: literals, templates of constants, `[…].join()`, `+`. */
function constantString(node: ts.Expression, file: ts.SourceFile, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  const inner = (expression: ts.Expression) => constantString(expression, file, depth + 1);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return inner(node.expression);
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = inner(span.expression);
      if (value === undefined) return undefined;
      text += value + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [inner(node.left), inner(node.right)];
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join' && ts.isArrayLiteralExpression(node.expression.expression)) {
    const separator = node.arguments[0] === undefined ? ',' : inner(node.arguments[0]);
    const parts = node.expression.expression.elements.map((element) => inner(element));
    return separator === undefined || parts.some((part) => part === undefined) ? undefined : parts.join(separator);
  }
  if (ts.isIdentifier(node)) {
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
      const declaration = statement.declarationList.declarations.find((candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === node.text);
      if (declaration?.initializer) return inner(declaration.initializer);
    }
  }
  return undefined;
}

function regularExpressions(path: string): Found[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const name = relative(ROOT, path).split('\\').join('/');
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const slash = text.lastIndexOf('/');
      const source = text.slice(1, slash);
      found.push({ file: name, line, pattern: source, constant: { source, flags: text.slice(slash + 1) } });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const source = pattern && constantString(pattern, file);
      const flagText = flags === undefined ? '' : constantString(flags, file);
      found.push({ file: name, line, pattern: node.getText(file), ...(source !== undefined && flagText !== undefined ? { constant: { source, flags: flagText } } : {}) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const ALL = sourceFiles(join(ROOT, 'src')).flatMap(regularExpressions);
const isListed = (list: readonly Listed[], found: Found) => list.some((entry) => entry.file === found.file && entry.pattern === found.pattern);

function verdict(found: Found): string {
  if (!found.constant) return 'built at run time: the checker cannot see it';
  const result = checkSync(found.constant.source, found.constant.flags, { timeout: 20_000, randomSeed: 14 });
  if (result.status === 'safe') return 'safe';
  if (result.status === 'vulnerable') return `vulnerable (${result.complexity.summary}), e.g. ${result.attack.pattern}`;
  return `unknown (${result.error.kind})`;
}

describe('regular expressions of src/ against ReDoS', () => {
  it('finds the expressions of the source tree (the collector works)', () => {
    expect(ALL.length).toBeGreaterThan(100);
    expect(ALL.some((found) => found.file === 'src/publiccode/bcp47.ts' && found.constant)).toBe(true);
  });

  it('judges every expression safe, or lists it with why', { timeout: 300_000 }, () => {
    const problems = ALL.filter((found) => !isListed(NEVER_UNTRUSTED, found) && !isListed(KNOWN_OPEN, found))
      .map((found) => ({ found, verdict: verdict(found) }))
      .filter(({ verdict: judged }) => judged !== 'safe')
      .map(({ found, verdict: judged }) => `${found.file}:${found.line} ${found.pattern}: ${judged}`);
    expect(problems).toEqual([]);
  });

  it('keeps no stale entry in its lists', { timeout: 120_000 }, () => {
    const stale = [...NEVER_UNTRUSTED, ...KNOWN_OPEN].filter((entry) => !ALL.some((found) => isListed([entry], found)));
    expect(stale).toEqual([]);
    const fixed = ALL.filter((found) => isListed(KNOWN_OPEN, found) && verdict(found) === 'safe');
    expect(fixed).toEqual([]);
  });
});
