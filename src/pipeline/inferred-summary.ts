import { flagOf } from '../answers/flags.js';
import type { AnswerKey } from '../answers/types.js';
import { keysForAreas } from '../areas/registry.js';
import type { Area } from '../areas/registry.js';
import { msg } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import type { Lang } from '../policy/enums.js';
import type { Sources } from './gather.js';

/**
 * The answers this run took from the repository itself (no flag, answers file, preset or
 * earlier run gave them), one line per place they were read, so that the user checks each.
 */
export function inferredSummary(sources: Sources, areas: readonly Area[], lang: Lang): string | undefined {
  const given = { ...sources.stored, ...sources.preset, ...sources.answersFile, ...sources.flags };
  const bySource = new Map<string, AnswerKey[]>();
  for (const key of keysForAreas(areas)) {
    const source = sources.provenance?.[key];
    if (source === undefined || sources.inferred[key] === undefined || given[key] !== undefined) continue;
    bySource.set(source, [...(bySource.get(source) ?? []), key]);
  }
  if (bySource.size === 0) return undefined;
  const lines = [...bySource].map(([source, keys]) => `  ${render(msg('inference.line', { source, flags: keys.map(flagOf) }), lang)}`);
  return [render(msg('inference.title'), lang), ...lines].join('\n');
}
