/** A file codegouv wrote, edited by the team, merged with codegouv's new output (three-way). */
export const merge = {
  'merge.wouldMerge': ({ path }: { path: string }) =>
    `${path} est conservé tel quel : l'équipe l'a modifié et la nouvelle version de codegouv aussi. Les deux se fusionnent sans conflit ; avec --force, codegouv écrit la fusion (les modifications de l'équipe restent).`,
  'merge.conflicts': ({ path, count, kept }: { path: string; count: number; kept: boolean }) =>
    `${path} : les modifications de l'équipe et la nouvelle version de codegouv touchent les mêmes lignes (${count} conflit${count > 1 ? 's' : ''}). ${kept ? 'Le fichier est conservé tel quel ; avec --force (ou oui à la question), il reçoit la fusion, les conflits entre marqueurs <<<<<<< et >>>>>>>.' : 'Avec votre accord, il reçoit la fusion, les conflits entre marqueurs <<<<<<< et >>>>>>> : choisissez pour chacun, puis retirez les marqueurs avant de valider.'}`,
};
