import { plural } from '../grammar/plural.js';

const p = plural('fr');

/**
 * Values that cannot break what they are written into (answers), and runs that cannot be sunk by
 * one bad repository or an internal error (`check` fleets, `--debug`).
 */
export const values = {
  'values.control': ({ code }: { code: string }) => `contient un caractère de contrôle invisible (${code}) : supprimez-le`,
  'values.lineBreak': ({ code }: { code: string }) => `contient un saut de ligne (${code}) : écrivez cette réponse sur une seule ligne`,
  'values.lineSeparator': ({ code }: { code: string }) =>
    `contient un séparateur de ligne Unicode invisible (${code}), qui couperait la valeur en deux dans les fichiers YAML générés : supprimez-le`,
  'values.bidi': ({ code }: { code: string }) =>
    `contient un caractère invisible qui inverse le sens d'affichage du texte (${code}) et peut faire lire autre chose que ce qui est écrit : supprimez-le`,
  'values.comment': ({ sequence }: { sequence: string }) =>
    `contient « ${sequence} », qui ouvrirait ou fermerait un commentaire dans les fichiers générés (en-têtes SPDX) : supprimez-le ou séparez ses caractères par une espace`,
  'values.listItem': ({ index, problem }: { index: number; problem: string }) => `élément n° ${index + 1} : ${problem}`,
  'values.contractorField': ({ index, field, problem }: { index: number; field: string; problem: string }) => `prestataire n° ${index + 1} : « ${field} » ${problem}`,
  'values.organisationUri': 'doit être une adresse https:// complète que publiccode.yml accepte pour organisation.uri (ex. https://lannuaire.service-public.fr/…)',
  'values.help.debug': 'en cas d\'erreur interne, afficher la trace complète (pour la signaler)',
  'values.internalError': ({ reason }: { reason: string }) =>
    `codegouv : erreur interne inattendue (${reason}). Relancez la même commande avec --debug pour afficher le détail, et signalez-le.`,
  'values.check.unreadable': ({ path, reason }: { path: string; reason: string }) =>
    `impossible de lire ${path} (${reason}) : vérifiez que le chemin existe et que vous avez le droit de le lire`,
  'values.check.brokenLink': ({ path, reason }: { path: string; reason: string }) =>
    `${path} est un lien symbolique qui ne mène à rien de lisible (${reason}) : corrigez ou supprimez le lien`,
  'values.check.internalError': ({ path, reason }: { path: string; reason: string }) =>
    `erreur interne en auditant ${path} (${reason}) : relancez avec --debug pour afficher le détail, et signalez-le`,
  'values.check.status.error': 'erreur',
  'values.check.notChecked': ({ count }: { count: number }) => `${count} ${p(count, 'chemin non audité', 'chemins non audités')} : la raison figure dans le tableau ci-dessous`,
  'values.check.errorVerdict': ({ message }: { message: string }) => `Non audité : ${message}`,
};
