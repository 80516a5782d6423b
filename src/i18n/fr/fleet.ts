/** `codegouv fleet`: merging the JSON reports of a fleet, and splitting a list of repositories across CI jobs. */
export const fleet = {
  'fleet.usage': [
    'Usage : codegouv fleet merge [--format text|json] [--json] [--lang fr|en] RAPPORT...',
    '        codegouv fleet matrix --shards N [--forge github|gitlab] [--lang fr|en] LISTE',
    '  merge : réunit des rapports de codegouv check --json (un par dépôt ou par lot) en un rapport de parc',
    '    au même format (résultats triés par chemin, summary recalculé) ; text (par défaut) : tableau par dépôt',
    '    puis nombre de dépôts par règle. Un rapport illisible ou mal formé devient une entrée « erreur ».',
    '  matrix : répartit la LISTE (fichier d\'URL https de dépôts, une par ligne, # pour commenter) en N lots',
    '    (1 à 256 ; 200 au plus pour GitLab) : strategy.matrix JSON pour GitHub Actions, parallel:matrix YAML pour GitLab.',
    'Code de sortie de merge : 0 tous les dépôts conformes, 1 au moins un non conforme, 2 erreur d\'usage,',
    '  3 au moins un dépôt non audité ou un rapport rejeté (prime sur 1). matrix : 0, ou 2 si la liste est refusée.',
  ].join('\n'),
  'fleet.help.line': 'rapport de parc (rapports JSON réunis) et lots de dépôts pour la CI',
  'fleet.unknownCommand': ({ name }: { name: string }) => `codegouv fleet : sous-commande inconnue « ${name} » : merge ou matrix attendu.`,
  'fleet.unknownOption': ({ option }: { option: string }) => `codegouv fleet : option inconnue « ${option} ».`,
  'fleet.missingValue': ({ option }: { option: string }) => `codegouv fleet : ${option} attend une valeur.`,
  'fleet.badLang': ({ value }: { value: string }) => `codegouv fleet : --lang « ${value} » : fr ou en attendu.`,
  'fleet.badFormat': ({ value }: { value: string }) => `codegouv fleet merge : --format « ${value} » : text ou json attendu.`,
  'fleet.formatConflict': 'codegouv fleet merge : --json et --format text demandent deux formats différents : n\'en gardez qu\'un.',
  'fleet.merge.noReport': 'codegouv fleet merge : aucun rapport donné. Passez les fichiers produits par codegouv check --json (ex. rapports/*.json).',
  'fleet.merge.missingReport': ({ file }: { file: string }) => `codegouv fleet merge : le rapport « ${file} » n'existe pas. Vérifiez le chemin (les artefacts de CI sont-ils téléchargés ?).`,

  'fleet.report.unreadable': ({ file, reason }: { file: string; reason: string }) =>
    `rapport ${file} illisible (${reason}) : vérifiez ses droits, ou retirez-le de la commande.`,
  'fleet.report.notFile': ({ file }: { file: string }) => `rapport ${file} : ce n'est pas un fichier ordinaire (dossier, tube, périphérique) ; donnez le fichier JSON lui-même.`,
  'fleet.report.tooLarge': ({ file, size, max }: { file: string; size: string; max: string }) =>
    `rapport ${file} : ${size} Mio, au-delà de la limite de ${max} Mio ; découpez l'audit en lots plus petits (codegouv fleet matrix --shards N).`,
  'fleet.report.notUtf8': ({ file }: { file: string }) => `rapport ${file} : ce n'est pas du texte UTF-8 ; produisez-le avec codegouv check --json > rapport.json.`,
  'fleet.report.notJson': ({ file, reason }: { file: string; reason: string }) =>
    `rapport ${file} : JSON invalide (${reason}) ; produisez-le avec codegouv check --json > rapport.json (la sortie d'erreur à part).`,
  'fleet.report.badField': ({ file, field, expected }: { file: string; field: string; expected: string }) =>
    `rapport ${file}, champ ${field} : ${expected}. Ce fichier n'est pas un rapport de codegouv check --json tel que cette version l'écrit : régénérez-le avec la même version de codegouv.`,
  'fleet.expected.object': 'un objet est attendu',
  'fleet.expected.array': 'une liste est attendue',
  'fleet.expected.string': 'un texte est attendu',
  'fleet.expected.path': 'un chemin non vide d\'au plus 4 096 caractères est attendu',
  'fleet.expected.boolean': 'true ou false est attendu',
  'fleet.expected.count': 'un nombre entier positif ou nul est attendu',
  'fleet.expected.status': 'compliant, non-compliant ou error est attendu',
  'fleet.expected.level': 'MUST, SHOULD ou MAY est attendu',
  'fleet.expected.ruleId': 'un identifiant de règle (L1, C2-commits, publiccode.yml…) est attendu',
  'fleet.expected.fix': '{"command", "argv"} ou {"edit"} est attendu',
  'fleet.expected.fixOnPass': 'une règle respectée n\'a pas de correction (fix)',
  'fleet.expected.missing': 'champ obligatoire absent',
  'fleet.expected.unknown': 'champ inconnu',
  'fleet.expected.statusMismatch': 'status ne correspond pas à compliant',
  'fleet.expected.compliantMismatch': 'compliant ne correspond pas aux règles obligatoires (MUST) ni à la validité de publiccode.yml',
  'fleet.expected.summaryMismatch': 'les comptes ne correspondent pas aux résultats (rapport tronqué ou modifié ?)',
  'fleet.verbatim': ({ text }: { text: string }) => text,
  'fleet.merge.duplicate': ({ path, kept, dropped }: { path: string; kept: string; dropped: string }) =>
    `codegouv fleet merge : attention, le chemin « ${path} » figure dans ${kept} et dans ${dropped} ; seule l'entrée de ${kept} est gardée. Donnez à chaque dépôt un chemin distinct (les modèles de CI de codegouv auditent le dépôt sous son chemin sur la forge, groupe/projet).`,
  'fleet.rules.heading': 'Par règle (nombre de dépôts) :',
  'fleet.rules.row': ({ id, level, passed, failed }: { id: string; level: string; passed: number; failed: number }) =>
    `${id} [${level}] : ${passed} dépôt(s) la respectent, ${failed} ne la respectent pas`,

  'fleet.matrix.missingList': 'codegouv fleet matrix : donnez le fichier de la liste des dépôts (une URL https par ligne).',
  'fleet.matrix.extraArgument': ({ argument }: { argument: string }) => `codegouv fleet matrix : argument en trop « ${argument} » : une seule liste est attendue.`,
  'fleet.matrix.missingShards': 'codegouv fleet matrix : --shards N est obligatoire (nombre de tâches parallèles, de 1 à 256).',
  'fleet.matrix.badShards': ({ value, max, forge }: { value: string; max: number; forge: string }) =>
    `codegouv fleet matrix : --shards « ${value} » : un nombre entier de 1 à ${max} est attendu (limite de ${forge}).`,
  'fleet.matrix.badForge': ({ value }: { value: string }) => `codegouv fleet matrix : --forge « ${value} » : github ou gitlab attendu.`,
  'fleet.matrix.listUnreadable': ({ file, reason }: { file: string; reason: string }) =>
    `codegouv fleet matrix : liste ${file} illisible (${reason}) ; vérifiez le chemin et les droits.`,
  'fleet.matrix.listNotFile': ({ file }: { file: string }) => `codegouv fleet matrix : ${file} n'est pas un fichier ordinaire ; donnez le fichier de la liste.`,
  'fleet.matrix.listTooLarge': ({ file, max }: { file: string; max: string }) =>
    `codegouv fleet matrix : la liste ${file} dépasse ${max} Mio ; une liste de dépôts tient en bien moins : vérifiez le fichier.`,
  'fleet.matrix.listNotUtf8': ({ file }: { file: string }) => `codegouv fleet matrix : la liste ${file} n'est pas du texte UTF-8.`,
  'fleet.matrix.emptyList': ({ file }: { file: string }) => `codegouv fleet matrix : la liste ${file} ne contient aucune URL (lignes vides et commentaires # mis à part).`,
  'fleet.matrix.badUrl': ({ file, line, reason }: { file: string; line: number; reason: string }) => `${file}, ligne ${line} : ${reason}`,
  'fleet.matrix.url.notHttps': 'seules les URL https:// sont acceptées (ni http, ni ssh, ni git@…) ; écrivez l\'adresse https du dépôt.',
  'fleet.matrix.url.characters': 'caractère non accepté : une URL de dépôt s\'écrit avec des lettres ASCII, des chiffres et . _ ~ % / : + - (encodez les autres en %XX, une URL par ligne).',
  'fleet.matrix.url.credentials': 'l\'URL contient un identifiant ou un mot de passe : retirez-le, la liste ne porte aucun secret.',
  'fleet.matrix.url.malformed': 'ce n\'est pas une URL valide (https://forge.exemple.gouv.fr/groupe/projet attendu).',
  'fleet.matrix.url.noPath': 'l\'URL ne nomme pas de dépôt (chemin groupe/projet manquant).',
  'fleet.matrix.url.tooLong': 'l\'URL dépasse 2 048 caractères.',
  'fleet.matrix.badUrls': ({ count }: { count: number }) => `codegouv fleet matrix : ${count} ligne(s) refusée(s) ; corrigez-les ou commentez-les (#).`,
  'fleet.matrix.duplicate': ({ file, line, first, url }: { file: string; line: number; first: number; url: string }) =>
    `codegouv fleet matrix : attention, ${file}, ligne ${line} : ${url} figure déjà ligne ${first} ; il n'est compté qu'une fois.`,
  'fleet.matrix.fewerRepositories': ({ repositories, shards }: { repositories: number; shards: number }) =>
    `codegouv fleet matrix : attention, ${repositories} dépôt(s) pour ${shards} lots : ${repositories} lot(s) seulement, d'un dépôt chacun.`,
};
