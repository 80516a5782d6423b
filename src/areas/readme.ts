import type { AreaPlan, PlanContext } from './context.js';
import { planDocument } from './documents.js';

export function planReadme(context: PlanContext): AreaPlan {
  return { files: planDocument('readme', 'readme', context), licences: [context.answers.docsLicence], todo: [] };
}
