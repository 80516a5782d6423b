import { toYaml } from '../yaml/serialize.js';
import { annotate } from '../reuse/annotate.js';
import { buildPubliccode } from '../publiccode/build.js';
import { buildCodemeta } from '../publiccode/codemeta.js';
import { copyrightOf } from '../plan/context.js';
import type { AreaPlan, PlanContext } from '../plan/context.js';
import { UsageError } from '../generator/errors.js';
import { validatePubliccode } from '../publiccode/validate.js';

/** Raised when the answers would give a publiccode.yml the reference parser rejects. */
export class InvalidPubliccodeError extends UsageError {}

export function planPubliccode({ answers, targetDir }: PlanContext): AreaPlan {
  const headers = { copyright: [copyrightOf(answers)], licence: answers.licence };
  const files = annotate('publiccode.yml', toYaml(buildPubliccode(answers)), headers);
  const verdict = validatePubliccode(files[0]!.content, targetDir ? { baseDir: targetDir } : {});
  if (!verdict.valid) {
    const lines = verdict.errors.map((error) => `  publiccode.yml:${error.line}:${error.column} ${error.key}: ${error.description}`);
    throw new InvalidPubliccodeError(`publiccode.yml would be invalid; nothing was written:\n${lines.join('\n')}`);
  }
  if (answers.codemeta) {
    files.push(...annotate('codemeta.json', `${JSON.stringify(buildCodemeta(answers), null, 2)}\n`, headers));
  }
  return { files, licences: [answers.licence], todo: [] };
}
