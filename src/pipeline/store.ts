import { AREAS, keysForAreas } from '../areas/registry.js';
import type { Area } from '../areas/registry.js';
import { ANSWER_KEYS, specOf } from '../answers/keys.js';
import type { AnswerKey, Answers } from '../answers/types.js';
import { validateAnswers } from '../answers/validate.js';
import { INTERFACE_LANG_KEY } from './yo-rc.js';
import type { Lang } from '../policy/enums.js';
import type { Gathered } from './gather.js';
import { storedAreas } from './gather.js';
import type { WritePlan } from './writes.js';

/** What .yo-rc.json keeps: the answers this run used, except values that only follow another answer, and the interface language. */
function configToStore(answers: Answers, areas: readonly Area[], gathered: Gathered, lang: Lang): Record<string, unknown> {
  const following = ANSWER_KEYS.filter((key) => specOf(key).follows !== undefined);
  const derived = validateAnswers({ ...answers, ...Object.fromEntries(following.map((key) => [key, undefined])) }, { lang, keys: [], publiccode: false }).answers;
  const followsDefault = (key: AnswerKey) => following.includes(key) && derived[key] === answers[key];
  const empty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  const keys = keysForAreas(areas).filter((key) => !followsDefault(key) && (!empty(answers[key]) || specOf(key).storeEmpty === true));
  return {
    // An optional answer left empty is stored empty, so that a later run does not ask it again.
    ...Object.fromEntries(keys.map((key) => [key, answers[key] ?? ''])),
    ...(gathered.presetSpec ? { preset: gathered.presetSpec } : {}),
    [INTERFACE_LANG_KEY]: lang,
    areas: AREAS.filter((area) => areas.includes(area) || storedAreas(gathered).includes(area)),
  };
}

/**
 * The answers .yo-rc.json keeps. In --yes mode without --force, a run that kept existing files
 * keeps the answers stored for them too: the stored answers keep describing the files, and the
 * same run with --force later applies the change.
 */
export function answersToStore(answers: Answers, areas: readonly Area[], gathered: Gathered, lang: Lang, plan: WritePlan, options: { yes: boolean; force: boolean }): { config: Record<string, unknown>; deferred: string[] } {
  const config = configToStore(answers, areas, gathered, lang);
  // A file kept as it is (changed, or obsolete) is still described by the stored answers: they stay.
  const kept = options.yes && !options.force && plan.steps.some((step) => step.action === 'keep' || step.action === 'keep-obsolete');
  if (!kept) return { config, deferred: [] };
  const deferred: string[] = [];
  for (const [key, value] of Object.entries(gathered.sources.stored)) {
    if (key in config && JSON.stringify(config[key]) !== JSON.stringify(value)) {
      config[key] = value;
      deferred.push(key);
    }
  }
  return { config, deferred };
}
