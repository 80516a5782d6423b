/** Writes confined to the target folder, crash-safe, one run at a time. */
export const writes = {
  'writes.refused': ({ problems }: { problems: readonly string[] }) =>
    `Écriture refusée : rien n'a été écrit.\n${problems.map((problem) => `  - ${problem}`).join('\n')}\ncodegouv n'écrit jamais hors du dossier, à travers un lien symbolique ni dans autre chose qu'un fichier ordinaire, même avec --force.`,
  'writes.outside': ({ path }: { path: string }) => `${path} : ce chemin sort du dossier cible ; seul le dossier courant peut recevoir des fichiers.`,
  'writes.link': ({ path, target }: { path: string; target: string }) =>
    `${path} est un lien symbolique (vers ${target}, existant ou non) : remplacez-le par un fichier ordinaire ou supprimez-le, puis relancez.`,
  'writes.linkedDirectory': ({ path, target }: { path: string; target: string }) =>
    `${path} est un lien symbolique vers un dossier (${target}) : remplacez-le par un vrai dossier ou supprimez-le, puis relancez.`,
  'writes.notDirectory': ({ path }: { path: string }) => `${path} n'est pas un dossier alors que des fichiers doivent y être écrits : renommez-le ou supprimez-le, puis relancez.`,
  'writes.directory': ({ path }: { path: string }) => `${path} est un dossier alors qu'un fichier doit être écrit à sa place : renommez-le ou supprimez-le, puis relancez.`,
  'writes.special': ({ path }: { path: string }) =>
    `${path} n'est pas un fichier ordinaire (tube nommé, socket ou périphérique) : supprimez-le, puis relancez.`,
  'writes.unreadable': ({ path, reason }: { path: string; reason: string }) => `${path} ne peut pas être examiné (${reason}) : vérifiez ses droits, puis relancez.`,
  'writes.failed': ({ path, reason }: { path: string; reason: string }) =>
    `Impossible d'écrire ${path} (${reason}) : ce fichier est resté tel qu'il était et .yo-rc.json n'a pas été mis à jour. Corrigez la cause (place disque, taille de fichier maximale, droits), puis relancez la même commande pour terminer.`,
  'writes.locked': ({ lock, pid }: { lock: string; pid: string }) =>
    `Une autre exécution de codegouv est en cours dans ce dossier (processus ${pid}, verrou ${lock}) : attendez qu'elle se termine, puis relancez. Rien n'a été écrit.`,
  'writes.lockUnusable': ({ lock, reason }: { lock: string; reason: string }) =>
    `Le verrou ${lock} ne peut pas être pris (${reason}) : supprimez-le s'il ne s'agit pas d'un fichier ordinaire créé par codegouv, puis relancez. Rien n'a été écrit.`,
  'writes.lockForeign': ({ lock }: { lock: string }) =>
    `${lock} existe mais n'est pas un verrou de codegouv (un fichier ordinaire contenant un numéro de processus) : supprimez-le, puis relancez. Rien n'a été écrit.`,
};
