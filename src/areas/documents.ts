import { findAuthorisedLicence } from '../policy/licences.js';
import { OPENNESS_BADGES, OPENNESS_DOC_URL } from '../policy/enums.js';
import type { Answers } from '../answers/types.js';
import { localisedTexts } from '../answers/localised.js';
import type { Lang } from '../policy/enums.js';
import { annotate } from './reuse-annotate.js';
import { renderTemplate } from './markdown.js';
import { copyrightOf, docName, documentVariants } from './context.js';
import type { PlannedFile } from './types.js';
import { mainLicenceFileName } from './licence.js';

const LICENCE_NAMES: Readonly<Record<string, string>> = {
  'etalab-2.0': 'Licence Ouverte 2.0 (Etalab)',
  'CC-BY-4.0': 'Creative Commons Attribution 4.0 International',
};

function licenceName(id: string): string {
  return findAuthorisedLicence(id)?.name ?? LICENCE_NAMES[id] ?? id;
}

/** Everything a Markdown template may use, for one language. */
function templateData(answers: Answers, lang: Lang): Record<string, unknown> {
  return {
    a: answers,
    lang,
    texts: localisedTexts(answers, lang),
    doc: (base: string) => docName(base, answers, lang),
    licenceFile: mainLicenceFileName(answers),
    licenceName: licenceName(answers.licence),
    reciprocal: findAuthorisedLicence(answers.licence)?.family === 'reciprocal',
    docsLicenceName: licenceName(answers.docsLicence),
    badge: OPENNESS_BADGES[answers.openness],
    opennessUrl: OPENNESS_DOC_URL,
    otherLanguages: documentVariants(answers).filter((variant) => variant.lang !== lang),
  };
}

/**
 * One governance document in every document language: `templates/<area>/<base>.<lang>.md.ejs`
 * rendered to `<base>.md` (primary language) and `<base>.<lang>.md`, each with its REUSE header.
 */
export function planDocument(area: string, base: string, answers: Answers, licence = answers.docsLicence): PlannedFile[] {
  return documentVariants(answers).flatMap(({ lang }) => {
    const body = renderTemplate(`${area}/${base}.${lang}.md.ejs`, templateData(answers, lang));
    return annotate(docName(base, answers, lang), body, { copyright: [copyrightOf(answers)], licence });
  });
}
