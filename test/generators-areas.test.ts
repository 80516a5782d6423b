import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
import CodeOfConductGenerator from '../generators/code-of-conduct/index.ts';
import ContributingGenerator from '../generators/contributing/index.ts';
import DcoGenerator from '../generators/dco/index.ts';
import LicenceGenerator from '../generators/licence/index.ts';
import PubliccodeGenerator from '../generators/publiccode/index.ts';
import ReadmeGenerator from '../generators/readme/index.ts';
import SecurityGenerator from '../generators/security/index.ts';
import { ADMINISTRATION, completeAnswers, listFiles } from './fixtures.js';

const COMMON = ['.yo-rc.json', '.yo-rc.json.license'];

/** Each area alone writes its own files, the licence texts they use, and nothing else. */
const AREAS = [
  ['licence', LicenceGenerator, ['LICENSE', 'LICENSES/EUPL-1.2.txt']],
  ['readme', ReadmeGenerator, ['README.md', 'LICENSES/EUPL-1.2.txt', 'LICENSES/etalab-2.0.txt']],
  ['contributing', ContributingGenerator, ['CONTRIBUTING.md', 'LICENSES/EUPL-1.2.txt', 'LICENSES/etalab-2.0.txt']],
  ['code-of-conduct', CodeOfConductGenerator, ['CODE_OF_CONDUCT.md', 'LICENSES/CC-BY-4.0.txt', 'LICENSES/EUPL-1.2.txt']],
  ['dco', DcoGenerator, ['DCO', 'DCO.license', 'DCO-fr.txt', 'DCO-fr.txt.license', 'scripts/dco-check.sh', '.github/workflows/dco.yml', '.github/dco.yml', 'LICENSES/EUPL-1.2.txt', 'LICENSES/LicenseRef-DCO.txt', 'LICENSES/etalab-2.0.txt']],
  ['security', SecurityGenerator, ['SECURITY.md', '.gitignore', 'LICENSES/EUPL-1.2.txt', 'LICENSES/etalab-2.0.txt']],
  ['publiccode', PubliccodeGenerator, ['publiccode.yml', 'LICENSES/EUPL-1.2.txt']],
] as const;

describe.each(AREAS)('yo codegouv:%s alone', (area, Generator, files) => {
  it('writes exactly its files, and stores its answers and its area', async () => {
    const result = await helpers.run(Generator).withOptions({ yes: true, skipInstall: true, ...completeAnswers() } as never);
    expect(listFiles(result.cwd)).toEqual([...files, ...COMMON].sort());
    const stored = JSON.parse(readFileSync(join(result.cwd, '.yo-rc.json'), 'utf8'))['generator-codegouv'];
    expect(stored).toMatchObject({ administration: ADMINISTRATION, licence: 'EUPL-1.2', areas: [area] });
  });

  it('asks only the questions its area needs', async () => {
    const result = await helpers.run(Generator).withOptions({ skipInstall: true, ...completeAnswers() } as never).withAnswers({}, { throwOnMissingAnswer: false });
    const asked = result.askedQuestions.map((question) => question.name);
    expect(asked.includes('softwareType')).toBe(area === 'publiccode');
    expect(asked.includes('openness')).toBe(area === 'readme');
    expect(asked.includes('signoffHook')).toBe(area === 'dco');
    expect(asked).toContain('docsLicence');
  });
});

describe('publiccode.yml values survive a YAML round trip exactly', () => {
  it.each([
    'Ministère de l\'Intérieur & des Outre-mer',
    'yes',
    '0.5',
    '2026-11-29',
    '- commence par un tiret',
    'clé: valeur # pas un commentaire',
    '"entre guillemets" et \'apostrophes\'',
    '@dnum {json} [liste] *étoile* `code` | barre > chevron %',
    'Emoji 👩‍💻 et caractères combinés e\u0301',
    '   espaces en tête et en fin   '.trim(),
  ])('%s', async (value) => {
    const answers = completeAnswers({ administration: value, contactName: value, features: [value, 'Autre'] });
    const result = await helpers.run(PubliccodeGenerator).withOptions({ yes: true, skipInstall: true, ...answers } as never);
    const data = parse(readFileSync(join(result.cwd, 'publiccode.yml'), 'utf8')) as Record<string, any>;
    expect(data.legal.mainCopyrightOwner).toBe(value);
    expect(data.organisation.name).toBe(value);
    expect(data.maintenance.contacts[0].name).toBe(value);
    expect(data.description.fr.features).toEqual([value, 'Autre']);
  });
});

describe('--ask-answered', () => {
  it('asks again what .yo-rc.json already answers, with the stored value as default', async () => {
    const stored = { ...completeAnswers(), areas: ['licence'] };
    const plain = await helpers.run(LicenceGenerator).withYoRcConfig('generator-codegouv', stored).withOptions({ skipInstall: true } as never).withAnswers({}, { throwOnMissingAnswer: false });
    expect(plain.askedQuestions.map((question) => question.name)).not.toContain('administration');
    const again = await helpers.run(LicenceGenerator).withYoRcConfig('generator-codegouv', stored).withOptions({ skipInstall: true, askAnswered: true } as never).withAnswers({}, { throwOnMissingAnswer: false });
    expect(again.askedQuestions.find((question) => question.name === 'administration')?.answer).toBe(ADMINISTRATION);
  });
});
