/** The report formats of `codegouv check` (`--format`): the fleet table, SARIF and GitLab Code Quality. */
export const formats = {
  'formats.badFormat': ({ value, accepted }: { value: string; accepted: readonly string[] }) =>
    `codegouv check : --format « ${value} » : ${accepted.slice(0, -1).join(', ')} ou ${accepted.at(-1) ?? ''} attendu.`,
  'formats.conflict': ({ first, second }: { first: string; second: string }) =>
    `codegouv check : ${first} et ${second} demandent deux formats différents : n'en gardez qu'un.`,
  'formats.status.compliant': 'conforme',
  'formats.status.nonCompliant': 'non conforme',
  'formats.column.status': 'Statut',
  'formats.column.mustFailed': 'Obligatoires non respectées',
  'formats.column.shouldFailed': 'Recommandations non suivies',
  'formats.column.detail': 'Détail',
  /** SARIF and Code Quality name each finding's rule; these two are not rules of the policy's checklist. */
  'formats.rule.publiccodeFile': 'Fichier publiccode.yml valide (audité seul)',
  'formats.rule.notAudited': 'Chemin lisible et audité',
};
