import { ANSWER_KEYS } from '../answers/keys.js';
import type { AnswerKey } from '../answers/types.js';
import { planCodeOfConduct } from './code-of-conduct.js';
import type { AreaPlan, PlanContext } from './context.js';
import { planContributing } from './contributing.js';
import { planDco } from './dco.js';
import { planLicence } from './licence.js';
import type { Area } from './names.js';
import { planPubliccode } from './publiccode.js';
import { planReadme } from './readme.js';
import { planSecurity } from './security.js';

export { AREAS } from './names.js';
export type { Area } from './names.js';

/**
 * Each governance area: the files it writes (globs), the answers it needs, the `check` rules
 * that audit what it writes, and its planner. Adding an area: a module beside this one, its
 * templates, its name in names.ts and one entry here (the compiler asks for it).
 */
export interface AreaSpec {
  files: readonly string[];
  keys: readonly AnswerKey[];
  rules: readonly string[];
  plan(context: PlanContext): AreaPlan;
}

export const AREA_REGISTRY = {
  licence: {
    files: ['LICENSE', 'COPYING', 'COPYING.LESSER', 'LICENSES/*.txt', '.reuse/dep5'],
    keys: ['projectName', 'description'],
    rules: ['L1', 'L2', 'L5', 'H1', 'H2'],
    plan: planLicence,
  },
  readme: {
    files: ['README.md', 'README.*.md'],
    keys: [
      'descriptionEn', 'descriptionFr', 'projectName', 'title', 'description', 'administrationUri', 'repositoryUrl', 'forge', 'contactName',
      'contactEmail', 'securityEmail', 'developmentStatus', 'openness',
    ],
    rules: ['F3', 'F4', 'F5'],
    plan: planReadme,
  },
  contributing: {
    files: ['CONTRIBUTING.md', 'CONTRIBUTING.*.md'],
    keys: ['projectName', 'title', 'repositoryUrl', 'forge', 'contactEmail', 'securityEmail'],
    rules: ['C1', 'C3'],
    plan: planContributing,
  },
  'code-of-conduct': {
    files: ['CODE_OF_CONDUCT.md', 'CODE_OF_CONDUCT.*.md'],
    keys: ['contactEmail', 'conductEmail'],
    rules: ['F6'],
    plan: planCodeOfConduct,
  },
  dco: {
    files: ['DCO', 'DCO.license', 'scripts/dco-check.sh', '.githooks/prepare-commit-msg', '.github/dco.yml', '.github/workflows/*.yml', '.gitlab/*.gitlab-ci.yml', '.gitlab-ci.yml'],
    keys: ['repositoryUrl', 'forge', 'signoffHook', 'ci'],
    rules: ['C2', 'C2-commits'],
    plan: planDco,
  },
  security: {
    files: ['SECURITY.md', 'SECURITY.*.md', '.gitignore'],
    keys: ['projectName', 'title', 'contactEmail', 'securityEmail'],
    rules: ['S1', 'S1-gitignore', 'S2'],
    plan: planSecurity,
  },
  publiccode: {
    files: ['publiccode.yml', 'codemeta.json', 'codemeta.json.license'],
    keys: [
      'projectName', 'title', 'description', 'longDescription', 'features', 'administrationUri', 'repositoryUrl',
      'forge', 'contactName', 'contactEmail', 'developmentStatus', 'softwareType', 'platforms', 'maintenanceType',
      'contractors', 'codemeta', 'categories', 'scope', 'supports', 'descriptionEn', 'longDescriptionEn', 'featuresEn',
      'descriptionFr', 'longDescriptionFr', 'featuresFr',
    ],
    rules: ['M1'],
    plan: planPubliccode,
  },
} as const satisfies Record<Area, AreaSpec>;

/** `check` rules about the repository as a whole rather than one area's files. */
export const CROSS_AREA_RULES = ['F1', 'F2', 'D1'] as const;

/** Keys every area needs: the rights holder, the year and the licences in file headers. */
const HEADER_KEYS: readonly AnswerKey[] = ['administration', 'licence', 'docsLicence', 'year', 'languages'];

/** The answer keys a run of these areas needs, in the order they are asked. */
export function keysForAreas(areas: readonly Area[]): AnswerKey[] {
  const wanted = new Set<AnswerKey>([...HEADER_KEYS, ...areas.flatMap((area) => AREA_REGISTRY[area].keys)]);
  return ANSWER_KEYS.filter((key) => wanted.has(key));
}
