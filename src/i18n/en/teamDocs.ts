import type { teamDocs as fr } from '../fr/teamDocs.js';

export const teamDocs = {
  'teamDocs.section': ({ heading }: { heading: string }) => `the section “${heading}”`,
  'teamDocs.badge': 'the code.gouv.fr openness badge, under the title',
  'teamDocs.purpose': 'the presentation of the project, under the title',
  'teamDocs.toAdd': ({ path, additions, command }: { path: string; additions: readonly string[]; command: string }) =>
    `${path} is kept as it is; it lacks what the contribution policy asks: ${additions.join(', ')}. ${command} adds it (at the end of the file for a section) and changes nothing else; an interactive run asks first.`,
} satisfies typeof fr;
