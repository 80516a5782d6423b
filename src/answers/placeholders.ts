import type { RawAnswers } from './types.js';

/**
 * Texts that templates, scaffolders and hurried maintainers leave where a description should
 * be: never a description, a long description or a feature. Compared whole, after case, accents,
 * punctuation and spacing are set aside, so that « Description du projet. » is caught too.
 * Sources: the default texts of `npm init`, `cargo new`, `composer create-project
 * laravel/laravel` (https://github.com/laravel/laravel/blob/11.x/composer.json), R's
 * `usethis::create_package` (https://github.com/r-lib/usethis/blob/main/R/description.R) and
 * PyScaffold, and the filler typed to get past a required question.
 */
const PLACEHOLDERS: readonly string[] = [
  // English
  'todo', 'tbd', 'fixme', 'xxx', 'n/a', 'na', 'none', 'null', 'undefined', 'test', 'description',
  'add a description', 'add description', 'add a description here', 'a short description', 'short description',
  'a description', 'description here', 'description goes here', 'your description here', 'insert description here',
  'project description', 'my project', 'my app', 'my application', 'my awesome project', 'a new project',
  'a new flutter project', 'add a short description here', 'lorem ipsum', 'what the package does (one line, title case)',
  'what the package does (one paragraph)', 'the laravel framework', 'the skeleton application for the laravel framework',
  'a laravel project', 'a symfony project', 'add your description here', 'coming soon', 'work in progress', 'wip',
  // French
  'a faire', 'a completer', 'a remplir', 'description', 'description du projet', 'description courte', 'courte description',
  'une courte description', 'une description', 'ajouter une description', 'ajoutez une description', 'mon projet',
  'mon application', 'texte a completer', 'en construction', 'en cours', 'bientot',
];

/** The comparable core of a text: lower case, no accents, no punctuation at either end, single spaces. */
function core(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

const EDGE = new Set([...' .…:;!?*_"\'«»-']);

/** Without the spaces and punctuation at either end (a scan, not a regular expression: `[…]+$` backtracks). */
function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE.has(text[start]!)) start++;
  while (end > start && EDGE.has(text[end - 1]!)) end--;
  return text.slice(start, end);
}

const comparable = (text: string) => trimEdges(core(text));
const SET = new Set(PLACEHOLDERS.map(comparable));

/** Whether `text` says nothing of the project: a known placeholder, Lorem ipsum, or nothing but punctuation. */
export function isPlaceholder(text: string): boolean {
  const value = comparable(text);
  return value === '' || SET.has(value) || value.startsWith('lorem ipsum') || value.startsWith('todo ') || value.startsWith('todo:');
}

const TEXT_KEYS = ['description', 'longDescription', 'descriptionEn', 'longDescriptionEn', 'descriptionFr', 'longDescriptionFr'] as const;
const LIST_KEYS = ['features', 'featuresEn', 'featuresFr'] as const;

/** Inferred answers without the placeholders (a list keeps its real items; a list of placeholders goes). */
export function withoutPlaceholders(inferred: RawAnswers): RawAnswers {
  const kept: RawAnswers = { ...inferred };
  for (const key of TEXT_KEYS) {
    const value = kept[key];
    if (typeof value === 'string' && isPlaceholder(value)) delete kept[key];
  }
  for (const key of LIST_KEYS) {
    const value = kept[key];
    if (!Array.isArray(value)) continue;
    const real = value.filter((item) => typeof item !== 'string' || !isPlaceholder(item));
    if (real.length === 0) delete kept[key];
    else kept[key] = real;
  }
  return kept;
}
