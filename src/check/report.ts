import type { Lang } from '../i18n/lang.js';
import { render, translator } from '../i18n/render.js';
import type { PubliccodeIssue, PubliccodeResult } from '../publiccode/validate.js';
import { adviceNotFollowed, failedByLevel, failedMusts } from './model/summary.js';
import { fixText } from './format-fix.js';
import { citation } from './model/sources.js';
import type { AuditResult, ErrorResult, PubliccodeFileResult, RepositoryResult } from './model/types.js';

type T = ReturnType<typeof translator>;

const mark = (ok: boolean) => (ok ? '✔' : '✖');

function issueLine(symbol: string, issue: PubliccodeIssue): string {
  const where = issue.line > 0 ? `${issue.line}:${issue.column} ` : '';
  return `    ${symbol} ${where}${issue.key ? `${issue.key}: ` : ''}${issue.description}`;
}

function publiccodeLines(result: PubliccodeResult, t: T): string[] {
  const validity = t(result.valid ? 'check.valid' : 'check.invalid');
  return [
    `  ${mark(result.valid)} ${t('check.publiccode')}${t('check.colon')}${validity}, ${t('check.errors', { count: result.errors.length })}, ${t('check.warnings', { count: result.warnings.length })}`,
    ...result.errors.map((issue) => issueLine('✖', issue)),
    ...result.warnings.map((issue) => issueLine('⚠', issue)),
  ];
}

/** The words every repository's block repeats, rendered once per report. */
interface Labels {
  colon: string;
  fix: string;
  source: string;
  levels: Map<string, string>;
}

function labelsOf(t: T): Labels {
  return { colon: t('check.colon'), fix: t('fixes.label'), source: t('check.source'), levels: new Map() };
}

function repositoryLines(result: RepositoryResult, lang: Lang, t: T, labels: Labels): string[] {
  const lines = [`${t('check.repository')}${labels.colon}${result.path}`];
  for (const rule of result.rules) {
    let level = labels.levels.get(rule.level);
    if (level === undefined) {
      level = t('check.level', { level: rule.level });
      labels.levels.set(rule.level, level);
    }
    lines.push(`  ${mark(rule.ok)} ${rule.id} [${level}] ${render(rule.message, lang)}`);
    if (rule.fix) lines.push(`      → ${labels.fix}${labels.colon}${fixText(rule.fix, lang)}`);
    lines.push(`      ${labels.source}${labels.colon}${citation(rule.sources)}`);
  }
  if (result.publiccode) lines.push(...publiccodeLines(result.publiccode, t));
  const advice = adviceNotFollowed(result);
  const verdict = result.compliant ? t('check.compliant') : t('check.notCompliant', { ids: failedMusts(result) });
  lines.push(`  → ${verdict}${advice > 0 ? ` (${t('check.advice', { count: advice })})` : ''}`);
  return lines;
}

function publiccodeFileLines(result: PubliccodeFileResult, t: T): string[] {
  return [`${t('check.publiccodeFile')}${t('check.colon')}${result.path}`, ...publiccodeLines(result.publiccode, t)];
}

function errorLines(result: ErrorResult, lang: Lang, t: T): string[] {
  return [`${t('check.repository')}${t('check.colon')}${result.path}`, `  ${mark(false)} ${t('values.check.errorVerdict', { message: render(result.message, lang) })}`];
}

function linesOf(result: AuditResult, lang: Lang, t: T, labels: Labels): string[] {
  if (result.kind === 'error') return errorLines(result, lang, t);
  return result.kind === 'repository' ? repositoryLines(result, lang, t, labels) : publiccodeFileLines(result, t);
}

/** Path, status, failed MUSTs and SHOULDs (counts), then which MUSTs (or why it was not audited): one line per path. */
function summaryRow(result: AuditResult, lang: Lang, t: T): string[] {
  if (result.kind === 'error') return [result.path, t('values.check.status.error'), '—', '—', render(result.message, lang)];
  const failed = failedByLevel(result);
  const status = t(result.compliant ? 'formats.status.compliant' : 'formats.status.nonCompliant');
  return [result.path, status, String(failed.MUST), String(failed.SHOULD), failedMusts(result).join(', ') || '—'];
}

function summaryTable(results: readonly AuditResult[], lang: Lang, t: T): string[] {
  const columns = [t('check.column.repository'), t('formats.column.status'), t('formats.column.mustFailed'), t('formats.column.shouldFailed'), t('formats.column.detail')];
  const rows = results.map((result) => summaryRow(result, lang, t));
  const table = [columns, ...rows];
  const widths = columns.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const compliant = results.filter((result) => result.compliant).length;
  const errors = results.filter((result) => result.kind === 'error').length;
  return [
    t('check.summary', { total: results.length, compliant }),
    ...(errors > 0 ? [t('values.check.notChecked', { count: errors })] : []),
    ...table.map((row) => `  ${row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column] ?? 0) : cell)).join('  ')}`),
  ];
}

/** The text report: for several paths the summary table first, then one block per path. */
export function renderReport(results: readonly AuditResult[], lang: Lang): string {
  const t = translator(lang);
  const labels = labelsOf(t);
  const blocks = results.map((result) => linesOf(result, lang, t, labels).join('\n'));
  if (results.length > 1) blocks.unshift(summaryTable(results, lang, t).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** The fleet's summary table alone: with a machine format it goes to stderr, beside the report on stdout. */
export function renderSummary(results: readonly AuditResult[], lang: Lang): string {
  return `${summaryTable(results, lang, translator(lang)).join('\n')}\n`;
}
