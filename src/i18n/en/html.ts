import { plural } from '../grammar/plural.js';
import type { html as fr } from '../fr/html.js';

const p = plural('en');

export const html = {
  'html.title': 'codegouv compliance report',
  'html.intro': ({ total }: { total: number }) =>
    `${total} ${p(total, 'path', 'paths')} audited against the French State's open source contribution policy.`,
  'html.summary.heading': 'Summary',
  'html.summary.paths': 'Paths audited',
  'html.summary.compliant': 'Compliant',
  'html.summary.nonCompliant': 'Not compliant',
  'html.summary.errors': 'Not audited',
  'html.rules.heading': 'How the rules are met',
  'html.chart.title': 'Number of paths that do not meet each rule',
  'html.chart.desc': ({ items }: { items: readonly string[] }) => `Bar chart, one bar per rule: ${items.join('; ')}.`,
  'html.chart.item': ({ id, failed, total }: { id: string; failed: number; total: number }) => `${id}, ${failed} of ${total}`,
  'html.rules.caption': 'How each rule is met across all paths',
  'html.rules.column.rule': 'Rule',
  'html.rules.column.title': 'Requirement',
  'html.rules.column.level': 'Level',
  'html.rules.column.failed': 'Paths not meeting it',
  'html.rules.column.passed': 'Paths meeting it',
  'html.fleet.heading': 'Repositories',
  'html.fleet.caption': 'Audited repositories: status and number of requirements not met',
  'html.fleet.view': 'See the detail',
  'html.filters.legend': 'Filter the repositories',
  'html.filters.status': 'Status',
  'html.filters.status.all': 'All',
  'html.filters.rule': 'Rule not met',
  'html.filters.rule.any': 'All rules',
  'html.filters.search': 'Repository name (contains)',
  'html.filters.reset': 'Reset the filters',
  'html.filters.shown': 'Repositories shown',
  'html.filters.none': 'No repository matches these filters.',
  'html.details.heading': 'Detail per repository',
  'html.details.rules': ({ total, failed }: { total: number; failed: number }) =>
    `${total} ${p(total, 'rule', 'rules')}, ${failed} not met`,
  'html.verdict.ok': 'met',
  'html.verdict.failed': 'not met',
  'html.notice': ({ design, version, licence, source, updated }: { design: string; version: string; licence: string; source: string; updated: string }) =>
    `Colours, spacing and component look after the ${design} (npm package @gouvfr/dsfr ${version} of ${updated}, Service d'information du Gouvernement, ${licence}, ${source}). ` +
    'The Marianne typeface and the State\'s emblem are reserved for State websites: this report uses the system font and is not an official site.',
} satisfies typeof fr;
