import { toYaml } from '../support/yaml.js';
import { annotate, hashHeader, splitHashHeader } from './reuse-annotate.js';
import { mergePubliccode, repairPubliccode } from '../publiccode/merge.js';
import type { PubliccodeIssue } from '../publiccode/validate.js';
import { buildPubliccode } from './publiccode-build.js';
import { buildCodemeta } from './codemeta.js';
import { copyrightOf } from './context.js';
import type { AreaPlan, PlanContext } from './context.js';
import { UsageError } from '../support/errors.js';
import { msg } from '../i18n/message.js';
import { validatePubliccode } from '../publiccode/validate.js';

/** Raised when the answers would give a publiccode.yml the reference parser rejects. */
class InvalidPubliccodeError extends UsageError {}

function describeErrors(errors: readonly PubliccodeIssue[]): string {
  return errors.map((error) => `  publiccode.yml:${error.line}:${error.column} ${error.key}: ${error.description}`).join('\n');
}

/**
 * A new publiccode.yml, or the existing one with only the changed answers written into it
 * (comments, key order and other keys kept). An invalid result is never written.
 */
export function planPubliccode({ answers, previousAnswers, targetDir, existing }: PlanContext): AreaPlan {
  const headers = { copyright: [copyrightOf(answers)], licence: answers.licence };
  const data = buildPubliccode(answers);
  const fresh = annotate('publiccode.yml', toYaml(data, { readable: true }), headers);
  const check = (text: string) => validatePubliccode(text, targetDir ? { baseDir: targetDir } : {});
  const freshVerdict = check(fresh[0]!.content);
  if (!freshVerdict.valid) {
    throw new InvalidPubliccodeError(`publiccode.yml would be invalid; nothing was written:\n${describeErrors(freshVerdict.errors)}`);
  }
  const files = fresh;
  const current = existing('publiccode.yml');
  if (current !== undefined) {
    const { header, body } = splitHashHeader(current);
    // The team's invalid file is repaired, not overwritten: its valid fields stay as they are (written with --force or on consent).
    const repaired = check(current).valid ? undefined : repairPubliccode(body, data, check);
    const merged = repaired ?? mergePubliccode(body, data, previousAnswers ? buildPubliccode(previousAnswers) : undefined);
    if (merged !== undefined) {
      const ownHeader = header === '' ? !/SPDX-License-Identifier:/.test(current) : /SPDX-/.test(header);
      const content = `${ownHeader ? hashHeader(headers, 'publiccode.yml') : header}${merged}`;
      const verdict = check(content);
      if (!verdict.valid) {
        // Positions as in the team's file, which is what they will open.
        const own = check(current);
        const errors = own.valid ? verdict.errors : own.errors;
        // An invalid file the repair could not make valid without dropping the team's fields: --force would not help.
        const id = own.valid ? 'area.publiccode.invalidExisting' : 'area.publiccode.unrepairable';
        return { files: [{ path: 'publiccode.yml', content: current }], licences: [answers.licence], todo: [msg(id, { errors: describeErrors(errors) })] };
      }
      files[0] = { path: 'publiccode.yml', content };
    }
  }
  if (answers.codemeta) {
    files.push(...annotate('codemeta.json', `${JSON.stringify(buildCodemeta(answers), null, 2)}\n`, headers));
  }
  return { files, licences: [answers.licence], todo: [] };
}
