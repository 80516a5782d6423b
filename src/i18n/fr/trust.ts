/** Code only from who the user trusts: presets, their templates, where they are looked for. */
export const trust = {
  /** `--help`, kept with the other texts of this domain. */
  'help.option.trustPreset':
    'utiliser le préréglage nommé par le .yo-rc.json du dossier quand il a des modèles (un modèle exécute du code) ou qu\'il est hors du dossier ; un préréglage sans modèles situé dans le dossier est lu comme des données, validées comme des réponses',
  'trust.presetNotFound': ({ spec, folders }: { spec: string; folders: readonly string[] }) =>
    `préréglage « ${spec} » : paquet npm introuvable dans l'installation de codegouv ni dans les paquets npm globaux (${folders.join(', ')}) ; jamais dans le node_modules du dossier traité. Installez-le (npm install -g ${spec}) ou donnez le chemin de son fichier.`,
  'trust.presetPathNotFound': ({ spec, path }: { spec: string; path: string }) =>
    `préréglage « ${spec} » : ${path} n'est ni un fichier ni un dossier contenant un package.json ; corrigez le chemin.`,
  'trust.question': ({ file, templates }: { file: string; templates: string }) =>
    `Le .yo-rc.json de ce dossier nomme le préréglage ${file}, dont les modèles (${templates}) remplacent ceux de codegouv. Un modèle exécute du code sur votre machine. Faites-vous confiance à ce préréglage ?`,
  'trust.refused': ({ spec, file, templates }: { spec: string; file: string; templates: string }) =>
    `Préréglage non approuvé : le .yo-rc.json de ce dossier nomme « ${spec} » (${file}), dont les modèles (${templates}) exécutent du code. Rien n'a été écrit. Si vous lui faites confiance, relancez avec --trust-preset ; sinon, retirez « preset » de .yo-rc.json ou donnez votre propre préréglage avec --preset.`,
  'trust.questionOutside': ({ file }: { file: string }) =>
    `Le .yo-rc.json de ce dossier nomme le préréglage ${file}, hors du dossier : ses valeurs seraient écrites dans les fichiers générés. Faites-vous confiance à ce préréglage ?`,
  'trust.refusedOutside': ({ spec, file }: { spec: string; file: string }) =>
    `Préréglage non approuvé : le .yo-rc.json de ce dossier nomme « ${spec} » (${file}), un fichier hors du dossier dont les valeurs seraient écrites dans les fichiers générés. Rien n'a été écrit. Si c'est bien votre préréglage, relancez avec --trust-preset ou --preset ${spec} ; sinon, retirez « preset » de .yo-rc.json.`,
  'trust.declined': ({ spec, file }: { spec: string; file: string }) =>
    `Préréglage refusé : « ${spec} » (${file}) n'a pas été utilisé et rien n'a été écrit. Retirez « preset » de .yo-rc.json ou donnez votre propre préréglage avec --preset.`,
};
