import { frenchPhraseParts } from '../i18n/grammar/french-names.js';
import type { FrenchPreposition } from '../i18n/grammar/french-names.js';
import { md } from './markdown.js';

/** `preposition` before a name, the name escaped for Markdown and otherwise exactly as typed. */
const inMarkdown = (preposition: FrenchPreposition) => (name: string): string => {
  const { lead, name: rest } = frenchPhraseParts(preposition, name);
  return `${lead}${md(rest)}`;
};

/**
 * What French templates write before the administration's name or the project's title:
 * `fr.par(a.administration)` gives « par la Direction… », `fr.de(a.title)` « du Guichet ».
 * The English templates keep their own wording.
 */
export const frenchPhrases = {
  de: inMarkdown('de'),
  a: inMarkdown('à'),
  par: inMarkdown('par'),
  pour: inMarkdown('pour'),
  sur: inMarkdown('sur'),
} as const;
