import { findAuthorisedLicence, licenceNames } from '../policy/licences.js';
import { OPENNESS_BADGES, OPENNESS_DOC_URL } from '../policy/enums.js';
import type { Answers } from '../answers/types.js';
import { localisedTexts } from '../answers/localised.js';
import type { Lang } from '../policy/enums.js';
import { annotate } from './reuse-annotate.js';
import { renderTemplate } from './markdown.js';
import { frenchPhrases } from './french-phrases.js';
import { copyrightOf, docName, documentVariants } from './context.js';
import type { PlanContext } from './context.js';
import type { DocumentKind } from '../repo/documents.js';
import type { TeamFiles } from '../repo/team-files.js';
import type { PlannedFile } from './types.js';
import { mainLicenceFileName } from './licence.js';

const licenceName = (id: string, lang: Lang): string => licenceNames(id)?.[lang] ?? id;

/** The file name each governance document has when codegouv writes it (before the language suffix). */
export const DOCUMENT_BASES: Readonly<Record<DocumentKind, string>> = {
  readme: 'README',
  contributing: 'CONTRIBUTING',
  codeOfConduct: 'CODE_OF_CONDUCT',
  security: 'SECURITY',
};

const kindOfBase = (base: string) => (Object.keys(DOCUMENT_BASES) as DocumentKind[]).find((kind) => DOCUMENT_BASES[kind] === base);

/** Everything a Markdown template may use, for one language; links go to the team's own files where it has them. */
function templateData(answers: Answers, lang: Lang, team: TeamFiles): Record<string, unknown> {
  return {
    a: answers,
    lang,
    fr: frenchPhrases,
    texts: localisedTexts(answers, lang),
    doc: (base: string) => {
      const kind = kindOfBase(base);
      return (kind && team[kind]) ?? docName(base, answers, lang);
    },
    licenceFile: team.licence ?? mainLicenceFileName(answers),
    dcoFile: team.dco ?? 'DCO',
    licenceName: licenceName(answers.licence, lang),
    reciprocal: findAuthorisedLicence(answers.licence)?.family === 'reciprocal',
    docsLicenceName: licenceName(answers.docsLicence, lang),
    badge: OPENNESS_BADGES[answers.openness],
    opennessUrl: OPENNESS_DOC_URL,
    otherLanguages: documentVariants(answers).filter((variant) => variant.lang !== lang),
  };
}

/**
 * One governance document in every document language: `templates/<area>/<base>.<lang>.md.ejs`
 * rendered to `<base>.md` (primary language) and `<base>.<lang>.md`, each with its REUSE header.
 */
export function planDocument(area: string, kind: DocumentKind, context: PlanContext, licence = context.answers.docsLicence): PlannedFile[] {
  const { answers } = context;
  const base = DOCUMENT_BASES[kind];
  return documentVariants(answers).flatMap(({ lang }) => {
    const template = `${area}/${base}.${lang}.md.ejs`;
    const body = renderTemplate(template, templateData(answers, lang, context.teamFiles ?? {}));
    return annotate(docName(base, answers, lang), body, { copyright: [copyrightOf(answers)], licence }).map((file, index) => (index === 0 ? { ...file, template } : file));
  });
}
