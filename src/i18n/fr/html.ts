import { plural } from '../grammar/plural.js';

const p = plural('fr');

/** `codegouv check --format html`: the fleet's report on one self-contained page. */
export const html = {
  'html.title': 'Rapport de conformité codegouv',
  'html.intro': ({ total }: { total: number }) =>
    `${total} ${p(total, 'chemin audité', 'chemins audités')} selon la politique de contribution open source de l'État.`,
  'html.summary.heading': 'Synthèse',
  'html.summary.paths': 'Chemins audités',
  'html.summary.compliant': 'Conformes',
  'html.summary.nonCompliant': 'Non conformes',
  'html.summary.errors': 'Non audités',
  'html.rules.heading': 'Respect des règles',
  'html.chart.title': 'Nombre de chemins qui ne respectent pas chaque règle',
  'html.chart.desc': ({ items }: { items: readonly string[] }) => `Diagramme en barres, une barre par règle : ${items.join(' ; ')}.`,
  'html.chart.item': ({ id, failed, total }: { id: string; failed: number; total: number }) => `${id}, ${failed} sur ${total}`,
  'html.rules.caption': 'Respect de chaque règle sur l\'ensemble des chemins',
  'html.rules.column.rule': 'Règle',
  'html.rules.column.title': 'Exigence',
  'html.rules.column.level': 'Niveau',
  'html.rules.column.failed': 'Chemins qui ne la respectent pas',
  'html.rules.column.passed': 'Chemins qui la respectent',
  'html.fleet.heading': 'Dépôts',
  'html.fleet.caption': 'Dépôts audités : statut et nombre d\'exigences non respectées',
  'html.fleet.view': 'Voir le détail',
  'html.filters.legend': 'Filtrer les dépôts',
  'html.filters.status': 'Statut',
  'html.filters.status.all': 'Tous',
  'html.filters.rule': 'Règle non respectée',
  'html.filters.rule.any': 'Toutes les règles',
  'html.filters.search': 'Nom du dépôt (contient)',
  'html.filters.reset': 'Réinitialiser les filtres',
  'html.filters.shown': 'Dépôts affichés',
  'html.filters.none': 'Aucun dépôt ne correspond à ces filtres.',
  'html.details.heading': 'Détail par dépôt',
  'html.details.rules': ({ total, failed }: { total: number; failed: number }) =>
    `${total} ${p(total, 'règle', 'règles')}, dont ${failed} non ${p(failed, 'respectée', 'respectées')}`,
  'html.verdict.ok': 'respectée',
  'html.verdict.failed': 'non respectée',
  'html.notice': ({ design, version, licence, source, updated }: { design: string; version: string; licence: string; source: string; updated: string }) =>
    `Couleurs, espacements et aspect des composants d'après le ${design} (paquet npm @gouvfr/dsfr ${version} du ${updated}, Service d'information du Gouvernement, ${licence}, ${source}). ` +
    'La typographie Marianne et le bloc marque sont réservés aux sites de l\'État : ce rapport utilise la police du système et n\'est pas un site officiel.',
};
