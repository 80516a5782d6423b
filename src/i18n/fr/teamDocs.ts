/** Sections codegouv adds to the team's own documents, only with consent. */
export const teamDocs = {
  'teamDocs.section': ({ heading }: { heading: string }) => `la section « ${heading} »`,
  'teamDocs.badge': 'le badge du degré d\'ouverture code.gouv.fr, sous le titre',
  'teamDocs.purpose': 'la présentation du projet, sous le titre',
  'teamDocs.toAdd': ({ path, additions, command }: { path: string; additions: readonly string[]; command: string }) =>
    `${path} est gardé tel quel ; il y manque ce que demande la politique de contribution : ${additions.join(', ')}. ${command} l'ajoute (à la fin du fichier pour une section), sans rien changer d'autre ; en mode interactif, la question est posée.`,
};
