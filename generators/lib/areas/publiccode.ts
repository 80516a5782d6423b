import { toYaml } from '../yaml/serialize.js';
import { annotate } from '../reuse/annotate.js';
import { buildPubliccode } from '../publiccode/build.js';
import { buildCodemeta } from '../publiccode/codemeta.js';
import { copyrightOf } from '../plan/context.js';
import type { AreaPlan, PlanContext } from '../plan/context.js';

export function planPubliccode({ answers }: PlanContext): AreaPlan {
  const headers = { copyright: [copyrightOf(answers)], licence: answers.licence };
  const files = annotate('publiccode.yml', toYaml(buildPubliccode(answers)), headers);
  if (answers.codemeta) {
    files.push(...annotate('codemeta.json', `${JSON.stringify(buildCodemeta(answers), null, 2)}\n`, headers));
  }
  return { files, licences: [answers.licence], todo: [] };
}
