/**
 * The small local template the Python generators render in the bench, written at bench time: the
 * same ten files for cookiecutter (cookiecutter.json and a `{{cookiecutter.project_slug}}` folder)
 * and for copier (copier.yml and `.jinja` files), so that both do comparable work.
 * Formats: https://cookiecutter.readthedocs.io/en/stable/tutorials/tutorial2.html and
 * https://copier.readthedocs.io/en/stable/creating/
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

/** The template's variables and their defaults (the answers of a non-interactive run). */
export const TEMPLATE_VARIABLES = {
  project_name: 'Mon projet',
  project_slug: 'mon-projet',
  administration: "Ministère de l'Intérieur et des Outre-mer",
  description: "Un outil pour l'instruction des demandes et des courriers",
  contact_email: 'equipe.numerique@interieur.gouv.fr',
  year: '2026',
} as const;

type Variable = keyof typeof TEMPLATE_VARIABLES;
/** How a template language writes a reference to a variable. */
type Reference = (name: Variable) => string;

const TEMPLATE_FILES: readonly { path: string; content: (v: Reference) => string }[] = [
  { path: 'README.md', content: (v) => `# ${v('project_name')}\n\n${v('description')}\n\nPublié par ${v('administration')}.\n` },
  { path: 'LICENSE', content: (v) => `Copyright ${v('year')} ${v('administration')}\n\nLicensed under the EUPL, version 1.2.\n` },
  { path: 'CONTRIBUTING.md', content: (v) => `# Contribuer à ${v('project_name')}\n\nChaque commit porte un Signed-off-by (DCO).\n` },
  { path: 'CODE_OF_CONDUCT.md', content: (v) => `# Code de conduite\n\nContact : ${v('contact_email')}\n` },
  { path: 'SECURITY.md', content: (v) => `# Sécurité\n\nSignalez une vulnérabilité à ${v('contact_email')}.\n` },
  { path: 'publiccode.yml', content: (v) => `publiccodeYmlVersion: "0.4"\nname: ${v('project_name')}\nurl: https://github.com/exemple/${v('project_slug')}\n` },
  { path: 'REUSE.toml', content: (v) => `version = 1\n\n[[annotations]]\npath = "**"\nSPDX-FileCopyrightText = "${v('year')} ${v('administration')}"\nSPDX-License-Identifier = "EUPL-1.2"\n` },
  { path: '.gitignore', content: () => 'node_modules/\ndist/\n' },
  { path: 'package.json', content: (v) => `{\n  "name": "${v('project_slug')}",\n  "version": "0.1.0",\n  "license": "EUPL-1.2"\n}\n` },
  { path: 'src/index.js', content: (v) => `// SPDX-License-Identifier: EUPL-1.2\nconsole.log('${v('project_slug')}');\n` },
];

export const TEMPLATE_FILE_PATHS: readonly string[] = TEMPLATE_FILES.map((file) => file.path);

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** A cookiecutter template in `dir`: `cookiecutter --no-input dir` writes `<project_slug>/`. */
export function writeCookiecutterTemplate(dir: string): void {
  write(join(dir, 'cookiecutter.json'), `${JSON.stringify(TEMPLATE_VARIABLES, null, 2)}\n`);
  const project = join(dir, '{{cookiecutter.project_slug}}');
  for (const file of TEMPLATE_FILES) write(join(project, file.path), file.content((name) => `{{ cookiecutter.${name} }}`));
}

/** A copier template in `dir`: `copier copy --defaults dir DEST` writes the files into DEST. */
export function writeCopierTemplate(dir: string): void {
  const questions = Object.fromEntries(Object.entries(TEMPLATE_VARIABLES).map(([name, value]) => [name, { type: 'str', default: value }]));
  write(join(dir, 'copier.yml'), stringify(questions));
  for (const file of TEMPLATE_FILES) write(join(dir, `${file.path}.jinja`), file.content((name) => `{{ ${name} }}`));
}
