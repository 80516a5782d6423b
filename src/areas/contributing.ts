import type { AreaPlan, PlanContext } from './context.js';
import { planDocument } from './documents.js';

export function planContributing(context: PlanContext): AreaPlan {
  return { files: planDocument('contributing', 'contributing', context), licences: [context.answers.docsLicence], todo: [] };
}
