import type { AuditResult } from './types.js';

/** `{"results": [...]}`: repositories with their rules and publiccode.yml; publiccode.yml paths with their validation only. */
export function renderJson(results: readonly AuditResult[]): string {
  const shaped = results.map((result) =>
    result.kind === 'repository'
      ? {
          path: result.path,
          compliant: result.compliant,
          rules: result.rules.map(({ id, level, ok, message, source }) => ({ id, level, ok, message, source })),
          publiccode: result.publiccode,
        }
      : { path: result.path, compliant: result.compliant, publiccode: result.publiccode },
  );
  return `${JSON.stringify({ results: shaped }, null, 2)}\n`;
}
