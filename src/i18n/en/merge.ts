import type { merge as fr } from '../fr/merge.js';

export const merge = {
  'merge.wouldMerge': ({ path }: { path: string }) =>
    `${path} is kept as it is: the team edited it and codegouv's new version changes it too. Both merge without conflict; with --force, codegouv writes the merge (the team's edits stay).`,
  'merge.conflicts': ({ path, count, kept }: { path: string; count: number; kept: boolean }) =>
    `${path}: the team's edits and codegouv's new version change the same lines (${count} conflict${count > 1 ? 's' : ''}). ${kept ? 'The file is kept as it is; with --force (or yes to the question), it gets the merge, the conflicts between <<<<<<< and >>>>>>> markers.' : 'With your consent, it gets the merge, the conflicts between <<<<<<< and >>>>>>> markers: choose for each, then remove the markers before committing.'}`,
} satisfies typeof fr;
