import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AUTHORISED_LICENCES, VERSION_3_ONLY } from '../src/policy/licences.js';
import { codegouv, completeAnswers } from './fixtures.js';

function generate(overrides: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-licence-names-'));
  writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers(overrides)));
  const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
  expect(result.status, result.stderr).toBe(0);
  return dir;
}

describe('licences named in French sentences', () => {
  it('every authorised licence has a French name with its article', () => {
    for (const licence of [...AUTHORISED_LICENCES, ...VERSION_3_ONLY]) expect(licence.nameFr, licence.id).toMatch(/^(?:la licence|le contrat de licence) /u);
  });

  it.each([
    ['MIT', 'Le code source est publié sous la licence MIT (identifiant SPDX `MIT`)'],
    ['EUPL-1.2', 'Le code source est publié sous la licence publique de l\'Union européenne (EUPL) 1.2 (identifiant SPDX `EUPL-1.2`)'],
    ['CECILL-B', 'Le code source est publié sous le contrat de licence de logiciel libre CeCILL-B (identifiant SPDX `CECILL-B`)'],
  ])('README for %s', (licence, sentence) => {
    const dir = generate({ licence, docsLicence: 'etalab-2.0' });
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toContain(sentence);
    expect(readme).toContain('La documentation est publiée sous la Licence Ouverte 2.0 (Etalab) (`etalab-2.0`).');
    expect(readFileSync(join(dir, 'CONTRIBUTING.md'), 'utf8')).toContain(`Le code est sous ${sentence.slice('Le code source est publié sous '.length, sentence.indexOf(' (identifiant'))} (\`${licence}\`)`);
  });
});
