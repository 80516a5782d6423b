import { fillPlaceholders } from '../licence/placeholders.js';
import { lgplOnly, spdxLicenceText } from '../licence/text.js';
import type { Answers } from '../answers/types.js';
import type { AreaPlan, PlanContext } from './context.js';
import { detectLicence } from '../licence/detect.js';
import { textIdOf } from '../policy/licences.js';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';

function placeholderValues(answers: Answers) {
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
const isLgpl = (answers: Answers) => textIdOf(answers.licence) === 'LGPL-3.0-or-later';

/** The GPL that the LGPL's COPYING holds, with the LGPL's grant. */
const gplBeside = (answers: Answers) => (answers.licence.endsWith('-only') ? 'GPL-3.0-only' : 'GPL-3.0-or-later');

function rootLicenceFiles(answers: Answers): { path: string; content: string }[] {
  if (isLgpl(answers)) {
    return [
      { path: 'COPYING.LESSER', content: lgplOnly(filledLicenceText(answers.licence, answers)) },
      { path: 'COPYING', content: filledLicenceText(gplBeside(answers), answers) },
    ];
  }
  return [{ path: 'LICENSE', content: filledLicenceText(answers.licence, answers) }];
}

/** The root licence files codegouv writes for the answer. */
export function licenceFilePaths(answers: Answers): string[] {
  return isLgpl(answers) ? ['COPYING.LESSER', 'COPYING'] : ['LICENSE'];
}

export function mainLicenceFileName(answers: Answers): string {
  return isLgpl(answers) ? 'COPYING.LESSER' : 'LICENSE';
}

/** An existing licence file that says something else than the answer is reported, never "fixed". */
function mismatches(context: PlanContext, files: { path: string; content: string }[]): Message[] {
  const { answers } = context;
  return files.flatMap(({ path, content }) => {
    const existing = context.existing(path);
    if (existing === undefined || existing === content) return [];
    const wanted = path === 'COPYING' ? gplBeside(answers) : answers.licence;
    const found = detectLicence(existing)?.id;
    // The text does not say "only" or "or later": the same text holds either grant.
    if (found === textIdOf(wanted)) return [];
    return [found ? msg('area.licence.mismatch', { path, found, wanted }) : msg('area.licence.unrecognised', { path, wanted })];
  });
}

export function planLicence(context: PlanContext): AreaPlan {
  const { answers } = context;
  const files = rootLicenceFiles(answers);
  return { files, licences: [answers.licence], todo: context.keepsExisting ? mismatches(context, files) : [] };
}
