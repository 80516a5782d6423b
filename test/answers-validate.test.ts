import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
import AppGenerator from '../generators/app/index.ts';
import LicenceGenerator from '../generators/licence/index.ts';
import { validateAnswers } from '../src/answers/validate.js';
import { render } from '../src/i18n/render.js';
import { keysForAreas, AREAS } from '../src/areas/registry.js';
import { completeAnswers } from './fixtures.js';

const allKeys = keysForAreas(AREAS);
const check = (raw: Record<string, unknown>, lang: 'fr' | 'en' = 'fr') =>
  validateAnswers(raw, { lang, keys: allKeys, publiccode: true, now: new Date('2026-11-29') });
const problemOf = (raw: Record<string, unknown>, key: string) => {
  const problem = check(raw).problems.find((p) => p.key === key);
  return problem && { ...problem, message: render(problem.message, 'fr') };
};

describe('answer validation', () => {
  it('accepts a complete set and applies the documented defaults', () => {
    const { answers, problems } = check(completeAnswers());
    expect(problems).toEqual([]);
    expect(answers).toMatchObject({
      title: 'mon-projet', docsLicence: 'etalab-2.0', forge: 'github', securityEmail: 'equipe.numerique@interieur.gouv.fr',
      conductEmail: 'equipe.numerique@interieur.gouv.fr', developmentStatus: 'development', softwareType: 'standalone/web',
      platforms: ['web'], maintenanceType: 'internal', languages: ['fr'], openness: 'ouvert', signoffHook: false, codemeta: false,
    });
  });

  it('lists every missing required key with the flag that supplies it', () => {
    const { problems } = check({});
    expect(problems.map((p) => p.flag)).toEqual([
      '--administration', '--project-name', '--description', '--long-description', '--features', '--licence',
      '--repository-url', '--contact-name', '--contact-email',
    ]);
  });

  it.each([
    ['GPL-3.0', 'GPL-3.0-or-later'],
    ['gpl-3.0+', 'GPL-3.0-or-later'],
    ['Apache 2', 'Apache-2.0'],
    ['EUPL', 'EUPL-1.2'],
    ['LGPL-3.0', 'LGPL-3.0-or-later'],
    ['AGPLv3', 'AGPL-3.0-or-later'],
  ])('refuses the near miss %s with a suggestion of %s', (input, suggestion) => {
    const problem = problemOf(completeAnswers({ licence: input }), 'licence');
    expect(problem?.message).toContain(`--licence ${suggestion}`);
  });

  it.each(['GPL-2.0-only', 'WTFPL', 'Unlicense', 'proprietary'])('refuses %s with the authorised list and the policy reference', (input) => {
    const problem = problemOf(completeAnswers({ licence: input }), 'licence');
    expect(problem?.message).toContain('D.323-2-1');
    expect(problem?.message).toContain('data.gouv.fr');
    expect(problem?.message).toContain('CECILL-2.1');
  });

  it('normalises an authorised id typed in another case, and says so', () => {
    const { answers, problems, notices } = check(completeAnswers({ licence: 'CeCILL-2.1' }));
    expect(problems).toEqual([]);
    expect(answers.licence).toBe('CECILL-2.1');
    expect(notices.map((notice) => render(notice, 'fr')).join()).toContain('CECILL-2.1');
  });

  it.each([
    ['projectName', 'Mon Projet'],
    ['projectName', '../evil'],
    ['repositoryUrl', 'ftp://example.org/repo'],
    ['contactEmail', 'not-an-address'],
    ['administrationUri', 'lannuaire.service-public.fr/x'],
    ['developmentStatus', 'alpha'],
    ['softwareType', 'web'],
    ['maintenanceType', 'outsourced'],
    ['languages', 'de'],
    ['year', 'next'],
    ['openness', 'ferme'],
    ['docsLicence', 'CC-BY-SA-4.0'],
    ['administration', 'Ministère\nde la Culture'],
  ])('reports %s = %j', (key, value) => {
    expect(problemOf(completeAnswers({ [key]: value }), key)?.message).toBeTruthy();
  });

  it('counts lengths in graphemes, not UTF-16 code units', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(problemOf(completeAnswers({ description: family.repeat(150) }), 'description')).toBeUndefined();
    expect(problemOf(completeAnswers({ description: 'é'.repeat(151) }), 'description')?.message).toContain('151');
    expect(problemOf(completeAnswers({ longDescription: 'x'.repeat(149) }), 'longDescription')?.message).toContain('149');
  });

  it('requires contractors for contract maintenance and forbids them otherwise', () => {
    expect(problemOf(completeAnswers({ maintenanceType: 'contract' }), 'contractors')).toBeTruthy();
    expect(problemOf(completeAnswers({ maintenanceType: 'contract', contractors: [{ name: 'Société X', until: '2027-02-30' }] }), 'contractors')).toBeTruthy();
    expect(problemOf(completeAnswers({ maintenanceType: 'contract', contractors: [{ name: 'Société X', until: '2027-12-31' }] }), 'contractors')).toBeUndefined();
    expect(problemOf(completeAnswers({ contractors: [{ name: 'Société X', until: '2027-12-31' }] }), 'contractors')).toBeTruthy();
  });

  it('normalises ssh remotes to https and infers the forge', () => {
    const { answers } = check(completeAnswers({ repositoryUrl: 'git@gitlab.adullact.net:ministere/outil.git' }));
    expect(answers.repositoryUrl).toBe('https://gitlab.adullact.net/ministere/outil');
    expect(answers.forge).toBe('gitlab');
  });

  it('speaks English with lang en', () => {
    expect(render(check({}, 'en').problems[0]!.message, 'en')).toBe('required answer missing');
  });
});

describe('headless refusal writes nothing', () => {
  it('fails with every problem and leaves the folder empty', async () => {
    let folder = '';
    const run = helpers.run(AppGenerator).withOptions({ yes: true, licence: 'GPL-3.0', contactEmail: 'x' } as never).inTmpDir((dir) => {
      folder = dir;
    });
    await expect(run).rejects.toThrow(/--licence GPL-3.0-or-later[\s\S]*--contact-email/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a licence outside the list for the licence area alone', async () => {
    let folder = '';
    const run = helpers.run(LicenceGenerator).withOptions({ yes: true, ...completeAnswers({ licence: 'WTFPL' }) } as never).inTmpDir((dir) => {
      folder = dir;
    });
    await expect(run).rejects.toThrow(/WTFPL/);
    expect(readdirSync(folder)).toEqual([]);
  });
});
