/**
 * What makes each failed `check` requirement pass when no `codegouv` command can do it: the file
 * and what to change in it. Commands are shown as they are typed.
 */
export const fixes = {
  'fixes.label': 'Correction',
  'fixes.installGit': 'Installez git (https://git-scm.com/downloads) et relancez codegouv check --commits.',
  'fixes.notGit': 'Lancez check --commits dans le dossier d\'un dépôt git (git clone de la forge), ou sans --commits.',
  'fixes.convertToText': ({ files }: { files: readonly string[] }) => `Convertissez ${files.join(', ')} en Markdown (.md) ou en texte (.txt), encodé en UTF-8 ; une copie PDF ou HTML peut rester à côté.`,
  'fixes.L1.several': 'Gardez chaque texte dans LICENSES/<identifiant>.txt et dites quels fichiers relèvent de chaque licence (en-têtes SPDX-License-Identifier, par exemple « MIT OR GPL-3.0-or-later », ou annotations de REUSE.toml) ; codegouv licence --force ne garderait qu\'une licence : ne l\'utilisez pas ici.',
  'fixes.L5.declare': ({ files }: { files: string }) => `Déclarez etalab-2.0 (ODbL-1.0 pour des données à partage à l'identique) pour ${files} : en-tête SPDX-License-Identifier, ou annotation de REUSE.toml (path = ["docs/**"], SPDX-License-Identifier = "etalab-2.0"), et ajoutez LICENSES/etalab-2.0.txt (reuse download etalab-2.0).`,
  'fixes.F5.say': ({ path }: { path: string }) => `En tête de ${path}, écrivez que le projet n'est plus maintenu (et si un repreneur est recherché).`,
  'fixes.C3.remove': ({ found }: { found: string }) => `Retirez l'exigence de CLA et le robot CLA (${found}) : le DCO suffit.`,
  'fixes.C2-commits.signoff': 'Signez chaque commit cité : git commit --amend -s --no-edit (dernier commit) ou git rebase --signoff <base>, puis git push --force-with-lease.',
  'fixes.H1.declare': ({ files }: { files: string }) => `Déclarez droits et licence de ${files} : en-tête SPDX-FileCopyrightText et SPDX-License-Identifier en commentaire, fichier <fichier>.license à côté, ou annotation [[annotations]] de REUSE.toml`,
  'fixes.H1.generate': ({ files }: { files: string }) => `Lancez codegouv licence : il déclare dans REUSE.toml les fichiers de l'équipe sans en-tête (${files}) et donne, à compléter, l'annotation de ceux qu'il ne peut attribuer`,
  'fixes.H1.download': ({ ids }: { ids: readonly string[] }) => `ajoutez ${ids.map((id) => `LICENSES/${id}.txt`).join(', ')} (reuse download ${ids.join(' ')})`,
  'fixes.H1.removeUnused': ({ files }: { files: readonly string[] }) => `supprimez ${files.join(', ')}`,
  'fixes.H1.respell': ({ id, spelling }: { id: string; spelling: string }) => `remplacez ${id} par ${spelling} dans les fichiers qui le déclarent`,
  'fixes.H1.licenseRef': ({ id }: { id: string }) => `nommez ${id} LicenseRef-${id} et mettez son texte dans LICENSES/LicenseRef-${id}.txt`,
  'fixes.H1.undeprecate': ({ ids }: { ids: readonly string[] }) => `remplacez ${ids.join(', ')} par la forme -only ou -or-later que dit la notice du projet`,
  'fixes.H1.addExtension': ({ files }: { files: readonly string[] }) => `renommez ${files.join(', ')} en .txt`,
  'fixes.H1.config': 'corrigez REUSE.toml (ou .reuse/dep5) à l\'endroit que signale reuse lint',
  'fixes.H2.holder': ({ holder, files }: { holder: string; files: string }) => `Ajoutez « SPDX-FileCopyrightText: <année> ${holder} » à ${files} (dans l'en-tête de chaque fichier, ou dans l'annotation de REUSE.toml qui les couvre), avant les autres auteurs s'il y en a.`,
  'fixes.H2.declareProject': ({ holder }: { holder: string }) => `Déclarez la licence du projet et « SPDX-FileCopyrightText: <année> ${holder} » pour les fichiers de l'administration (en-têtes ou REUSE.toml).`,
  'fixes.S1.remove': ({ files }: { files: string }) => `Retirez ${files} du dépôt et de son historique (git filter-repo --invert-paths --path <fichier>), changez les secrets qu'ils contenaient, puis excluez-les par .gitignore ; un modèle à recopier se nomme .env.example.`,
  'fixes.unread': ({ files }: { files: string }) => `Rendez ${files} lisibles pour l'audit : remplacez un lien sortant par le fichier, enregistrez le texte en UTF-8, sortez du dépôt ce qui dépasse la taille permise.`,
};
