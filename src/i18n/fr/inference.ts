/** What the run took from the repository itself, and from where. */
type Source = 'licence file' | 'git remote' | 'git config' | 'folder name';

const SOURCES: Record<Source, string> = {
  'licence file': 'du fichier de licence',
  'git remote': 'du dépôt distant git (origin)',
  'git config': 'de la configuration git (user.name, user.email)',
  'folder name': 'du nom du dossier',
};

/** « repris du fichier de licence », « repris de README.md ». */
const fromSource = (source: string) => SOURCES[source as Source] ?? `de ${source}`;

export const inference = {
  'inference.title': 'Repris du dépôt (à vérifier ; chaque option les remplace) :',
  'inference.line': ({ source, flags }: { source: string; flags: readonly string[] }) => `${flags.join(', ')} : repris ${fromSource(source)}`,
};
