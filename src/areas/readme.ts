import type { AreaPlan, PlanContext } from './context.js';
import { planDocument } from './documents.js';

export function planReadme({ answers }: PlanContext): AreaPlan {
  return { files: planDocument('readme', 'README', answers), licences: [answers.docsLicence], todo: [] };
}
