import type { formats as fr } from '../fr/formats.js';

export const formats = {
  'formats.badFormat': ({ value, accepted }: { value: string; accepted: readonly string[] }) =>
    `codegouv check: --format "${value}": expected ${accepted.slice(0, -1).join(', ')} or ${accepted.at(-1) ?? ''}.`,
  'formats.conflict': ({ first, second }: { first: string; second: string }) =>
    `codegouv check: ${first} and ${second} ask for two different formats: keep one.`,
  'formats.status.compliant': 'compliant',
  'formats.status.nonCompliant': 'non-compliant',
  'formats.column.status': 'Status',
  'formats.column.mustFailed': 'MUST failed',
  'formats.column.shouldFailed': 'SHOULD not followed',
  'formats.column.detail': 'Details',
  'formats.rule.publiccodeFile': 'Valid publiccode.yml file (audited alone)',
  'formats.rule.notAudited': 'Path readable and audited',
} satisfies typeof fr;
