import { AUTHORISED_LICENCES, DEFAULT_LICENCE } from '../policy/licences.js';
import { DEVELOPMENT_STATUSES, FORGES, LANGUAGE_SETS, MAINTENANCE_TYPES, OPENNESS_LEVELS, SOFTWARE_TYPES, SUGGESTED_PLATFORMS } from '../policy/enums.js';
import type { Lang } from '../policy/enums.js';
import { LICENCE_CHOICE_TEXT, QUESTION_TEXT } from '../i18n/prompt-messages.js';
import { BOOLEAN_KEYS } from './keys.js';
import { CATEGORIES } from '../publiccode/data/categories.js';
import { SCOPES } from '../publiccode/data/scopes.js';
import { validateAnswers } from './validate.js';
import type { AnswerKey, RawAnswers } from './types.js';

export interface Question {
  type: 'input' | 'select' | 'checkbox' | 'confirm' | 'search';
  source?: (term: string | undefined) => Promise<unknown[]>;
  name: AnswerKey;
  message: string;
  default?: unknown;
  choices?: unknown[];
  validate?: (value: unknown, answers?: RawAnswers) => true | string;
  filter?: (value: unknown) => unknown;
}

export interface QuestionContext {
  lang: Lang;
  /** Answers known before the prompt (higher sources and defaults), used to validate dependent keys. */
  known: RawAnswers;
  defaults: RawAnswers;
  separator: (text: string) => unknown;
  publiccode: boolean;
}

function licenceChoices(context: QuestionContext): unknown[] {
  const text = LICENCE_CHOICE_TEXT[context.lang];
  const hint = (id: string) => (id === DEFAULT_LICENCE ? text.defaultHint : id === 'AGPL-3.0-or-later' ? text.agplHint : undefined);
  const choice = (id: string, name: string) => {
    const description = hint(id);
    return { value: id, name: description ? `${id} — ${name} (${description})` : `${id} — ${name}` };
  };
  return [
    context.separator(text.permissive),
    ...AUTHORISED_LICENCES.filter((l) => l.family === 'permissive').map((l) => choice(l.id, l.name)),
    context.separator(`${text.reciprocal} (${text.reciprocityHint})`),
    ...AUTHORISED_LICENCES.filter((l) => l.family === 'reciprocal').map((l) => choice(l.id, l.name)),
  ];
}

function choicesFor(key: AnswerKey, context: QuestionContext, current: RawAnswers): unknown[] | undefined {
  const text = LICENCE_CHOICE_TEXT[context.lang];
  switch (key) {
    case 'licence':
      return licenceChoices(context);
    case 'docsLicence': {
      const code = String(current.licence ?? context.known.licence ?? DEFAULT_LICENCE);
      return [
        { value: code, name: `${code} — ${text.sameAsCode}` },
        ...(code === 'etalab-2.0' ? [] : [{ value: 'etalab-2.0', name: `etalab-2.0 — ${text.etalab}` }]),
      ];
    }
    case 'forge':
      return [...FORGES];
    case 'developmentStatus':
      return [...DEVELOPMENT_STATUSES];
    case 'softwareType':
      return [...SOFTWARE_TYPES];
    case 'maintenanceType':
      return [...MAINTENANCE_TYPES];
    case 'openness':
      return [...OPENNESS_LEVELS];
    case 'languages':
      return LANGUAGE_SETS.map((set) => ({ value: set.join(','), name: set.join(', ') }));
    case 'scope':
      return SCOPES.map((value) => ({ value, checked: ((context.defaults.scope as string[] | undefined) ?? []).includes(value) }));
    case 'platforms':
      return SUGGESTED_PLATFORMS.map((value) => ({ value, checked: ((context.defaults.platforms as string[] | undefined) ?? ['web']).includes(value) }));
    default:
      return undefined;
  }
}

function typeOf(key: AnswerKey): Question['type'] {
  if (BOOLEAN_KEYS.includes(key)) return 'confirm';
  if (key === 'platforms' || key === 'scope') return 'checkbox';
  if (['licence', 'docsLicence', 'forge', 'developmentStatus', 'softwareType', 'maintenanceType', 'openness', 'languages'].includes(key)) return 'select';
  return 'input';
}


function defaultFor(key: AnswerKey, value: unknown): unknown {
  if (Array.isArray(value)) {
    if (key === 'features' || key === 'featuresEn' || key === 'featuresFr') return value.join('; ');
    if (key === 'languages') return value.join(',');
    if (key === 'contractors') return value.map((c: { name?: string; until?: string }) => `${c.name ?? ''}; ${c.until ?? ''}`)[0];
  }
  return value;
}

const AT_LEAST_ONE = { fr: 'Choisissez au moins une plateforme (espace pour cocher).', en: 'Choose at least one platform (space to tick).' };

const CATEGORY_TEXT = {
  fr: { done: '(fin : aucune autre catégorie)', more: 'Autre catégorie publiccode.yml (tapez pour chercher)' },
  en: { done: '(done: no other category)', more: 'Another publiccode.yml category (type to search)' },
};

/** A search over the standard's 106 categories; asked again until the user picks "done". */
export function buildCategoryQuestion(lang: Lang, chosen: readonly string[]): Question {
  const text = CATEGORY_TEXT[lang];
  return {
    type: 'search',
    name: 'categories',
    message: chosen.length === 0 ? QUESTION_TEXT[lang].categories : text.more,
    source: async (term) => {
      const wanted = (term ?? '').toLowerCase();
      const matches = CATEGORIES.filter((category) => !chosen.includes(category) && category.includes(wanted));
      const done = { value: '', name: text.done };
      const choices = matches.map((value) => ({ value, name: value }));
      return wanted === '' ? [done, ...choices] : [...choices, done];
    },
  };
}

/** The question for one key, validated with the same rules as flags and answers files. */
export function buildQuestion(key: AnswerKey, context: QuestionContext): Question {
  const type = typeOf(key);
  const question: Question = { type, name: key, message: QUESTION_TEXT[context.lang][key] };
  const fallback = defaultFor(key, context.defaults[key]);
  if (fallback !== undefined && fallback !== '') question.default = fallback;
  else if (key === 'licence') question.default = DEFAULT_LICENCE;
  const choices = choicesFor(key, context, context.known);
  if (choices) question.choices = choices;
  if (key === 'languages') question.filter = (value) => String(value).split(',');
  if (key === 'platforms' || key === 'scope') {
    question.validate = (value) => (key === 'scope' || (Array.isArray(value) && value.length > 0) ? true : AT_LEAST_ONE[context.lang]);
  }
  if (type === 'input') {
    question.validate = (value) => {
      const candidate = { ...context.known, [key]: value };
      const { problems } = validateAnswers(candidate, { lang: context.lang, keys: [key], publiccode: context.publiccode });
      const problem = problems.find((p) => p.key === key);
      return problem ? problem.message : true;
    };
  }
  return question;
}
