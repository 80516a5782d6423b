import type { AreaPlan, PlanContext } from './context.js';
import { planDocument } from './documents.js';

export function planContributing({ answers }: PlanContext): AreaPlan {
  return { files: planDocument('contributing', 'CONTRIBUTING', answers), licences: [answers.docsLicence], todo: [] };
}
