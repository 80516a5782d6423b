import type { Level } from '../../policy/levels.js';

/** `codegouv check` itself: usage, errors and the report around the rule messages. */
export const check = {
  'check.usage': [
    'Usage : codegouv check [--json] [--lang fr|en] [--commits PLAGE] [--debug] [CHEMIN...]',
    '  CHEMIN : dossier d\'un dépôt (. par défaut) ou fichier publiccode.yml',
    '  --debug : afficher la trace complète d\'une erreur interne',
    'Code de sortie : 0 tous les chemins conformes, 1 au moins un non conforme, 2 erreur d\'usage,',
    '  3 au moins un chemin n\'a pas pu être audité (illisible ou erreur interne ; prime sur 1).',
  ].join('\n'),
  'check.unknownOption': ({ option }: { option: string }) => `codegouv check : option inconnue « ${option} ».`,
  'check.missingValue': ({ option }: { option: string }) => `codegouv check : ${option} attend une valeur.`,
  'check.badLang': ({ value }: { value: string }) => `codegouv check : --lang « ${value} » : fr ou en attendu.`,
  'check.badRange': ({ value }: { value: string }) => `codegouv check : --commits « ${value} » : une plage git est attendue (ex. origin/main..HEAD).`,
  'check.missingPath': ({ path }: { path: string }) => `codegouv check : « ${path} » n'existe pas.`,
  'check.notAuditable': ({ path }: { path: string }) => `codegouv check : « ${path} » n'est ni un dossier ni un fichier publiccode.yml.`,
  'check.rangeRejected': ({ path, range, reason }: { path: string; range: string; reason: string }) => `codegouv check : plage « ${range} » refusée par git dans ${path} : ${reason}`,
  /** French typography puts a space before the colon. */
  'check.colon': ' : ',
  'check.repository': 'Dépôt',
  'check.publiccodeFile': 'Fichier publiccode.yml',
  'check.source': 'Source',
  'check.level': ({ level }: { level: Level }) => ({ MUST: 'obligatoire', SHOULD: 'recommandé', MAY: 'facultatif' })[level],
  'check.publiccode': 'publiccode.yml',
  'check.valid': 'valide',
  'check.invalid': 'invalide',
  'check.errors': ({ count }: { count: number }) => `${count} erreur(s)`,
  'check.warnings': ({ count }: { count: number }) => `${count} avertissement(s)`,
  'check.compliant': 'Conforme : toutes les exigences obligatoires sont respectées',
  'check.notCompliant': ({ ids }: { ids: readonly string[] }) => `Non conforme : exigences obligatoires non respectées : ${ids.join(', ')}`,
  'check.advice': ({ count }: { count: number }) => `${count} recommandation(s) non suivie(s)`,
  'check.summary': ({ total, compliant }: { total: number; compliant: number }) => `Synthèse : ${compliant} conforme(s) sur ${total}`,
  'check.column.repository': 'Dépôt',
  'check.column.compliant': 'Conforme',
  'check.column.failedMusts': 'Exigences obligatoires non respectées',
  'check.yes': 'oui',
  'check.no': 'non',
};
