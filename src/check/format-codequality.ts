import type { Lang } from '../i18n/lang.js';
import { render, translator } from '../i18n/render.js';
import { fixText } from './format-fix.js';
import { findingsOf } from './format-findings.js';
import type { AuditResult, Level } from './model/types.js';

/**
 * GitLab Code Quality severities (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
 * a MUST fails the audit, a SHOULD is advice, a MAY is information; a path not audited blocks the audit.
 */
const SEVERITY: Readonly<Record<Level, 'info' | 'minor' | 'major'>> = { MUST: 'major', SHOULD: 'minor', MAY: 'info' };

/**
 * The Code Quality report GitLab shows in merge requests: one issue per failed requirement and
 * per path that could not be audited, its fix after the message, with the fields GitLab requires (description, check_name,
 * fingerprint, severity, location.path, location.lines.begin).
 */
export function renderCodequality(results: readonly AuditResult[], lang: Lang): string {
  const t = translator(lang);
  const issues = findingsOf(results).map((finding) => ({
    type: 'issue',
    check_name: finding.ruleId,
    description: `${finding.ruleId}${t('check.colon')}${render(finding.message, lang)}${finding.fix ? ` ${t('fixes.label')}${t('check.colon')}${fixText(finding.fix, lang)}` : ''}`,
    severity: finding.level ? SEVERITY[finding.level] : 'blocker',
    fingerprint: finding.fingerprint,
    location: { path: finding.file, lines: { begin: finding.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
