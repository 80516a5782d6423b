import { translator } from '../i18n/render.js';
import {
  DEVELOPMENT_STATUSES, FORGES, LANGUAGE_SETS, MAINTENANCE_TYPES, OPENNESS_LEVELS, SOFTWARE_TYPES, SUGGESTED_PLATFORMS,
} from '../policy/enums.js';
import type { Lang } from '../policy/enums.js';
import {
  DEVELOPMENT_STATUS_LABELS, DOCUMENT_LANGUAGE_LABELS, FORGE_LABELS, MAINTENANCE_TYPE_LABELS, OPENNESS_LABELS, PLATFORM_LABELS, SOFTWARE_TYPE_LABELS,
} from '../policy/enum-labels.js';
import { AUTHORISED_LICENCES, DEFAULT_LICENCE } from '../policy/licences.js';
import { CATEGORIES } from '../publiccode/data/categories.js';
import { CATEGORY_LABELS } from '../publiccode/data/category-labels.js';
import { SCOPES } from '../publiccode/data/scopes.js';
import { SCOPE_LABELS } from '../publiccode/data/scope-labels.js';
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

type LabelTable = Readonly<Record<string, Readonly<Record<Lang, string>>>>;

/** An enumeration's words, found from the enumeration itself (the registry names the values). */
const LABELS_OF = new Map<readonly string[], LabelTable>([
  [DEVELOPMENT_STATUSES, DEVELOPMENT_STATUS_LABELS],
  [SOFTWARE_TYPES, SOFTWARE_TYPE_LABELS],
  [MAINTENANCE_TYPES, MAINTENANCE_TYPE_LABELS],
  [FORGES, FORGE_LABELS],
  [OPENNESS_LEVELS, OPENNESS_LABELS],
  [SUGGESTED_PLATFORMS, PLATFORM_LABELS],
  [CATEGORIES, CATEGORY_LABELS],
  [SCOPES, SCOPE_LABELS],
]);

/** What a value of an enumeration means, in words of `lang`; undefined for a value with no words (a typo, an open list). */
export function wordsOf(values: readonly string[], value: string, lang: Lang): string | undefined {
  return LABELS_OF.get(values)?.[value]?.[lang];
}

/** « En développement (development) »: the words first, the value that is stored after them. */
export function labelOf(values: readonly string[], value: string, lang: Lang): string {
  const words = wordsOf(values, value, lang);
  return words === undefined || words === value ? value : `${words} (${value})`;
}

/** A licence's usual name in the interface language, as a list shows it: « Licence MIT », « Contrat de licence de logiciel libre CeCILL-B ». */
function shownName(licence: { name: string; nameFr: string }, lang: Lang): string {
  if (lang !== 'fr') return licence.name;
  const bare = licence.nameFr.replace(/^(?:la |le |l')/u, '');
  return `${bare.charAt(0).toUpperCase()}${bare.slice(1)}`;
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
    ...AUTHORISED_LICENCES.filter((l) => l.family === 'permissive').map((l) => choice(l.id, shownName(l, context.lang))),
    context.separator(`${t('licenceChoice.reciprocal')} (${t('licenceChoice.reciprocityHint')})`),
    ...AUTHORISED_LICENCES.filter((l) => l.family === 'reciprocal').map((l) => choice(l.id, shownName(l, context.lang))),
  ];
}

export function docsLicenceChoices(context: ChoiceContext): unknown[] {
  const t = translator(context.lang);
  const code = String(context.known.licence ?? DEFAULT_LICENCE);
  return [
    { value: code, name: t('labels.docsLicence.sameAsCode', { licence: code }) },
    ...(code === 'etalab-2.0' ? [] : [{ value: 'etalab-2.0', name: `${t('licenceChoice.etalab')} (etalab-2.0)` }]),
  ];
}

/** The values of an enumeration, each with its words in the interface language. */
export const enumChoices = (values: readonly string[]) => (context: ChoiceContext): unknown[] =>
  values.map((value) => ({ value, name: labelOf(values, value, context.lang) }));

export function languageChoices(context: ChoiceContext): unknown[] {
  return LANGUAGE_SETS.map((set) => {
    const value = set.join(',') as keyof typeof DOCUMENT_LANGUAGE_LABELS;
    return { value, name: `${DOCUMENT_LANGUAGE_LABELS[value][context.lang]} (${set.join(', ')})` };
  });
}

export function platformChoices(context: ChoiceContext): unknown[] {
  const chosen = (context.defaults.platforms as string[] | undefined) ?? ['web'];
  return SUGGESTED_PLATFORMS.map((value) => ({ value, name: labelOf(SUGGESTED_PLATFORMS, value, context.lang), checked: chosen.includes(value) }));
}

/** Lower case, without accents or other marks: « Santé » and « sante » are the same word. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, folded: « Santé, éducation » gives sante, education. */
function wordsIn(text: string): string[] {
  return folded(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/**
 * The values whose value or label (in French or in English, whatever the interface language)
 * has, for every word of `term`, a word that starts with it, accents and case ignored, in the
 * list's order (« paie » finds « paiement », « sig » does not find « design »). Plain string
 * tests: what the user types is never made into a pattern.
 */
export function searchLabelled(values: readonly string[], term: string): string[] {
  const wanted = wordsIn(term);
  const labels = LABELS_OF.get(values);
  return values.filter((value) => {
    const words = wordsIn([value, labels?.[value]?.fr ?? '', labels?.[value]?.en ?? ''].join(' '));
    return wanted.every((prefix) => words.some((word) => word.startsWith(prefix)));
  });
}
