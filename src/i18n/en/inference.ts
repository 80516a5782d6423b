/** What the run took from the repository itself, and from where. */
type Source = 'licence file' | 'git remote' | 'git config' | 'folder name';

const SOURCES: Record<Source, string> = {
  'licence file': 'the licence file',
  'git remote': 'the git remote (origin)',
  'git config': 'the git configuration (user.name, user.email)',
  'folder name': 'the folder name',
};

const sourceName = (source: string) => SOURCES[source as Source] ?? source;

export const inference = {
  'inference.title': 'Taken from the repository (check them; each option replaces them):',
  'inference.line': ({ source, flags }: { source: string; flags: readonly string[] }) => `${flags.join(', ')}: taken from ${sourceName(source)}`,
};
