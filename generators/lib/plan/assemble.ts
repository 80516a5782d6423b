import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Area } from '../areas.js';
import { planCodeOfConduct } from '../areas/code-of-conduct.js';
import { planContributing } from '../areas/contributing.js';
import { planDco } from '../areas/dco.js';
import { filledLicenceText } from '../areas/licence.js';
import { planLicence } from '../areas/licence.js';
import { planPubliccode } from '../areas/publiccode.js';
import { planReadme } from '../areas/readme.js';
import { planSecurity } from '../areas/security.js';
import { templatePath } from '../paths.js';
import type { AreaPlan, PlanContext } from './context.js';
import type { PlannedFile } from './types.js';

const PLANNERS: Readonly<Record<Area, (context: PlanContext) => AreaPlan>> = {
  licence: planLicence,
  readme: planReadme,
  contributing: planContributing,
  'code-of-conduct': planCodeOfConduct,
  dco: planDco,
  security: planSecurity,
  publiccode: planPubliccode,
};

/** `LICENSES/<id>.txt`: the SPDX text (placeholders filled), or our own text for a LicenseRef. */
function licenceTextFile(id: string, context: PlanContext): PlannedFile {
  const content = id.startsWith('LicenseRef-')
    ? readFileSync(templatePath(`licences/${id}.txt`), 'utf8')
    : filledLicenceText(id, context.answers);
  return { path: `LICENSES/${id}.txt`, content };
}

export interface Plan {
  files: PlannedFile[];
  todo: string[];
}

/** Every file the given areas write, in a stable order, with the licence texts they use. */
export function planAreas(areas: readonly Area[], context: PlanContext): Plan {
  const byPath = new Map<string, PlannedFile>();
  const licences = new Set<string>();
  const todo: string[] = [];
  for (const area of areas) {
    const plan = PLANNERS[area](context);
    for (const file of plan.files) byPath.set(file.path, file);
    for (const id of plan.licences) licences.add(id);
    todo.push(...plan.todo);
  }
  for (const id of [...licences].sort()) {
    const file = licenceTextFile(id, context);
    byPath.set(file.path, file);
  }
  return { files: [...byPath.values()], todo };
}
