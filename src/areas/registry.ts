import { ANSWER_KEYS, specOf } from '../answers/keys.js';
import type { AnswerKey } from '../answers/types.js';
import { planCodeOfConduct } from './code-of-conduct.js';
import type { AreaPlan, PlanContext } from './context.js';
import { planContributing } from './contributing.js';
import { planDco } from './dco.js';
import { planLicence } from './licence.js';
import type { Area } from '../policy/areas.js';
import { planPubliccode } from './publiccode.js';
import { planReadme } from './readme.js';
import { planSecurity } from './security.js';

export { AREAS } from '../policy/areas.js';
export type { Area } from '../policy/areas.js';

/**
 * Each governance area: the files it writes (globs), the `check` rules that audit what it writes,
 * and its planner; the answers it needs are the registry keys that name it. Adding an area: a
 * module beside this one, its templates, its name in policy/areas.ts and one entry here (the
 * compiler asks for it).
 */
export interface AreaSpec {
  files: readonly string[];
  rules: readonly string[];
  /** Asked again, even when an earlier run stored them, when this area runs alone. */
  askedAgainAlone?: readonly AnswerKey[];
  plan(context: PlanContext): AreaPlan;
}

export const AREA_REGISTRY = {
  licence: {
    files: ['LICENSE', 'COPYING', 'COPYING.LESSER', 'LICENSES/*.txt', 'REUSE.toml'],
    rules: ['L1', 'L1-declared', 'L2', 'L3', 'L5', 'H1', 'H2'],
    // Running `codegouv licence` on a generated project is how its licence is switched.
    askedAgainAlone: ['licence', 'docsLicence'],
    plan: planLicence,
  },
  readme: {
    files: ['README.md', 'README.*.md'],
    rules: ['F3', 'F4', 'F5'],
    plan: planReadme,
  },
  contributing: {
    files: ['CONTRIBUTING.md', 'CONTRIBUTING.*.md'],
    rules: ['C1', 'C3'],
    plan: planContributing,
  },
  'code-of-conduct': {
    files: ['CODE_OF_CONDUCT.md', 'CODE_OF_CONDUCT.*.md'],
    rules: ['F6'],
    plan: planCodeOfConduct,
  },
  dco: {
    files: ['DCO', 'DCO.license', 'DCO-fr.txt', 'DCO-fr.txt.license', 'scripts/dco-check.sh', '.githooks/prepare-commit-msg', '.github/dco.yml', '.github/workflows/*.yml', '.gitlab/*.gitlab-ci.yml', '.gitlab-ci.yml'],
    rules: ['C2', 'C2-commits'],
    plan: planDco,
  },
  security: {
    files: ['SECURITY.md', 'SECURITY.*.md', '.gitignore'],
    rules: ['S1', 'S1-gitignore', 'S2'],
    plan: planSecurity,
  },
  publiccode: {
    files: ['publiccode.yml', 'codemeta.json', 'codemeta.json.license'],
    rules: ['M1'],
    plan: planPubliccode,
  },
} as const satisfies Record<Area, AreaSpec>;

/** `check` rules about the repository as a whole rather than one area's files. */
export const CROSS_AREA_RULES = ['F1', 'F2', 'D1', 'K1', 'F2-unread'] as const;

/** The answer keys a run of these areas needs (each key names its areas), in the order they are asked. */
export function keysForAreas(areas: readonly Area[]): AnswerKey[] {
  return ANSWER_KEYS.filter((key) => {
    const used = specOf(key).areas;
    return used === 'all' || used.some((area) => areas.includes(area));
  });
}
