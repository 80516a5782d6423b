import type { Lang } from '../i18n/lang.js';
import { render } from '../i18n/render.js';
import { citation } from './model/sources.js';
import type { AuditResult } from './model/types.js';

/** `{"results": [...]}`: repositories with their rules and publiccode.yml; publiccode.yml paths with their validation only. */
export function renderJson(results: readonly AuditResult[], lang: Lang): string {
  const shaped = results.map((result) =>
    result.kind === 'repository'
      ? {
          path: result.path,
          compliant: result.compliant,
          rules: result.rules.map(({ id, level, ok, message, sources }) => ({ id, level, ok, message: render(message, lang), source: citation(sources) })),
          publiccode: result.publiccode,
        }
      : { path: result.path, compliant: result.compliant, publiccode: result.publiccode },
  );
  return `${JSON.stringify({ results: shaped }, null, 2)}\n`;
}
