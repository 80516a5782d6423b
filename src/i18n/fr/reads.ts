import { plural } from '../grammar/plural.js';

const p = plural('fr');

/** Reading a target folder: files not read and why, git missing, the sign-off hook left off. */
type Reason = 'link-outside' | 'not-regular' | 'too-large' | 'unreadable' | 'not-utf8' | 'name-not-utf8';

const REASONS: Record<Reason, string> = {
  'link-outside': 'lien qui sort du dossier',
  'not-regular': 'pas un fichier ordinaire (dossier, FIFO, socket ou périphérique)',
  'too-large': 'trop volumineux',
  unreadable: 'illisible (droits d\'accès ?)',
  'not-utf8': 'texte qui n\'est pas en UTF-8',
  'name-not-utf8': 'nom qui n\'est pas en UTF-8, à renommer',
};

export const reads = {
  'reads.reason': ({ reason }: { reason: Reason }) => REASONS[reason],
  'reads.refused': ({ path, reason }: { path: string; reason: string }) =>
    `${path} : ${reason} ; codegouv ne lit pas ce fichier et n'a rien écrit. Remplacez-le par un fichier ordinaire du dépôt, en UTF-8 et de taille raisonnable, ou supprimez-le, puis relancez.`,
  'reads.configRefused': ({ path, reason }: { path: string; reason: string }) =>
    `${path} : ${reason} ; ce fichier de configuration n'est pas lu et rien n'a été écrit. Remplacez-le par un fichier JSON ordinaire (ou supprimez-le), puis relancez.`,
  'reads.rule.title': 'Fichiers du dépôt lus par l\'audit',
  'reads.rule.pass': 'Tous les fichiers audités ont pu être lus.',
  'reads.rule.fail': ({ count, files }: { count: number; files: string }) =>
    `${count} ${p(count, 'fichier non lu, donc non vérifié', 'fichiers non lus, donc non vérifiés')} : ${files}. Les liens qui sortent du dossier et les fichiers spéciaux ne sont jamais suivis ; les textes doivent être en UTF-8 ; au-delà de la taille maximale, un fichier n'est pas ouvert.`,
  'reads.rule.file': ({ path, reason }: { path: string; reason: string }) => `${path} (${reason})`,
  'reads.gitMissing': ({ range }: { range: string }) =>
    `--commits ${range} : git est introuvable sur cette machine, l'historique ne peut pas être vérifié. Installez git (https://git-scm.com) ou relancez sans --commits.`,
  'reads.hookNotOurs': ({ path }: { path: string }) =>
    `Crochet de signature non activé : ${path} n'est pas celui que codegouv écrit, ou .githooks/ contient d'autres scripts ; activer core.hooksPath les exécuterait à chaque commit. Vérifiez le contenu de .githooks/, puis activez-le vous-même avec « git config core.hooksPath .githooks ».`,
  'reads.hookGitMissing': 'git est introuvable : crochet de signature non activé. Installez git, puis activez-le avec « git config core.hooksPath .githooks ».',
};
