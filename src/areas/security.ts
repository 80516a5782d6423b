import { SECRET_PATTERNS, missingSecretPatterns } from '../policy/secret-patterns.js';
import { annotate, withoutHashHeader } from './reuse-annotate.js';
import { copyrightOf } from './context.js';
import type { AreaPlan, PlanContext } from './context.js';
import type { PlannedFile } from './types.js';
import { planDocument } from './documents.js';

const GITIGNORE_TITLE = {
  fr: '# Secrets : jamais versionnés (politique de contribution de l\'État, « Sécurité »)',
  en: '# Secrets: never committed (French State contribution policy, "Security")',
};

/** A new .gitignore, or the existing one with only the missing secret patterns appended. */
function planGitignore(context: PlanContext): PlannedFile[] {
  const { answers } = context;
  const primary = answers.languages[0] ?? 'fr';
  const existing = context.existing('.gitignore');
  const body = `${GITIGNORE_TITLE[primary]}\n${SECRET_PATTERNS.join('\n')}\n`;
  // Ours when it is exactly what we write, whatever header an earlier run gave it.
  if (existing === undefined || withoutHashHeader(existing) === body) {
    return annotate('.gitignore', body, { copyright: [copyrightOf(answers)], licence: answers.licence });
  }
  const present = new Set(existing.split(/\r?\n/).map((line) => line.trim()));
  const missing = missingSecretPatterns(present);
  if (missing.length === 0) return [{ path: '.gitignore', content: existing }];
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  return [{ path: '.gitignore', content: `${existing}${separator}\n${GITIGNORE_TITLE[primary]}\n${missing.join('\n')}\n` }];
}

export function planSecurity(context: PlanContext): AreaPlan {
  const { answers } = context;
  return {
    files: [...planDocument('security', 'security', context), ...planGitignore(context)],
    licences: [answers.docsLicence, answers.licence],
    todo: [],
  };
}
