/** Words around enumerated answers: choices of the prompts, allowed values in `--help`, `--help categories|scopes`. */
export const labels = {
  'labels.docsLicence.sameAsCode': ({ licence }: { licence: string }) => `Même licence que le code (${licence})`,
  'labels.help.allowed': ({ question, values }: { question: string; values: string }) => `${question} : ${values}`,
  'labels.help.openList': ({ values }: { values: readonly string[] }) => `${values.join(', ')} ou toute autre`,
  'labels.help.docsLicence': 'etalab-2.0 (Licence Ouverte 2.0) ou la licence du code',
  'labels.help.longList': ({ count, command }: { count: number; command: string }) => `${count} valeurs, listées par ${command}`,
  'labels.help.categories': ({ count }: { count: number }) =>
    `Catégories de publiccode.yml (${count}). Donnez les valeurs (colonne de gauche) séparées par des virgules : --categories data-analytics,it-security`,
  'labels.help.scopes': ({ count }: { count: number }) =>
    `Domaines d'action publique de publiccode.yml (${count}). Donnez les valeurs (colonne de gauche) séparées par des virgules : --scope education,healthcare`,
  'labels.help.search': ({ topic }: { topic: string }) => `Pour chercher par un mot, en français ou en anglais (accents et majuscules indifférents) : codegouv --help ${topic} ${topic === 'scopes' ? 'santé' : 'annuaire'}`,
  'labels.help.categoriesFlag': 'Catégories publiccode.yml',
  'labels.help.word': 'mot',
  'labels.help.topics': 'valeurs de --categories et de --scope, avec leurs libellés',
  'labels.help.source': ({ url }: { url: string }) => `Source des valeurs : ${url} (libellés français traduits par codegouv)`,
  'labels.help.noMatch': ({ term }: { term: string }) => `Aucune valeur ne correspond à « ${term} ».`,
};
