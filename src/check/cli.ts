import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CheckUsageError, parseCheckArguments, requestedLanguage } from './args.js';
import { auditPubliccodeFile, auditRepository } from './audit.js';
import { CommitRangeError } from '../repo/history.js';
import { renderJson } from './json.js';
import { CHECK_TEXT } from './messages.js';
import { renderReport, renderSummary } from './report.js';
import { SOURCES } from './sources.js';
import type { AuditResult, Lang } from './types.js';

/** Repositories audited at once: their git calls overlap, file reads stay bounded. */
const CONCURRENCY = 8;

interface Target {
  path: string;
  absolute: string;
  kind: 'repository' | 'publiccode';
}

function targetOf(path: string, lang: Lang): Target {
  const absolute = resolve(path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new CheckUsageError(CHECK_TEXT[lang].missingPath(path));
  }
  if (stats.isDirectory()) return { path, absolute, kind: 'repository' };
  if (stats.isFile() && /\.ya?ml$/iu.test(absolute)) return { path, absolute, kind: 'publiccode' };
  throw new CheckUsageError(CHECK_TEXT[lang].notAuditable(path));
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

/**
 * `codegouv check [--json] [--lang fr|en] [--commits RANGE] [PATH...]`: 0 when every MUST holds
 * for every path, 1 otherwise, 2 on a usage error. It never writes in what it audits.
 */
export async function runCheck(args: string[], lang: 'fr' | 'en'): Promise<number> {
  let options;
  let targets: Target[];
  try {
    options = parseCheckArguments(args, lang);
    if (options.help) {
      process.stdout.write(`${CHECK_TEXT[options.lang].usage}\n`);
      return 0;
    }
    const language = options.lang;
    targets = options.paths.map((path) => targetOf(path, language));
  } catch (error) {
    if (!(error instanceof CheckUsageError)) throw error;
    const text = CHECK_TEXT[options?.lang ?? requestedLanguage(args, lang)];
    process.stderr.write(`${error.message}\n${text.usage}\n`);
    return 2;
  }

  const { lang: language, commits } = options;
  let results: AuditResult[];
  try {
    results = await mapWithLimit(targets, CONCURRENCY, async (target) => {
      if (target.kind === 'publiccode') return auditPubliccodeFile(target.path, target.absolute);
      try {
        return await auditRepository(target.path, target.absolute, { lang: language, commits });
      } catch (error) {
        if (!(error instanceof CommitRangeError)) throw error;
        const message = CHECK_TEXT[language].rangeRejected(target.path, commits ?? '', error.message);
        // One repository: the range is the user's mistake. In a fleet: that repository fails C2-commits.
        if (targets.length === 1) throw new CheckUsageError(message);
        const result = await auditRepository(target.path, target.absolute, { lang: language });
        result.rules.push({ id: 'C2-commits', level: 'MUST', ok: false, message, source: SOURCES.dcoSignoff });
        result.compliant = false;
        return result;
      }
    });
  } catch (error) {
    if (!(error instanceof CheckUsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }

  process.stdout.write(options.json ? renderJson(results) : renderReport(results, language));
  if (options.json && results.length > 1) process.stderr.write(renderSummary(results, language));
  return results.every((result) => result.compliant) ? 0 : 1;
}
