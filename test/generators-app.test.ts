import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
import AppGenerator from '../generators/app/index.ts';
import { validatePubliccode } from '../src/publiccode/validate.js';
import { ADMINISTRATION, completeAnswers, englishTexts, listFiles, snapshot } from './fixtures.js';

const require = createRequire(import.meta.url);
const spdxText = (id: string): string => (require(`spdx-license-list/licenses/${id}.json`) as { licenseText: string }).licenseText;

function runApp(options: Record<string, unknown>, prepare?: (dir: string) => void) {
  const context = helpers.run(AppGenerator, {}, { force: false } as never).withOptions({ yes: true, force: false, skipInstall: true, ...options } as never);
  return prepare ? context.inTmpDir(prepare) : context;
}

describe('yo codegouv --yes (whole skeleton)', () => {
  it('writes every area with the answers verbatim', async () => {
    const result = await runApp({ ...completeAnswers() });
    const files = listFiles(result.cwd);
    for (const expected of [
      'LICENSE', 'LICENSES/EUPL-1.2.txt', 'LICENSES/CC-BY-4.0.txt', 'LICENSES/LicenseRef-DCO.txt', 'README.md',
      'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md', 'DCO', 'DCO.license', 'scripts/dco-check.sh', '.github/workflows/dco.yml',
      '.github/dco.yml', 'SECURITY.md', '.gitignore', 'publiccode.yml', '.yo-rc.json', '.yo-rc.json.license',
    ]) {
      expect(files).toContain(expected);
    }
    for (const markdown of ['README.md', 'CONTRIBUTING.md', 'SECURITY.md']) {
      const text = readFileSync(join(result.cwd, markdown), 'utf8');
      expect(text, markdown).toContain(ADMINISTRATION);
      expect(text, markdown).not.toMatch(/&amp;|&#39;|&#34;|&quot;|&lt;|&gt;/);
      expect(text, markdown).not.toMatch(/<%|\[INS[EÉ]RER|<year>|<copyright holders>/);
    }
    const readme = readFileSync(join(result.cwd, 'README.md'), 'utf8');
    expect(readme).toContain('# mon-projet');
    expect(readme).toContain('code.gouv.fr-ouvert');
    expect(readme).toContain('EUPL-1.2');
    expect(readme).toContain('equipe.numerique@interieur.gouv.fr');
  });

  it('writes a publiccode.yml that a YAML parser reads back exactly', async () => {
    const answers = completeAnswers();
    const result = await runApp({ ...answers });
    const text = readFileSync(join(result.cwd, 'publiccode.yml'), 'utf8');
    expect(validatePubliccode(text, { baseDir: result.cwd })).toEqual({ valid: true, errors: [], warnings: [] });
    expect(text).toMatch(/^publiccodeYmlVersion: "0"$/m);
    const data = parse(text) as Record<string, any>;
    expect(data.publiccodeYmlVersion).toBe('0');
    expect(data.url).toBe(answers.repositoryUrl);
    expect(data.platforms).toEqual(['web']);
    expect(data.developmentStatus).toBe('development');
    expect(data.softwareType).toBe('standalone/web');
    expect(data.organisation).toEqual({ uri: answers.administrationUri, name: ADMINISTRATION });
    expect(data.intendedAudience).toEqual({ countries: ['FR'] });
    expect(Object.keys(data.description)).toEqual(['fr']);
    expect(data.description.fr.shortDescription).toBe(answers.description);
    expect(data.description.fr.longDescription).toBe(answers.longDescription);
    expect(data.description.fr.features).toEqual(answers.features);
    expect(data.legal).toEqual({ license: 'EUPL-1.2', mainCopyrightOwner: ADMINISTRATION });
    expect(data.maintenance.type).toBe('internal');
    expect(data.maintenance.contacts[0]).toMatchObject({ name: answers.contactName, email: answers.contactEmail });
    expect(data.localisation).toEqual({ localisationReady: false, availableLanguages: ['fr'] });
  });

  it('fills the licence placeholders and keeps the rest of the SPDX text', async () => {
    const result = await runApp({ ...completeAnswers({ licence: 'MIT' }) });
    const licence = readFileSync(join(result.cwd, 'LICENSE'), 'utf8');
    expect(licence).toContain(`Copyright (c) 2026 ${ADMINISTRATION}`);
    expect(licence).not.toMatch(/<year>|<copyright holders>/);
    const original = spdxText('MIT').replace('<year>', '2026').replace('<copyright holders>', ADMINISTRATION);
    expect(licence.trimEnd()).toBe(original.trimEnd());
    expect(readFileSync(join(result.cwd, 'LICENSES/MIT.txt'), 'utf8')).toBe(licence);
  });

  it('stores the answers in .yo-rc.json and a re-run changes no byte', async () => {
    const first = await runApp({ ...completeAnswers() });
    const before = snapshot(first.cwd);
    const stored = JSON.parse(before['.yo-rc.json']!)['generator-codegouv'];
    expect(stored).toMatchObject({ administration: ADMINISTRATION, licence: 'EUPL-1.2', projectName: 'mon-projet', year: 2026 });
    const second = await helpers.run(AppGenerator, {}, { force: false } as never)
      .withOptions({ yes: true, force: false, skipInstall: true } as never)
      .inTmpDir((dir) => {
        for (const [path, content] of Object.entries(before)) {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), content);
        }
      });
    expect(snapshot(second.cwd)).toEqual(before);
  });

  it('keeps an existing file byte for byte in --yes mode without --force, and replaces it with --force', async () => {
    const mine = '# Mon README écrit à la main\n';
    const kept = await runApp({ ...completeAnswers() }, (dir) => writeFileSync(join(dir, 'README.md'), mine));
    expect(readFileSync(join(kept.cwd, 'README.md'), 'utf8')).toBe(mine);
    expect(existsSync(join(kept.cwd, 'CONTRIBUTING.md'))).toBe(true);

    const forced = await helpers.run(AppGenerator, {}, { force: true } as never)
      .withOptions({ yes: true, force: true, skipInstall: true, ...completeAnswers() } as never)
      .inTmpDir((dir) => writeFileSync(join(dir, 'README.md'), mine));
    expect(readFileSync(join(forced.cwd, 'README.md'), 'utf8')).toContain(ADMINISTRATION);
  });

  it('writes English documents, or both languages, when asked (--languages), not because of --lang', async () => {
    const english = await runApp({ ...completeAnswers(), languages: 'en' });
    expect(readFileSync(join(english.cwd, 'README.md'), 'utf8')).toContain('## Contributing');
    const interfaceOnly = await runApp({ ...completeAnswers(), lang: 'en' });
    expect(readFileSync(join(interfaceOnly.cwd, 'README.md'), 'utf8')).toContain('## Contribuer');
    const both = await runApp({ ...completeAnswers({ languages: 'fr,en', ...englishTexts() }) });
    const files = listFiles(both.cwd);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'README.en.md', 'CONTRIBUTING.en.md', 'CODE_OF_CONDUCT.en.md', 'SECURITY.en.md']));
    expect(readFileSync(join(both.cwd, 'README.md'), 'utf8')).toContain('## Contribuer');
    expect(readFileSync(join(both.cwd, 'README.en.md'), 'utf8')).toContain('## Contributing');
    expect(readFileSync(join(both.cwd, 'README.en.md'), 'utf8')).toContain('(CONTRIBUTING.en.md)');
    expect(readFileSync(join(both.cwd, 'README.en.md'), 'utf8')).toContain('A tool to process requests & letters');
    const publiccode = parse(readFileSync(join(both.cwd, 'publiccode.yml'), 'utf8')) as { description: Record<string, { shortDescription: string; features: string[] }> };
    expect(Object.keys(publiccode.description)).toEqual(['fr', 'en']);
    expect(publiccode.description.en!.shortDescription).toBe('A tool to process requests & letters');
    expect(publiccode.description.en!.features).toEqual(['Request processing', 'Letter preparation']);
  });

  it('fills the code of conduct with the conduct contact', async () => {
    const result = await runApp({ ...completeAnswers({ conductEmail: 'conduite@interieur.gouv.fr' }) });
    const conduct = readFileSync(join(result.cwd, 'CODE_OF_CONDUCT.md'), 'utf8');
    expect(conduct).toContain('conduite@interieur.gouv.fr');
    expect(conduct).toContain('Contributor Covenant');
    expect(conduct).not.toMatch(/<%|\[INS[EÉ]RER/);
  });
});

describe('--ci: the organisation compliance pipeline', () => {
  it('adds the GitHub compliance workflow', async () => {
    const result = await runApp({ ...completeAnswers(), ci: true });
    expect(listFiles(result.cwd)).toContain('.github/workflows/codegouv.yml');
  });

  it('includes the GitLab jobs from the root pipeline it creates, and never touches an existing one', async () => {
    const gitlab = completeAnswers({ repositoryUrl: 'https://gitlab.com/ministere/projet', ci: true });
    const fresh = await runApp({ ...gitlab });
    const root = parse(readFileSync(join(fresh.cwd, '.gitlab-ci.yml'), 'utf8')) as { include: { local: string }[] };
    expect(root.include.map((entry) => entry.local)).toEqual(['.gitlab/dco.gitlab-ci.yml', '.gitlab/codegouv.gitlab-ci.yml']);
    const theirs = 'stages: [build]\nbuild:\n  script: [make]\n';
    const existing = await runApp({ ...gitlab }, (dir) => writeFileSync(join(dir, '.gitlab-ci.yml'), theirs));
    expect(readFileSync(join(existing.cwd, '.gitlab-ci.yml'), 'utf8')).toBe(theirs);
    expect(listFiles(existing.cwd)).toEqual(expect.arrayContaining(['.gitlab/dco.gitlab-ci.yml', '.gitlab/codegouv.gitlab-ci.yml']));
  });
});
