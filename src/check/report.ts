import type { PubliccodeIssue, PubliccodeResult } from '../publiccode/validate.js';
import { CHECK_TEXT } from './messages.js';
import type { AuditResult, Lang, PubliccodeFileResult, RepositoryResult } from './types.js';

type Text = (typeof CHECK_TEXT)[Lang];

const mark = (ok: boolean) => (ok ? '✔' : '✖');

function issueLine(symbol: string, issue: PubliccodeIssue): string {
  const where = issue.line > 0 ? `${issue.line}:${issue.column} ` : '';
  return `    ${symbol} ${where}${issue.key ? `${issue.key}: ` : ''}${issue.description}`;
}

function publiccodeLines(result: PubliccodeResult, text: Text, label: string): string[] {
  return [
    `  ${mark(result.valid)} ${label}${text.colon}${result.valid ? text.valid : text.invalid}, ${text.errors(result.errors.length)}, ${text.warnings(result.warnings.length)}`,
    ...result.errors.map((issue) => issueLine('✖', issue)),
    ...result.warnings.map((issue) => issueLine('⚠', issue)),
  ];
}

export function failedMusts(result: AuditResult): string[] {
  if (result.kind === 'publiccode') return result.compliant ? [] : ['publiccode.yml'];
  return result.rules.filter((rule) => rule.level === 'MUST' && !rule.ok).map((rule) => rule.id);
}

function repositoryLines(result: RepositoryResult, text: Text): string[] {
  const lines = [`${text.repository}${text.colon}${result.path}`];
  for (const rule of result.rules) {
    lines.push(`  ${mark(rule.ok)} ${rule.id} [${text.levels[rule.level]}] ${rule.message}`);
    lines.push(`      ${text.source}${text.colon}${rule.source}`);
  }
  if (result.publiccode) lines.push(...publiccodeLines(result.publiccode, text, text.publiccode));
  const advice = result.rules.filter((rule) => !rule.ok && rule.level !== 'MUST').length;
  const verdict = result.compliant ? text.compliant : text.notCompliant(failedMusts(result));
  lines.push(`  → ${verdict}${advice > 0 ? ` (${text.advice(advice)})` : ''}`);
  return lines;
}

function publiccodeFileLines(result: PubliccodeFileResult, text: Text): string[] {
  return [`${text.publiccodeFile}${text.colon}${result.path}`, ...publiccodeLines(result.publiccode, text, text.publiccode)];
}

/** Repository, compliant yes/no, failed MUSTs: one line per path, columns aligned. */
function summaryTable(results: readonly AuditResult[], text: Text): string[] {
  const rows = results.map((result) => [result.path, result.compliant ? text.yes : text.no, failedMusts(result).join(', ') || '—']);
  const table = [[...text.columns], ...rows];
  const widths = text.columns.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const compliant = results.filter((result) => result.compliant).length;
  return [
    text.summary(results.length, compliant),
    ...table.map((row) => `  ${row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column] ?? 0) : cell)).join('  ')}`),
  ];
}

export function renderReport(results: readonly AuditResult[], lang: Lang): string {
  const text = CHECK_TEXT[lang];
  const blocks = results.map((result) => (result.kind === 'repository' ? repositoryLines(result, text) : publiccodeFileLines(result, text)).join('\n'));
  if (results.length > 1) blocks.push(summaryTable(results, text).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** The fleet's summary table alone: with --json it goes to stderr, beside the JSON on stdout. */
export function renderSummary(results: readonly AuditResult[], lang: Lang): string {
  return `${summaryTable(results, CHECK_TEXT[lang]).join('\n')}\n`;
}
