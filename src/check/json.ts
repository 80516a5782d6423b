import type { Lang } from '../i18n/lang.js';
import { render } from '../i18n/render.js';
import { fixJson } from './format-fix.js';
import { citation } from './model/sources.js';
import { statusOf, summarize } from './model/summary.js';
import type { AuditResult } from './model/types.js';

/**
 * `{"results": [...]}`, one entry per path with its `status` (`compliant`, `non-compliant` or
 * `error`): repositories with their rules and publiccode.yml; publiccode.yml paths with their
 * validation only; a path that could not be audited with the message saying why. A failed rule has
 * a `fix`: `{command, argv}` (the `codegouv` command that makes it pass, and its arguments) or
 * `{edit}` (the change only the team can make). Then `summary`:
 * the counts per status, per level and per rule (a publiccode.yml path counts under `publiccode.yml`).
 */
export function renderJson(results: readonly AuditResult[], lang: Lang): string {
  const shaped = results.map((result) => {
    const status = statusOf(result);
    if (result.kind === 'error') return { path: result.path, status, message: render(result.message, lang) };
    if (result.kind === 'publiccode') return { path: result.path, status, compliant: result.compliant, publiccode: result.publiccode };
    return {
      path: result.path,
      status,
      compliant: result.compliant,
      rules: result.rules.map(({ id, level, ok, message, fix, sources }) => ({ id, level, ok, message: render(message, lang), ...(fix ? { fix: fixJson(fix, lang) } : {}), source: citation(sources) })),
      publiccode: result.publiccode,
    };
  });
  return `${JSON.stringify({ results: shaped, summary: summarize(results) }, null, 2)}\n`;
}
