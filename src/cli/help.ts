import { AREAS } from '../policy/areas.js';
import { ANSWER_KEYS, BOOLEAN_KEYS } from '../answers/keys.js';
import { flagOf } from '../answers/flags.js';
import { searchLabelled, wordsOf } from '../answers/choices.js';
import { questionOf } from '../answers/question.js';
import type { AnswerKey } from '../answers/types.js';
import type { MessageId } from '../i18n/message.js';
import { render, translator } from '../i18n/render.js';
import { DEVELOPMENT_STATUSES, FORGES, LANGUAGE_SETS, MAINTENANCE_TYPES, OPENNESS_LEVELS, SOFTWARE_TYPES, SUGGESTED_PLATFORMS } from '../policy/enums.js';
import type { Lang } from '../policy/enums.js';
import { CODE_LICENCE_IDS } from '../policy/licence-input.js';
import { CATEGORIES } from '../publiccode/data/categories.js';
import { CATEGORIES_SOURCE } from '../publiccode/data/category-labels.js';
import { SCOPES } from '../publiccode/data/scopes.js';
import { SCOPES_SOURCE } from '../publiccode/data/scope-labels.js';
import { RUN_OPTIONS } from './args.js';
import type { RunOption } from './args.js';
import { helpTopic } from './help-file.js';

type Translate = ReturnType<typeof translator>;

/** The lists too long for `--help` itself: `codegouv --help categories [word]`. */
const TOPICS = {
  categories: { values: CATEGORIES, source: CATEGORIES_SOURCE, title: 'labels.help.categories' },
  scopes: { values: SCOPES, source: SCOPES_SOURCE, title: 'labels.help.scopes' },
} as const;
type Topic = keyof typeof TOPICS;

const pointer = (t: Translate, topic: Topic) => t('labels.help.longList', { count: TOPICS[topic].values.length, command: `codegouv --help ${topic}` });

/** The allowed values of each option with enumerated values (a test checks that every select, checkbox and search has one). */
const ALLOWED: Partial<Record<AnswerKey, (t: Translate) => string>> = {
  categories: (t) => pointer(t, 'categories'),
  scope: (t) => pointer(t, 'scopes'),
  licence: () => CODE_LICENCE_IDS.join(', '),
  docsLicence: (t) => t('labels.help.docsLicence'),
  forge: () => FORGES.join(', '),
  developmentStatus: () => DEVELOPMENT_STATUSES.join(', '),
  softwareType: () => SOFTWARE_TYPES.join(', '),
  platforms: (t) => t('labels.help.openList', { values: SUGGESTED_PLATFORMS }),
  maintenanceType: () => MAINTENANCE_TYPES.join(', '),
  // The values hold commas: `|` separates them.
  languages: () => LANGUAGE_SETS.map((set) => set.join(',')).join(' | '),
  openness: () => OPENNESS_LEVELS.join(', '),
};

const WIDTH = 100;
const INDENT = 34;

/** `  --flag …   text`, the text folded at word boundaries under its own column. */
function row(flag: string, text: string): string[] {
  const lines: string[] = [];
  let line = `  ${flag}`.padEnd(INDENT);
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > WIDTH && line.trim() !== flag) {
      lines.push(line.trimEnd());
      line = ' '.repeat(INDENT);
    }
    line += line.endsWith(' ') ? word : ` ${word}`;
  }
  return [...lines, line.trimEnd()];
}

function topicText(lang: Lang, topic: Topic, term: string): string {
  const t = translator(lang);
  const { values, source, title } = TOPICS[topic];
  const found = term === '' ? values : searchLabelled(values, term);
  const width = Math.max(...values.map((value) => value.length)) + 4;
  // The value leads, as the option takes it; its words follow.
  const list = found.length === 0 ? [t('labels.help.noMatch', { term })] : found.map((value) => `  ${value.padEnd(width)}${wordsOf(values, value, lang) ?? ''}`.trimEnd());
  return [t(title, { count: values.length }), t('labels.help.search', { topic }), '', ...list, '', t('labels.help.source', { url: source }), ''].join('\n');
}

/**
 * `codegouv --help`, in the interface language; `codegouv --help categories|scopes [word]`
 * lists those values with their words, or those a word finds.
 */
export function helpText(lang: Lang, argv: readonly string[] = []): string {
  const asked = helpTopic(argv);
  if (asked) {
    // The words after the topic, up to the next option (`--lang en` is not searched for).
    const rest = argv.slice(asked.wordsFrom);
    const end = rest.findIndex((arg) => arg.startsWith('-'));
    const term = (end < 0 ? rest : rest.slice(0, end)).join(' ');
    return topicText(lang, asked.topic, term);
  }
  const t = translator(lang);
  const shown = (option: RunOption) => {
    if (option.value) return option.value.startsWith('--') ? option.value : t(option.value as MessageId);
    return option.short ? `-${option.short}, --${option.name}` : `--${option.name}`;
  };
  const options = RUN_OPTIONS.filter((option) => option.help).map((option) => [shown(option), t(option.help!)] as const);
  const answer = (key: AnswerKey) => {
    // The category question says « type to search », which a flag cannot do.
    const question = key === 'categories' ? t('labels.help.categoriesFlag') : render(questionOf(key), lang);
    const allowed = ALLOWED[key];
    return row(`${flagOf(key)}${BOOLEAN_KEYS.includes(key) ? '' : ' …'}`, allowed ? t('labels.help.allowed', { question, values: allowed(t) }) : question);
  };
  return [
    t('help.usage'),
    '  codegouv [options]                 (app)',
    `  codegouv <${AREAS.join('|')}> [options]`,
    `  codegouv check [--format text|json|sarif|codequality|html] [--lang fr|en] [--commits RANGE] [DIR|publiccode.yml...]`,
    `                                     ${t('help.check')}`,
    '  codegouv fleet merge REPORT... | fleet matrix --shards N LIST',
    `                                     ${t('fleet.help.line')}`,
    '  codegouv apply --preset P [--write] [--push REMOTE] REPO... [-- OPTIONS]',
    `                                     ${t('apply.help.line')}`,
    `  codegouv --help categories|scopes [${t('labels.help.word')}]`,
    `                                     ${t('labels.help.topics')}`,
    '',
    `${t('help.areas')} ${AREAS.join(', ')}`,
    '',
    t('help.run'),
    ...options.flatMap(([flag, text]) => row(flag, text)),
    '',
    t('help.answers'),
    ...ANSWER_KEYS.flatMap(answer),
    '',
  ].join('\n');
}
