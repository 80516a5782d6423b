import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AREAS } from '../areas/registry.js';
import type { Area } from '../areas/registry.js';
import { UsageError } from '../support/errors.js';
import { readText } from '../repo/read.js';
import { langOption } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';
import { msg } from '../i18n/message.js';
import { render, translator } from '../i18n/render.js';
import { removeConfined, writeConfined } from '../pipeline/confined-write.js';
import { acquireRunLock } from '../pipeline/run-lock.js';
import { applyPlan, CONFIG_FILE, knownAnswers, outcomes, planRun, report, settle, startRun, storeAnswers } from '../pipeline/run.js';
import type { Writer } from '../pipeline/run.js';
import { printable } from '../support/terminal.js';
import { refuseUntrustedPreset } from '../pipeline/trust.js';
import { fileLogLine } from '../terminal/file-log.js';
import { NAMESPACE } from '../pipeline/yo-rc.js';

/**
 * `codegouv --yes`: the pipeline's stages (pipeline/run.ts) without loading yeoman-environment,
 * whose import alone costs a second. A --yes run never prompts, so there is no conflict to
 * resolve: the writer writes, keeps or forces exactly as planned.
 */

/** The whole .yo-rc.json (every generator's section), or {} when there is none. */
export function readConfig(cwd: string, lang: Lang): Record<string, unknown> {
  const t = translator(lang);
  const path = join(cwd, '.yo-rc.json');
  const read = readText(cwd, '.yo-rc.json');
  if (!read.ok) {
    if (read.reason === 'missing') return {};
    throw new UsageError(t('reads.configRefused', { path, reason: msg('reads.reason', { reason: read.reason }) }));
  }
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    throw new UsageError(t('cli.configInvalidJson', { path, reason: (error as Error).message }));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(t('cli.configNotStorage', { path }));
  return data as Record<string, unknown>;
}

const log = (line: string) => process.stderr.write(`${printable(line)}\n`);

/** Writes to the folder through the confined writer, with a status line per file in the interface language. */
function fileSystemWriter(cwd: string, fullConfig: Record<string, unknown>, lang: Lang): Writer {
  return {
    storeConfig(section) {
      // Yeoman's Storage merges the new values into the existing section and rewrites the file.
      const merged = { ...(fullConfig[NAMESPACE] as Record<string, unknown> | undefined ?? {}), ...section };
      const existed = existsSync(join(cwd, CONFIG_FILE));
      const content = `${JSON.stringify({ ...fullConfig, [NAMESPACE]: merged }, null, 2)}\n`;
      const same = existed && content === `${JSON.stringify(fullConfig, null, 2)}\n`;
      writeConfined(cwd, CONFIG_FILE, content, { executable: false, lang });
      log(fileLogLine(!existed ? 'created' : same ? 'identical' : 'replaced', CONFIG_FILE, lang));
    },
    write(path, content, { executable, action }) {
      writeConfined(cwd, path, content, { executable, lang });
      log(fileLogLine(action === 'create' ? 'created' : 'replaced', path, lang));
    },
    remove(path) {
      removeConfined(cwd, path, lang);
      log(fileLogLine('removed', path, lang));
    },
    identical(path) {
      log(fileLogLine('identical', path, lang));
    },
  };
}

/**
 * Runs `codegouv [area] --yes …` in `cwd`; returns the exit code. Refusals throw UsageError.
 * The folder's lock is held from the first read of the tree to the last write.
 */
export async function runHeadless(name: 'app' | Area, options: Record<string, unknown>, cwd: string): Promise<number> {
  const lang = langOption(options.lang);
  if (!lang) throw new UsageError(render(msg('run.badLang', { value: String(options.lang) }), 'fr'), 2);
  const release = acquireRunLock(cwd, lang);
  try {
    const fullConfig = readConfig(cwd, lang);
    const config = (fullConfig[NAMESPACE] ?? {}) as Record<string, unknown>;
    const run = startRun({ cwd, areas: name === 'app' ? AREAS : [name], lang, options, config });
    refuseUntrustedPreset(run.gathered, lang);
    const plan = planRun(run, settle(run, knownAnswers(run), log));
    const writer = fileSystemWriter(cwd, fullConfig, lang);
    await applyPlan(run, plan, writer);
    const files = outcomes(run, plan);
    storeAnswers(run, plan, files, writer);
    await report(run, plan, files, log);
    return 0;
  } finally {
    release();
  }
}
