import { fillPlaceholders } from '../licence/placeholders.js';
import { lgplOnly, spdxLicenceText } from '../licence/text.js';
import type { Answers } from '../answers/types.js';
import type { AreaPlan, PlanContext } from './context.js';
import { detectLicence } from '../licence/detect.js';

export function placeholderValues(answers: Answers) {
  return {
    year: answers.year,
    holder: answers.administration,
    program: answers.projectName,
    oneLine: answers.description ? `${answers.projectName}: ${answers.description}` : answers.projectName,
  };
}

/** A licence text with its placeholders filled, as LICENSE and LICENSES/<id>.txt hold it. */
export function filledLicenceText(id: string, answers: Answers): string {
  return fillPlaceholders(id, spdxLicenceText(id), placeholderValues(answers));
}

/** Where the licence text lives at the root: LICENSE, or the FSF layout for the LGPL. */
export function rootLicenceFiles(answers: Answers): { path: string; content: string }[] {
  if (answers.licence === 'LGPL-3.0-or-later') {
    return [
      { path: 'COPYING.LESSER', content: lgplOnly(filledLicenceText('LGPL-3.0-or-later', answers)) },
      { path: 'COPYING', content: filledLicenceText('GPL-3.0-or-later', answers) },
    ];
  }
  return [{ path: 'LICENSE', content: filledLicenceText(answers.licence, answers) }];
}

export function mainLicenceFileName(answers: Answers): string {
  return answers.licence === 'LGPL-3.0-or-later' ? 'COPYING.LESSER' : 'LICENSE';
}

const MISMATCH = {
  fr: (path: string, found: string, wanted: string) =>
    `${path} existant sous ${found}, alors que la réponse est ${wanted} : rien n'est changé. Gardez ${found} (--licence ${found}) ou remplacez le fichier (--force).`,
  en: (path: string, found: string, wanted: string) =>
    `existing ${path} holds ${found} while the answer is ${wanted}: nothing was changed. Keep ${found} (--licence ${found}) or replace the file (--force).`,
  unknown: {
    fr: (path: string, wanted: string) => `${path} existant : licence non reconnue, alors que la réponse est ${wanted} ; vérifiez-le ou remplacez-le (--force).`,
    en: (path: string, wanted: string) => `existing ${path}: licence not recognised while the answer is ${wanted}; check it or replace it (--force).`,
  },
};

/** An existing licence file that says something else than the answer is reported, never "fixed". */
function mismatches(context: PlanContext, files: { path: string; content: string }[]): string[] {
  const { answers } = context;
  const lang = answers.languages[0] ?? 'fr';
  return files.flatMap(({ path, content }) => {
    const existing = context.existing(path);
    if (existing === undefined || existing === content) return [];
    const wanted = path === 'COPYING' ? 'GPL-3.0-or-later' : answers.licence;
    const found = detectLicence(existing)?.id;
    if (found === wanted) return [];
    return [found ? MISMATCH[lang](path, found, wanted) : MISMATCH.unknown[lang](path, wanted)];
  });
}

export function planLicence(context: PlanContext): AreaPlan {
  const { answers } = context;
  const files = rootLicenceFiles(answers);
  return { files, licences: [answers.licence], todo: context.keepsExisting ? mismatches(context, files) : [] };
}
