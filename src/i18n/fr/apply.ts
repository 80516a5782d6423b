/** `codegouv apply`: a preset applied to many local repositories, each on its own branch. */
export const apply = {
  'apply.help.line': 'préréglage appliqué à des dépôts locaux, sur une branche (essai à blanc par défaut)',
  'apply.usage': [
    'Usage : codegouv apply --preset PRÉRÉGLAGE [--branch NOM] [--write] [--push DISTANT] [--lang fr|en] DÉPÔT... [-- OPTIONS]',
    '  Pour chaque DÉPÔT (clone local), lance le générateur sans question (--yes) avec le PRÉRÉGLAGE dans une copie',
    '  temporaire, sur une nouvelle branche, et valide ce qui change (commit signé DCO à votre identité git globale,',
    '  message en français listant les fichiers). Votre copie de travail et votre branche courante ne sont jamais touchées.',
    '  Sans --write : simulation, le diff est affiché et rien n\'est écrit.',
    '  --branch NOM     nom de la branche créée (par défaut codegouv/conformite)',
    '  --write          crée la branche dans chaque dépôt modifié',
    '  --push DISTANT   pousse aussi la branche vers ce dépôt distant du dépôt (avec --write ; jamais sans)',
    '  -- OPTIONS       options transmises telles quelles au générateur (ex. -- --force)',
    '  Un dépôt avec des modifications non validées (fichiers non suivis compris), une tête détachée ou une branche',
    '  de ce nom existante est ignoré avec un message.',
    'Code de sortie : 0 chaque dépôt est modifié ou inchangé ; 1 au moins un dépôt ignoré, refusé ou en erreur ;',
    '  2 erreur d\'usage (rien n\'est touché).',
  ].join('\n'),
  'apply.unknownOption': ({ option }: { option: string }) => `codegouv apply : option inconnue « ${option} ».`,
  'apply.missingValue': ({ option }: { option: string }) => `codegouv apply : ${option} attend une valeur.`,
  'apply.badLang': ({ value }: { value: string }) => `codegouv apply : --lang « ${value} » : fr ou en attendu.`,
  'apply.noPreset': 'codegouv apply : --preset est obligatoire (fichier YAML ou JSON, ou paquet npm du préréglage de l\'organisation).',
  'apply.noRepository': 'codegouv apply : aucun dépôt donné. Passez les dossiers des clones locaux (ex. depots/*).',
  'apply.badBranch': ({ branch }: { branch: string }) =>
    `codegouv apply : --branch « ${branch} » n'est pas un nom de branche git valide (ex. codegouv/conformite).`,
  'apply.pushNeedsWrite': 'codegouv apply : --push ne s\'emploie qu\'avec --write (une simulation ne crée pas de branche à pousser).',
  'apply.badPreset': ({ spec }: { spec: string }) => `codegouv apply : le préréglage « ${spec} » est refusé, aucun dépôt n'a été touché :`,
  'apply.noIdentity': [
    'codegouv apply : aucune identité git trouvée pour signer les commits (Signed-off-by). Déclarez la vôtre :',
    '  git config --global user.name "Prénom Nom"',
    '  git config --global user.email prenom.nom@exemple.gouv.fr',
    'Aucun dépôt n\'a été touché.',
  ].join('\n'),

  'apply.line.changed': ({ path, count, branch }: { path: string; count: number; branch: string }) =>
    `${path} : modifié (${count} fichier${count > 1 ? 's' : ''}) → branche ${branch}`,
  'apply.line.wouldChange': ({ path, count, branch }: { path: string; count: number; branch: string }) =>
    `${path} : modifié (${count} fichier${count > 1 ? 's' : ''}) → branche ${branch} à créer avec --write`,
  'apply.line.pushed': ({ path, count, branch, remote }: { path: string; count: number; branch: string; remote: string }) =>
    `${path} : modifié (${count} fichier${count > 1 ? 's' : ''}) → branche ${branch}, poussée vers ${remote}`,
  'apply.line.unchanged': ({ path }: { path: string }) => `${path} : inchangé`,
  'apply.line.skipped': ({ path, reason }: { path: string; reason: string }) => `${path} : ignoré : ${reason}`,
  'apply.line.refused': ({ path, reason }: { path: string; reason: string }) => `${path} : refusé : ${reason}`,
  'apply.line.error': ({ path, reason }: { path: string; reason: string }) => `${path} : erreur : ${reason}`,

  'apply.skip.dirty': 'modifications non validées (fichiers non suivis compris) : validez-les ou remisez-les (git stash -u), puis relancez',
  'apply.skip.detached': 'tête détachée : placez-vous sur une branche (git switch main), puis relancez',
  'apply.skip.branchExists': ({ branch }: { branch: string }) =>
    `la branche ${branch} existe déjà : fusionnez-la ou supprimez-la (git branch -D ${branch}), ou choisissez un autre nom avec --branch`,

  'apply.error.missing': 'dossier introuvable',
  'apply.error.notRepository': 'ce n\'est pas un dépôt git (ou son .git renvoie vers un autre dépôt)',
  'apply.error.notTop': ({ top }: { top: string }) => `ce dossier est dans le dépôt ${top} : donnez la racine du dépôt`,
  'apply.error.noCommit': 'le dépôt n\'a encore aucun commit',
  'apply.error.unsafe': ({ reason }: { reason: string }) => `git ne peut pas y être lancé sans risque (${reason})`,
  'apply.error.gitMissing': 'git est introuvable sur cette machine',
  'apply.error.git': ({ step, detail }: { step: string; detail: string }) => `git ${step} a échoué : ${detail}`,
  'apply.error.generator': ({ code, detail }: { code: string; detail: string }) => `le générateur s'est arrêté (code ${code}) : ${detail}`,
  'apply.error.noRemote': ({ remote }: { remote: string }) => `aucun dépôt distant « ${remote} » (git remote -v) : branche créée, non poussée`,
  'apply.error.transport': ({ remote, url }: { remote: string; url: string }) =>
    `le dépôt distant « ${remote} » (${url}) n'est ni https, ni ssh, ni git, ni un chemin local : branche créée, non poussée`,
  'apply.error.push': ({ remote, detail }: { remote: string; detail: string }) => `git push vers ${remote} a échoué : ${detail} (branche créée, non poussée)`,

  'apply.error.unexpected': ({ detail }: { detail: string }) => `erreur inattendue : ${detail}`,

  'apply.diff.heading': ({ path }: { path: string }) => `--- ${path} : ce que la branche contiendrait ---`,
  'apply.summary': ({ changed, unchanged, skipped, refused, errors }: { changed: number; unchanged: number; skipped: number; refused: number; errors: number }) =>
    `${changed + unchanged + skipped + refused + errors} dépôt(s) : ${changed} modifié(s), ${unchanged} inchangé(s), ${skipped} ignoré(s), ${refused} refusé(s), ${errors} en erreur.`,
  'apply.dryRun': 'Simulation : rien n\'a été écrit. Relancez avec --write pour créer les branches.',

  // The commit lands in a French administration's repository: always rendered in French.
  'apply.commit.subject': ({ preset }: { preset: string }) => `Mise en conformité codegouv (préréglage ${preset})`,
  'apply.commit.created': 'Fichiers créés :',
  'apply.commit.modified': 'Fichiers modifiés :',
  'apply.commit.removed': 'Fichiers supprimés :',
  'apply.commit.producedBy': ({ version }: { version: string }) => `Produit par codegouv apply (generator-codegouv ${version}).`,
};
