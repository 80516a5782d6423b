import { CODE_OF_CONDUCT_LICENCE } from '../policy/licences.js';
import { annotate } from './reuse-annotate.js';
import { DOCUMENT_BASES } from './documents.js';
import { renderTemplate } from './markdown.js';
import { frenchPhrases } from './french-phrases.js';
import { copyrightOf, docName, documentVariants } from './context.js';
import type { AreaPlan, PlanContext } from './context.js';

/** The Contributor Covenant's own rights holders (its text is CC-BY-4.0, see templates/PROVENANCE.md). */
const COVENANT_COPYRIGHT = 'Contributor Covenant contributors <https://www.contributor-covenant.org>';

export function planCodeOfConduct({ answers }: PlanContext): AreaPlan {
  const files = documentVariants(answers).flatMap(({ lang }) => {
    const data = { contact: `<${answers.conductEmail}>`, title: answers.title, fr: frenchPhrases };
    const template = `code-of-conduct/CODE_OF_CONDUCT.${lang}.md.ejs`;
    const body = renderTemplate(template, data);
    return annotate(docName(DOCUMENT_BASES.codeOfConduct, answers, lang), body, {
      copyright: [COVENANT_COPYRIGHT, copyrightOf(answers)],
      licence: CODE_OF_CONDUCT_LICENCE,
    }).map((file, index) => (index === 0 ? { ...file, template } : file));
  });
  return { files, licences: [CODE_OF_CONDUCT_LICENCE], todo: [] };
}
