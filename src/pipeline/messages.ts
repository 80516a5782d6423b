export const RUN_MESSAGES = {
  fr: {
    noTerminal: 'Aucun terminal pour poser les questions : relancez avec --yes et les réponses en options ou dans un fichier --answers.',
    badLang: (value: string) => `--lang : « ${value} » inconnue ; valeurs possibles : fr, en`,
    hookSet: 'Crochet de signature activé : git config core.hooksPath .githooks',
    hookNotGit: 'Le dossier n\'est pas un dépôt git : activez le crochet plus tard avec « git config core.hooksPath .githooks ».',
    hookSkipped: '--skip-git : configuration git non modifiée ; activez le crochet avec « git config core.hooksPath .githooks ».',
    notice: 'Note',
    confirmRemoval: (path: string) => `${path} a été généré, n'a pas été modifié depuis et ne sert plus. Le supprimer ?`,
    dryRun: '--dry-run : rien n\'a été écrit ; les différences sont affichées ci-dessus.',
    deferred: (keys: readonly string[]) => `Réponses modifiées non enregistrées, car des fichiers existants ont été conservés : ${keys.join(', ')}. Relancez avec --force pour les appliquer.`,
  },
  en: {
    noTerminal: 'No terminal to ask the questions: run again with --yes and the answers as flags or in an --answers file.',
    badLang: (value: string) => `--lang: unknown "${value}"; possible values: fr, en`,
    hookSet: 'Sign-off hook enabled: git config core.hooksPath .githooks',
    hookNotGit: 'The folder is not a git repository: enable the hook later with "git config core.hooksPath .githooks".',
    hookSkipped: '--skip-git: git configuration left unchanged; enable the hook with "git config core.hooksPath .githooks".',
    notice: 'Note',
    confirmRemoval: (path: string) => `${path} was generated, is untouched since and no longer used. Delete it?`,
    dryRun: '--dry-run: nothing was written; the differences are shown above.',
    deferred: (keys: readonly string[]) => `Changed answers not stored, because existing files were kept: ${keys.join(', ')}. Run again with --force to apply them.`,
  },
};
