import { translator } from '../i18n/render.js';
import { LANGUAGE_SETS, SUGGESTED_PLATFORMS } from '../policy/enums.js';
import type { Lang } from '../policy/enums.js';
import { AUTHORISED_LICENCES, DEFAULT_LICENCE } from '../policy/licences.js';
import { SCOPES } from '../publiccode/data/scopes.js';
import type { RawAnswers } from './types.js';
import { licenceAdviceLines } from './licence-suggestion.js';

/** What a question's choices may depend on. */
export interface ChoiceContext {
  lang: Lang;
  /** Answers known before the prompt (higher sources and earlier questions). */
  known: RawAnswers;
  /** The same, with every default applied. */
  defaults: RawAnswers;
  separator: (text: string) => unknown;
}

/** Permissive licences first, as the policy advises, then those with reciprocity. */
export function licenceChoices(context: ChoiceContext): unknown[] {
  const t = translator(context.lang);
  const hint = (id: string) => (id === DEFAULT_LICENCE ? t('licenceChoice.defaultHint') : id === 'AGPL-3.0-or-later' ? t('licenceChoice.agplHint') : undefined);
  const choice = (id: string, name: string) => {
    const description = hint(id);
    return { value: id, name: description ? `${id} — ${name} (${description})` : `${id} — ${name}` };
  };
  return [
    ...licenceAdviceLines(context.known, context.lang).map((line) => context.separator(line)),
    context.separator(t('licenceChoice.permissive')),
    ...AUTHORISED_LICENCES.filter((l) => l.family === 'permissive').map((l) => choice(l.id, l.name)),
    context.separator(`${t('licenceChoice.reciprocal')} (${t('licenceChoice.reciprocityHint')})`),
    ...AUTHORISED_LICENCES.filter((l) => l.family === 'reciprocal').map((l) => choice(l.id, l.name)),
  ];
}

export function docsLicenceChoices(context: ChoiceContext): unknown[] {
  const t = translator(context.lang);
  const code = String(context.known.licence ?? DEFAULT_LICENCE);
  return [
    { value: code, name: `${code} — ${t('licenceChoice.sameAsCode')}` },
    ...(code === 'etalab-2.0' ? [] : [{ value: 'etalab-2.0', name: `etalab-2.0 — ${t('licenceChoice.etalab')}` }]),
  ];
}

export const enumChoices = (values: readonly string[]) => (): unknown[] => [...values];

export function languageChoices(): unknown[] {
  return LANGUAGE_SETS.map((set) => ({ value: set.join(','), name: set.join(', ') }));
}

export function scopeChoices(context: ChoiceContext): unknown[] {
  return SCOPES.map((value) => ({ value, checked: ((context.defaults.scope as string[] | undefined) ?? []).includes(value) }));
}

export function platformChoices(context: ChoiceContext): unknown[] {
  return SUGGESTED_PLATFORMS.map((value) => ({ value, checked: ((context.defaults.platforms as string[] | undefined) ?? ['web']).includes(value) }));
}
