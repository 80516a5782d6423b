/** A generator run: refusals, notes, the sign-off hook and the final summary. */
export const run = {
  'run.noTerminal': 'Aucun terminal pour poser les questions : relancez avec --yes et les réponses en options ou dans un fichier --answers.',
  'run.badLang': ({ value }: { value: string }) => `--lang : « ${value} » inconnue ; valeurs possibles : fr, en`,
  'run.hookSet': 'Crochet de signature activé : git config core.hooksPath .githooks',
  'run.hookNotGit': 'Le dossier n\'est pas un dépôt git : activez le crochet plus tard avec « git config core.hooksPath .githooks ».',
  'run.hookSkipped': '--skip-git : configuration git non modifiée ; activez le crochet avec « git config core.hooksPath .githooks ».',
  'run.notice': ({ notice }: { notice: string }) => `Note : ${notice}`,
  'run.confirmRemoval': ({ path }: { path: string }) => `${path} a été généré, n'a pas été modifié depuis et ne sert plus. Le supprimer ?`,
  'run.dryRun': '--dry-run : rien n\'a été écrit ; les différences sont affichées ci-dessus.',
  'run.deferred': ({ keys }: { keys: readonly string[] }) => `Réponses modifiées non enregistrées, car des fichiers existants ont été conservés : ${keys.join(', ')}. Relancez avec --force pour les appliquer.`,
  'run.files.created': ({ count }: { count: number }) => `Créés (${count}) :`,
  'run.files.identical': ({ count }: { count: number }) => `Inchangés (${count}) :`,
  'run.files.overwritten': ({ count }: { count: number }) => `Remplacés (${count}) :`,
  'run.files.completed': ({ count }: { count: number }) => `Complétés (fichiers de l'équipe, sections ajoutées, rien d'autre changé) (${count}) :`,
  'run.files.kept': ({ count }: { count: number }) => `Conservés (existants, non modifiés ; --force pour les mettre à jour) (${count}) :`,
  'run.files.removed': ({ count }: { count: number }) => `Supprimés (générés, non modifiés, plus utilisés) (${count}) :`,
  'run.files.obsolete': ({ count }: { count: number }) => `Plus utilisés, laissés en place (supprimez-les, ou relancez avec --force) (${count}) :`,
  'run.todo': 'Reste à faire :',
  'run.notCompliant': 'Encore non conforme (codegouv check) :',
  'run.compliant': 'Conforme : codegouv check ne trouve plus aucune exigence obligatoire ou recommandée non respectée.',
  'run.remaining': ({ id, level, text, fix }: { id: string; level: 'MUST' | 'SHOULD'; text: string; fix: string }) =>
    `${id} [${({ MUST: 'obligatoire', SHOULD: 'recommandé' })[level]}] ${text}${fix ? ` → correction : ${fix}` : ''}`,
};
