import { lstatSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Lang, langFromArgs } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import { CheckUsageError, parseCheckArguments } from './args.js';
import { auditPubliccodeFile, auditRepository } from './audit.js';
import { CommitRangeError } from '../repo/history.js';
import { brokenLink, debugDetail, failedAudit } from './failure.js';
import { renderCodequality } from './format-codequality.js';
import { renderHtml } from './format-html.js';
import type { ReportFormat } from './format-names.js';
import { renderSarif } from './format-sarif.js';
import { renderJson } from './json.js';
import { renderReport, renderSummary } from './report.js';
import { exitCodeOf } from './model/summary.js';
import { printable } from '../support/terminal.js';
import type { AuditResult } from './model/types.js';

/** Each format's report on stdout; the JSON formats escape control characters themselves, HTML escapes every value, the text goes to a terminal. */
const RENDERERS: Readonly<Record<ReportFormat, (results: readonly AuditResult[], lang: Lang) => string>> = {
  text: (results, lang) => printable(renderReport(results, lang)),
  json: renderJson,
  sarif: renderSarif,
  codequality: renderCodequality,
  html: renderHtml,
};

/** Repositories audited at once: their git calls overlap, file reads stay bounded. */
const CONCURRENCY = 8;

type Target =
  | { path: string; absolute: string; kind: 'repository' | 'publiccode' }
  /** There, but it cannot be followed or read (a dangling link, no permission): that path's error entry. */
  | { path: string; absolute: string; kind: 'unreadable'; error: unknown; link: boolean };

/** What is at `absolute` when it cannot be followed: nothing, a link (dangling or looping), or something unreadable. */
function whatIsThere(absolute: string): 'nothing' | 'link' | 'something' {
  try {
    return lstatSync(absolute).isSymbolicLink() ? 'link' : 'something';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'nothing' : 'something';
  }
}

function targetOf(path: string): Target {
  const absolute = resolve(path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    // Nothing there is a mistake in the command line; something there that cannot be read is that path's error.
    const there = whatIsThere(absolute);
    if (there === 'nothing') throw new CheckUsageError(msg('check.missingPath', { path }));
    return { path, absolute, kind: 'unreadable', error, link: there === 'link' };
  }
  if (stats.isDirectory()) return { path, absolute, kind: 'repository' };
  if (stats.isFile() && /\.ya?ml$/iu.test(absolute)) return { path, absolute, kind: 'publiccode' };
  throw new CheckUsageError(msg('check.notAuditable', { path }));
}

async function mapWithLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** One path's audit; an unreadable repository or an internal error is that path's error entry, never the fleet's end. */
async function auditTarget(target: Target, commits: string | undefined, single: boolean): Promise<AuditResult> {
  if (target.kind === 'unreadable') return target.link ? brokenLink(target.path, target.error) : failedAudit(target.path, target.error);
  try {
    if (target.kind === 'publiccode') return await auditPubliccodeFile(target.path, target.absolute);
    try {
      return await auditRepository(target.path, target.absolute, { commits });
    } catch (error) {
      if (!(error instanceof CommitRangeError)) throw error;
      const message = msg('check.rangeRejected', { path: target.path, range: commits ?? '', reason: error.message });
      // One repository: the range is the user's mistake. In a fleet: that repository fails C2-commits.
      if (single) throw new CheckUsageError(message);
      const result = await auditRepository(target.path, target.absolute);
      result.rules.push({ id: 'C2-commits', level: 'MUST', ok: false, message, sources: ['dcoSignoff'] });
      result.compliant = false;
      return result;
    }
  } catch (error) {
    if (error instanceof CheckUsageError) throw error;
    return failedAudit(target.path, error);
  }
}

/**
 * `codegouv check [--format text|json|sarif|codequality|html] [--json] [--lang fr|en] [--commits RANGE] [--debug] [PATH...]`: 0 when every
 * MUST holds for every path, 1 when some path is not compliant, 3 when some path could not be
 * audited (3 wins over 1), 2 on a usage error. It never writes in what it audits.
 */
export async function runCheck(args: string[], lang: Lang): Promise<number> {
  let options;
  let targets: Target[];
  try {
    options = parseCheckArguments(args, lang);
    if (options.help) {
      process.stdout.write(`${render(msg('check.usage'), options.lang)}\n`);
      return 0;
    }
    targets = options.paths.map(targetOf);
  } catch (error) {
    if (!(error instanceof CheckUsageError)) throw error;
    // Errors speak the language asked for, even when something else on the line is wrong.
    const language = options?.lang ?? langFromArgs(args, lang);
    process.stderr.write(`${printable(render(error.detail, language))}\n${render(msg('check.usage'), language)}\n`);
    return 2;
  }

  const { lang: language, commits } = options;
  let results: AuditResult[];
  try {
    results = await mapWithLimit(targets, CONCURRENCY, (target) => auditTarget(target, commits, targets.length === 1));
  } catch (error) {
    if (!(error instanceof CheckUsageError)) throw error;
    process.stderr.write(`${printable(render(error.detail, language))}\n`);
    return 2;
  }

  process.stdout.write(RENDERERS[options.format](results, language));
  // A machine format on stdout: the fleet's table for the person watching goes to stderr.
  if (options.format !== 'text' && results.length > 1) process.stderr.write(printable(renderSummary(results, language)));
  if (options.debug) {
    for (const result of results) {
      if (result.kind === 'error') process.stderr.write(debugDetail(result));
    }
  }
  return exitCodeOf(results);
}
