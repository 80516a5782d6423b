import type { Lang } from '../policy/enums.js';

/**
 * The sections codegouv may add to a document the team wrote, when it lacks what the policy asks
 * (https://github.com/DISIC/politique-de-contribution-open-source): each is the section of the
 * same name in the document codegouv would write, so there is one text, the template's.
 */
export const TEAM_SECTIONS = {
  dco: { heading: { fr: 'Certificat d\'origine du développeur (DCO)', en: 'Developer Certificate of Origin (DCO)' } },
  securityContact: { heading: { fr: 'Signaler une vulnérabilité', en: 'Reporting a vulnerability' } },
  administration: { heading: { fr: 'Administration', en: 'Administration' } },
  contributing: { heading: { fr: 'Contribuer', en: 'Contributing' } },
  licence: { heading: { fr: 'Licence', en: 'Licence' } },
  contact: { heading: { fr: 'Contact', en: 'Contact' } },
} as const satisfies Record<string, { heading: Record<Lang, string> }>;

export type TeamSection = keyof typeof TEAM_SECTIONS;

/** A `## Heading` section of a Markdown document codegouv rendered, heading included, up to the next one. */
export function sectionOf(rendered: string, section: TeamSection, lang: Lang): string | undefined {
  const lines = rendered.split('\n');
  const start = lines.indexOf(`## ${TEAM_SECTIONS[section].heading[lang]}`);
  if (start < 0) return undefined;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start, end < 0 ? undefined : end).join('\n').trim();
}

/** The code.gouv.fr openness badge line of a README codegouv rendered. */
export function badgeOf(rendered: string): string | undefined {
  return rendered.split('\n').find((line) => line.startsWith('[![code.gouv.fr'));
}

/** What a README codegouv rendered says of the project between its title and its first section, badge aside. */
export function purposeOf(rendered: string): string | undefined {
  const lines = rendered.split('\n');
  // After the title: the REUSE header comes before it.
  const title = lines.findIndex((line) => line.startsWith('# '));
  const first = lines.findIndex((line) => line.startsWith('## '));
  const block = lines.slice(title + 1, first < 0 ? undefined : first).filter((line) => !line.startsWith('[![code.gouv.fr')).join('\n').trim();
  return block === '' ? undefined : block;
}
