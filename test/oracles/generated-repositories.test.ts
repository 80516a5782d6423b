import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTHORISED_LICENCES } from '../../generators/lib/policy/licences.js';
import { completeAnswers, listFiles } from '../fixtures.js';
import { generate, requireTool, run } from './tools.js';

/** licensee names these licences without the SPDX "-or-later" suffix. */
const LICENSEE_ID: Readonly<Record<string, string>> = {
  'GPL-3.0-or-later': 'GPL-3.0',
  'LGPL-3.0-or-later': 'LGPL-3.0',
  'AGPL-3.0-or-later': 'AGPL-3.0',
};

beforeAll(() => {
  requireTool('reuse');
  requireTool('licensee', ['version']);
  requireTool('shellcheck');
  requireTool('yamllint');
});

describe.each(AUTHORISED_LICENCES.map((licence) => [licence.id, licence] as const))('licence %s', (id, licence) => {
  let dir = '';
  beforeAll(() => {
    dir = generate(completeAnswers({ licence: id, languages: ['fr', 'en'], signoffHook: true, docsLicence: 'etalab-2.0', codemeta: true }));
  });

  it('passes reuse lint', () => {
    const result = run('reuse', ['lint'], dir);
    expect(result.status, result.output).toBe(0);
  });

  it(licence.forgeDetectable ? 'is the licence licensee detects (GitHub, GitLab)' : 'is not detected by licensee, as the README says', () => {
    const result = run('licensee', ['detect', dir], dir);
    const project = /^License:\s+(\S+)/m.exec(result.output)?.[1];
    if (licence.forgeDetectable) expect(project, result.output).toBe(LICENSEE_ID[id] ?? id);
    else expect(project, result.output).not.toBe(id);
  });
});

describe('scripts and YAML of a generated repository', () => {
  for (const forge of ['github', 'gitlab']) {
    it(`are shellcheck- and yamllint-clean (${forge})`, () => {
      const repositoryUrl = forge === 'github' ? 'https://github.com/org/projet' : 'https://gitlab.com/org/projet';
      const dir = generate(completeAnswers({ repositoryUrl, signoffHook: true }));
      const scripts = ['scripts/dco-check.sh', '.githooks/prepare-commit-msg'];
      const shellcheck = run('shellcheck', scripts, dir);
      expect(shellcheck.status, shellcheck.output).toBe(0);
      const yaml = listFiles(dir).filter((path) => /\.ya?ml$/.test(path));
      expect(yaml.length).toBeGreaterThan(1);
      const yamllint = run('yamllint', ['-s', ...yaml], dir);
      expect(yamllint.status, yamllint.output).toBe(0);
      expect(readdirSync(join(dir))).toContain('DCO');
    });
  }
});
