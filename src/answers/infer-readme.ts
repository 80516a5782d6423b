import { countGraphemes } from '../publiccode/graphemes.js';
import { LONG_DESCRIPTION_MAX, LONG_DESCRIPTION_MIN, SHORT_DESCRIPTION_MAX } from '../publiccode/description-rules.js';
import { readText } from '../repo/read.js';
import type { Lang } from '../policy/enums.js';
import { type Block, markdownBlocks } from './markdown-blocks.js';
import { plainText } from './markdown-inline.js';
import { isPlaceholder } from './placeholders.js';
import type { RawAnswers } from './types.js';

/**
 * What a README's opening already says: its first real paragraph (description), the paragraphs
 * around it (long description), the list under « Fonctionnalités » / "Features" (features) and
 * the language it is written in. Nothing is taken from sections about installing, using,
 * contributing or the licence, nor after the first code block of the opening.
 */

/** Where forges look for a README, in the order they prefer (the French one before a `.fr` copy). */
const README_NAMES = ['README.md', 'readme.md', 'Readme.md', 'README.markdown', 'README', 'README.txt', 'README.fr.md'];

/** The shortest opening we take as a description: a few words, not a link or a name. */
const MIN_DESCRIPTION_WORDS = 4;
const MIN_DESCRIPTION_GRAPHEMES = 20;
/** The publiccode.yml standard asks each feature to be short (https://yml.publiccode.tools/schema.core.html#key-description-lang-features). */
const MAX_FEATURE_GRAPHEMES = 100;
const MAX_FEATURES = 20;

const normalise = (text: string) => plainText(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const words = (text: string) => normalise(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Sections whose text is not a presentation of the project (matched on the start of a heading's words). */
const OFF_TOPIC_WORDS = [
  'install', 'setup', 'usage', 'utilisation', 'prerequis', 'prerequisite', 'requirement', 'dependenc', 'build', 'compil',
  'developpement', 'development', 'developer', 'developpeur', 'deploy', 'deploiement', 'contribut', 'licen', 'test', 'documentation',
  'docs', 'changelog', 'news', 'nouveaute', 'release', 'sommaire', 'contents', 'credit', 'remerciement', 'thank', 'support', 'contact',
  'configur', 'faq', 'screenshot', 'capture', 'roadmap', 'author', 'auteur', 'maintainer', 'lancement', 'running', 'glossa', 'migration',
];
const OFF_TOPIC_PHRASES = ['getting started', 'quick start', 'table des matieres', 'nouvelle fonctionnalite', 'new feature', 'how to', 'mise en oeuvre'];
const FEATURE_WORDS = ['feature', 'fonctionnalite', 'functionalit', 'capabilit', 'fonctions'];
const FEATURE_PHRASES = ['ce que fait', 'what it does', 'ce que permet'];

function offTopic(heading: string): boolean {
  const text = words(heading).join(' ');
  return OFF_TOPIC_PHRASES.some((phrase) => text.includes(phrase)) || words(heading).some((word) => OFF_TOPIC_WORDS.some((stem) => word.startsWith(stem)));
}

function aboutFeatures(heading: string): boolean {
  const text = words(heading).join(' ');
  return FEATURE_PHRASES.some((phrase) => text.includes(phrase)) || words(heading).some((word) => FEATURE_WORDS.some((stem) => word.startsWith(stem)));
}

/** Small stop-word lists: enough to tell French from English prose, the two languages of the policy's documents. */
const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'de', 'est', 'une', 'un', 'et', 'pour', 'dans', 'sur', 'avec', 'qui', 'que', 'au', 'aux', 'par', 'ce', 'cette', 'sont', 'ou', 'vous', 'nous', 'pas', 'il', 'elle']),
  en: new Set(['the', 'is', 'and', 'of', 'to', 'for', 'in', 'with', 'that', 'this', 'are', 'on', 'by', 'an', 'it', 'be', 'from', 'as', 'which', 'you', 'can', 'your', 'its']),
};
const MIN_STOP_WORDS = 5;

/** French or English when one clearly dominates (twice the other's stop words, and enough of them). */
function proseLanguage(text: string): Lang | undefined {
  const counts = { fr: 0, en: 0 };
  for (const word of words(text)) {
    if (STOP_WORDS.fr.has(word)) counts.fr++;
    if (STOP_WORDS.en.has(word)) counts.en++;
  }
  if (counts.fr >= MIN_STOP_WORDS && counts.fr >= 2 * counts.en) return 'fr';
  if (counts.en >= MIN_STOP_WORDS && counts.en >= 2 * counts.fr) return 'en';
  return undefined;
}

const isSentenceEnd = (text: string, index: number) =>
  (text[index] === '.' || text[index] === '!' || text[index] === '?') && (index + 1 === text.length || text[index + 1] === ' ') && text[index - 1] !== '.';

/** At most the shortDescription limit: whole sentences, else up to a comma or a word, with an ellipsis. */
function shortened(text: string, max = SHORT_DESCRIPTION_MAX): string {
  if (countGraphemes(text) <= max) return text;
  let sentences = '';
  for (let index = 0; index < text.length; index++) {
    if (!isSentenceEnd(text, index)) continue;
    const candidate = text.slice(0, index + 1);
    if (countGraphemes(candidate) > max) break;
    sentences = candidate;
  }
  if (countGraphemes(sentences) >= MIN_DESCRIPTION_GRAPHEMES) return sentences;
  const room = [...text].slice(0, max - 1).join('');
  const clause = Math.max(room.lastIndexOf(', '), room.lastIndexOf('; '), room.lastIndexOf(' ('));
  const cut = clause >= max / 2 ? clause : room.lastIndexOf(' ');
  return `${room.slice(0, cut > 0 ? cut : room.length).trimEnd()}…`;
}

function meaningful(text: string): boolean {
  return countGraphemes(text) >= MIN_DESCRIPTION_GRAPHEMES && words(text).length >= MIN_DESCRIPTION_WORDS && !isPlaceholder(text) && !text.endsWith(':');
}

function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A list item as a publiccode.yml feature: plain and short (its bold lead term, or cut at a clause, when the item is long). */
function feature(item: string): string | undefined {
  const text = withoutTrailing(plainText(item), ' ;,.');
  if (text === '' || isPlaceholder(text)) return undefined;
  if (countGraphemes(text) <= MAX_FEATURE_GRAPHEMES) return text;
  // "**Management tool**: manage paths, …": the bold term names the feature.
  const bold = item.startsWith('**') ? item.indexOf('**', 2) : -1;
  const term = bold > 2 ? withoutTrailing(plainText(item.slice(2, bold)), ' :') : '';
  return term !== '' && countGraphemes(term) <= MAX_FEATURE_GRAPHEMES ? term : shortened(text, MAX_FEATURE_GRAPHEMES);
}

function features(items: readonly string[]): string[] | undefined {
  const list = items.map(feature).filter((item): item is string => item !== undefined).slice(0, MAX_FEATURES);
  return list.length > 0 ? list : undefined;
}

interface Opening {
  description?: string;
  longDescription?: string;
  features?: string[];
  prose: string;
}

/** The blocks each on-topic section holds, in order, with the heading above them. */
function sections(blocks: readonly Block[]): { heading?: string; blocks: Block[] }[] {
  const found: { heading?: string; blocks: Block[] }[] = [{ blocks: [] }];
  let offTopicLevel: number | undefined;
  let title = true;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (offTopicLevel !== undefined && block.level > offTopicLevel) continue;
      // The title names the project, whatever its words.
      offTopicLevel = !title && offTopic(block.text) ? block.level : undefined;
      title = false;
      if (offTopicLevel === undefined) found.push({ heading: block.text, blocks: [] });
      continue;
    }
    if (offTopicLevel === undefined) found.at(-1)!.blocks.push(block);
  }
  return found;
}

const listText = (items: readonly string[]) => items.map((item) => `- ${plainText(item)}`).join('\n');

function opening(blocks: readonly Block[]): Opening {
  const result: Opening = { prose: '' };
  let openingDone = false;
  for (const section of sections(blocks)) {
    if (!result.features && section.heading !== undefined && aboutFeatures(section.heading)) {
      const list = section.blocks.find((block) => block.kind === 'list');
      if (list?.kind === 'list') result.features = features(list.items);
    }
    if (openingDone) continue;
    const start = section.blocks.findIndex((block) => block.kind === 'paragraph' && meaningful(plainText(block.text)));
    if (start === -1) {
      if (section.blocks.some((block) => block.kind === 'code')) openingDone = true;
      continue;
    }
    if (section.blocks.slice(0, start).some((block) => block.kind === 'code' || block.kind === 'table')) {
      openingDone = true;
      continue;
    }
    openingDone = true;
    const first = plainText((section.blocks[start] as { text: string }).text);
    result.description = shortened(first);
    const parts: string[] = [];
    let length = 0;
    for (const block of section.blocks.slice(start)) {
      if (block.kind === 'code' || block.kind === 'table') break;
      if (block.kind === 'heading') continue;
      const part = block.kind === 'paragraph' ? plainText(block.text) : listText(block.items);
      if (part === '') continue;
      if (length + countGraphemes(part) + 2 > LONG_DESCRIPTION_MAX) break;
      // A list the opening introduces (« … les opérations suivantes : ») is what the project does.
      if (block.kind === 'list' && !result.features && parts.at(-1)?.endsWith(':')) result.features = features(block.items);
      parts.push(part);
      length += countGraphemes(part) + 2;
    }
    const long = parts.join('\n\n');
    if (countGraphemes(long) >= LONG_DESCRIPTION_MIN && !isPlaceholder(long)) result.longDescription = long;
    result.prose = parts.join(' ');
  }
  return result;
}

export interface ReadmeInference {
  /** The README's path, as the run's summary names it. */
  file?: string;
  answers: RawAnswers;
}

/** What the root README says, as answers; nothing when there is none or it cannot be read safely. */
export function readmeAnswers(cwd: string): ReadmeInference {
  for (const file of README_NAMES) {
    const read = readText(cwd, file);
    if (!read.ok) continue;
    const blocks = markdownBlocks(read.text);
    const found = opening(blocks);
    const answers: RawAnswers = {};
    if (found.description) answers.description = found.description;
    if (found.longDescription) answers.longDescription = found.longDescription;
    if (found.features) answers.features = found.features;
    // An opening in HTML (a centred logo and badges) says little: then the whole README's prose decides.
    const language = proseLanguage(found.prose) ?? proseLanguage(blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.kind === 'list' ? block.items : [])).join(' '));
    if (language) answers.languages = [language];
    return { file, answers };
  }
  return { answers: {} };
}
