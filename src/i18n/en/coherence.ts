import type { coherence as fr } from '../fr/coherence.js';

export const coherence = {
  'coherence.heading': ({ heading }: { heading: string }) => `the section “${heading}”`,
  'coherence.top': 'the top of the file (before the first heading)',
  'coherence.spdx': 'the SPDX header',
  'coherence.notUpdated': ({ path, headings, wanted }: { path: string; headings: readonly string[]; wanted: string }) =>
    `${path}: the team edited ${headings.join(' and ')}, which codegouv therefore does not replace. Carry over by hand what the new answers write there, or codegouv check reports the contradiction (rule K1):\n${wanted.split('\n').map((line) => `      ${line}`).join('\n')}`,
  'coherence.wouldUpdate': ({ path, headings }: { path: string; headings: readonly string[] }) =>
    `${path} is kept as it is. With --force, codegouv would update ${headings.join(', ')} and nothing else: the sections the team added or edited would stay as they are.`,
  'coherence.K1.fixReadme': ({ path, licence }: { path: string; licence: string }) =>
    `In the Licence section of ${path}, name the licence of the licence text (${licence}): codegouv does not replace a section the team edited. If the licence text is the wrong one, codegouv licence --force --licence ID replaces it.`,

  'coherence.K1.title': 'Consistent licence and administration declarations',
  'coherence.K1.pass': 'LICENSE, README, publiccode.yml, SPDX headers and .yo-rc.json give the same licence and the same administration.',
  'coherence.K1.where.file': ({ path }: { path: string }) => path,
  'coherence.K1.where.readmeLicence': ({ path }: { path: string }) => `${path} (Licence section)`,
  'coherence.K1.where.field': ({ path, field }: { path: string; field: string }) => `${path} (${field})`,
  'coherence.K1.where.headers': 'the REUSE information of the team\'s files (most used licence)',
  'coherence.K1.says': ({ where, value }: { where: string; value: string }) => `${where}: ${value}`,
  'coherence.K1.licences': ({ items }: { items: readonly string[] }) => `The licence declarations contradict each other (no licence in common): ${items.join('; ')}`,
  'coherence.K1.administrations': ({ items }: { items: readonly string[] }) => `The administration declarations contradict each other: ${items.join('; ')}`,
  'coherence.K1.readmeAdministration': ({ path, names }: { path: string; names: readonly string[] }) => `the Administration section of ${path} does not name ${names.join(' or ')}`,
  'coherence.K1.fix': ({ readme }: { readme: string }) =>
    `Choose the project's licence and administration and say them everywhere: the licence text (LICENSE) binds, then publiccode.yml (legal.license, legal.mainCopyrightOwner), the Licence and Administration sections of ${readme}, the SPDX headers and the answers (codegouv --force --licence ID --administration "NAME" updates the generated files; sections the team edited are to be carried over by hand).`,
} satisfies typeof fr;
