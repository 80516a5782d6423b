import type { Lang } from '../i18n/lang.js';
import { type Message, msg } from '../i18n/message.js';
import { render, translator } from '../i18n/render.js';
import { renderSummary } from '../check/report.js';
import { summarize } from '../check/model/summary.js';
import type { AuditResult } from '../check/model/types.js';
import { readInput } from './read-input.js';
import { type ReportEntry, ShapeError, readReportShape } from './report-shape.js';

/**
 * The largest report read: about 6 000 repositories at the 20 kB a repository's entry takes
 * (measured on generated repositories), more than one CI job audits.
 */
const MAX_REPORT_BYTES = 128 * 1024 * 1024;

const mebibytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** One report given to `fleet merge`: its entries, the one error entry that replaces it, or nothing there. */
export type LoadedReport =
  | { kind: 'entries'; file: string; entries: ReportEntry[] }
  | { kind: 'refused'; file: string; entry: ReportEntry }
  | { kind: 'missing'; file: string };

/** A report refused whole: one `error` entry under the report's own path, saying which field is wrong and what to do. */
function refused(file: string, message: Message): LoadedReport {
  return { kind: 'refused', file, entry: { result: { kind: 'error', path: file, compliant: false, message, cause: undefined } } };
}

/** A report file, read with a size cap and checked field by field; never throws on its content. */
export function loadReport(file: string): LoadedReport {
  const read = readInput(file, MAX_REPORT_BYTES);
  switch (read.kind) {
    case 'missing': return { kind: 'missing', file };
    case 'unreadable': return refused(file, msg('fleet.report.unreadable', { file, reason: read.reason }));
    case 'not-file': return refused(file, msg('fleet.report.notFile', { file }));
    case 'too-large': return refused(file, msg('fleet.report.tooLarge', { file, size: mebibytes(read.bytes), max: mebibytes(MAX_REPORT_BYTES) }));
    case 'not-utf8': return refused(file, msg('fleet.report.notUtf8', { file }));
    case 'text': break;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.text);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 200) ?? '';
    return refused(file, msg('fleet.report.notJson', { file, reason }));
  }
  try {
    return { kind: 'entries', file, entries: readReportShape(parsed) };
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    return refused(file, msg('fleet.report.badField', { file, field: error.field, expected: msg(error.expected) }));
  }
}

/** A path met again in a later report: the first entry stays. */
interface Duplicate {
  path: string;
  kept: string;
  dropped: string;
}

export interface FleetReport {
  /** Sorted by path (code units, the same on every machine). */
  entries: ReportEntry[];
  duplicates: Duplicate[];
}

const byPath = (a: ReportEntry, b: ReportEntry) => (a.result.path < b.result.path ? -1 : a.result.path > b.result.path ? 1 : 0);

/** The reports' entries in one list, each path once (the first report given wins), with each refused report's error entry. */
export function mergeReports(reports: readonly LoadedReport[]): FleetReport {
  const seen = new Map<string, string>();
  const entries: ReportEntry[] = [];
  const duplicates: Duplicate[] = [];
  for (const report of reports) {
    if (report.kind === 'missing') continue;
    if (report.kind === 'refused') {
      entries.push(report.entry);
      continue;
    }
    for (const entry of report.entries) {
      const kept = seen.get(entry.result.path);
      if (kept !== undefined) {
        duplicates.push({ path: entry.result.path, kept, dropped: report.file });
        continue;
      }
      seen.set(entry.result.path, report.file);
      entries.push(entry);
    }
  }
  return { entries: entries.sort(byPath), duplicates };
}

const resultsOf = (fleet: FleetReport): AuditResult[] => fleet.entries.map(({ result }) => result);

/** The fleet report in `check --json`'s format: each entry as its report wrote it, the summary recomputed. */
export function renderFleetJson(fleet: FleetReport, lang: Lang): string {
  const results = fleet.entries.map((entry) =>
    entry.json ?? { path: entry.result.path, status: 'error', message: render(entry.result.message, lang) });
  return `${JSON.stringify({ results, summary: summarize(resultsOf(fleet)) }, null, 2)}\n`;
}

/** The fleet table as `check` prints it for several repositories, then how many repositories pass and fail each rule. */
export function renderFleetText(fleet: FleetReport, lang: Lang): string {
  const t = translator(lang);
  const results = resultsOf(fleet);
  const rules = Object.entries(summarize(results).rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const perRule = rules.map(([id, { level, passed, failed }]) => `  ${t('fleet.rules.row', { id, level: t('check.level', { level }), passed, failed })}`);
  return `${renderSummary(results, lang)}${perRule.length > 0 ? `\n${t('fleet.rules.heading')}\n${perRule.join('\n')}\n` : ''}`;
}

/** The fleet table alone: beside a JSON report on stdout, it goes to stderr, as `check` does. */
export function renderFleetTable(fleet: FleetReport, lang: Lang): string {
  return renderSummary(resultsOf(fleet), lang);
}
