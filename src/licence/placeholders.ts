/**
 * Placeholders in the SPDX licence texts shipped by spdx-license-list (SPDX License List 3.x),
 * read off each authorised licence's text. Everything else in a text is reproduced verbatim.
 */
export interface PlaceholderValues {
  year: number;
  holder: string;
  program: string;
  oneLine: string;
}

type Fill = readonly [placeholder: string, value: keyof PlaceholderValues];

const GNU: readonly Fill[] = [
  ["<one line to give the program's name and a brief idea of what it does.>", 'oneLine'],
  ['<year>', 'year'],
  ['<name of author>', 'holder'],
  ['<program>', 'program'],
];

const PLACEHOLDERS: Readonly<Record<string, readonly Fill[]>> = {
  MIT: [['<year>', 'year'], ['<copyright holders>', 'holder']],
  'BSD-2-Clause': [['<year>', 'year'], ['<owner>', 'holder']],
  'BSD-3-Clause': [['<year>', 'year'], ['<owner>', 'holder']],
  'Apache-2.0': [['[yyyy]', 'year'], ['[name of copyright owner]', 'holder']],
  'GPL-3.0-or-later': GNU,
  'LGPL-3.0-or-later': GNU,
  'AGPL-3.0-or-later': GNU,
  'GPL-3.0-only': GNU,
  'LGPL-3.0-only': GNU,
  'AGPL-3.0-only': GNU,
};

export function fillPlaceholders(id: string, text: string, values: PlaceholderValues): string {
  let filled = text;
  for (const [placeholder, key] of PLACEHOLDERS[id] ?? []) {
    filled = filled.split(placeholder).join(String(values[key]));
  }
  return filled;
}
