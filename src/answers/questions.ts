import { suggestedLicence } from './licence-suggestion.js';
import type { Lang } from '../policy/enums.js';
import { msg } from '../i18n/message.js';
import type { MessageId } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import { CATEGORIES } from '../publiccode/data/categories.js';
import { SCOPES } from '../publiccode/data/scopes.js';
import { labelOf, searchLabelled } from './choices.js';
import type { ChoiceContext } from './choices.js';
import { specOf } from './keys.js';
import { questionOf } from './question.js';
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

export interface QuestionContext extends ChoiceContext {
  publiccode: boolean;
}

/** The keys asked as a search, one value at a time (the standard's long lists). */
export type SearchKey = 'categories' | 'scope';

const SEARCHED: Record<SearchKey, { values: readonly string[]; more: MessageId; done: MessageId }> = {
  categories: { values: CATEGORIES, more: 'question.category.more', done: 'question.category.done' },
  scope: { values: SCOPES, more: 'question.scope.more', done: 'question.scope.done' },
};

/** One search among a long list (106 categories, 24 scopes), by French or English words, asked again until the user picks "done"; `chosen` are the values already picked. */
export function buildSearchQuestion(key: SearchKey, lang: Lang, chosen: readonly string[]): Question {
  const { values, more, done: doneMessage } = SEARCHED[key];
  return {
    type: 'search',
    name: key,
    message: render(chosen.length === 0 ? questionOf(key) : msg(more), lang),
    source: async (term) => {
      const wanted = (term ?? '').trim();
      const matches = searchLabelled(values, wanted).filter((value) => !chosen.includes(value));
      const done = { value: '', name: render(msg(doneMessage), lang) };
      const choices = matches.map((value) => ({ value, name: labelOf(values, value, lang) }));
      return wanted === '' ? [done, ...choices] : [...choices, done];
    },
  };
}

/** The question for one key, as the registry declares it, validated with the same rules as flags and answers files. */
export function buildQuestion(key: AnswerKey, context: QuestionContext): Question {
  const prompt = specOf(key).prompt;
  if (prompt === 'never' || prompt.type === 'search') throw new Error(`${key} is not asked with a single question`);
  const question: Question = { type: prompt.type, name: key, message: render(questionOf(key), context.lang) };
  const value = context.defaults[key];
  const fallback = 'show' in prompt && prompt.show && value !== undefined ? prompt.show(value) : value;
  if (fallback !== undefined && fallback !== '') question.default = fallback;
  else if (key === 'licence') question.default = suggestedLicence(context.known).id;
  if ('choices' in prompt) question.choices = prompt.choices(context);
  if ('filter' in prompt && prompt.filter) question.filter = prompt.filter;
  if (prompt.type === 'checkbox') {
    question.validate = (answer) => (!prompt.atLeastOne || (Array.isArray(answer) && answer.length > 0) ? true : render(msg('question.atLeastOnePlatform'), context.lang));
  }
  if (prompt.type === 'input') {
    question.validate = (answer) => {
      const candidate = { ...context.known, [key]: answer };
      const { problems } = validateAnswers(candidate, { lang: context.lang, keys: [key], publiccode: context.publiccode });
      const problem = problems.find((p) => p.key === key);
      return problem ? render(problem.message, context.lang) : true;
    };
  }
  return question;
}
