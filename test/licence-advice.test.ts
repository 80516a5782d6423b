import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { licenceChoices } from '../src/answers/choices.js';
import { buildQuestion } from '../src/answers/questions.js';
import { validateAnswers } from '../src/answers/validate.js';
import { ANSWER_KEYS } from '../src/answers/keys.js';
import { reasonProblem } from '../src/policy/licence-advice.js';
import { codegouv, completeAnswers, gitRepository, listFiles } from './fixtures.js';
import { writeFileSync } from 'node:fs';

/**
 * The policy's licence advice: permissive or reciprocal explained before the question, the AGPL
 * for an online service, the reason of general interest a reciprocal licence needs (art. L.323-2
 * CRPA) asked, written in the README and checked by L3, the documentation under Licence Ouverte
 * 2.0, and a GPL-compatible default when the repository already ships GPL code.
 */
const require = createRequire(import.meta.url);
const spdxText = (id: string): string => (require(`spdx-license-list/licenses/${id}.json`) as { licenseText: string }).licenseText;

const REASON = 'Empêcher qu\'un service public en ligne soit repris sous une forme fermée';

function answersFile(dir: string, overrides: Record<string, unknown>): string {
  const path = join(dir, '..', `${dir.split('/').pop()}-answers.yml`);
  const answers: Record<string, unknown> = { ...completeAnswers(), ...overrides };
  for (const [key, value] of Object.entries(answers)) if (value === undefined) delete answers[key];
  writeFileSync(path, stringify(answers));
  return path;
}

interface Rule { id: string; ok: boolean; message: string; fix?: { command: string } | { edit: string } }
function rule(dir: string, id: string): Rule {
  const result = codegouv(dir, ['check', '--json', '.']);
  return (JSON.parse(result.stdout) as { results: { rules: Rule[] }[] }).results[0]!.rules.find((entry) => entry.id === id)!;
}

const licenceSection = (readme: string) => readme.slice(readme.indexOf('## Licence'), readme.indexOf('## Contact'));

const context = (known: Record<string, unknown>, lang: 'fr' | 'en' = 'fr') => ({ lang, known, defaults: { softwareType: 'standalone/web', platforms: ['web'] }, separator: (text: string) => ({ separator: text }), publiccode: true });

describe('the licence question explains the choice and proposes what the policy proposes', () => {
  it('explains permissive vs reciprocal above the choices, in the interface language, with the policy\'s URL', () => {
    for (const lang of ['fr', 'en'] as const) {
      const first = licenceChoices(context({}, lang))[0] as { separator: string };
      expect(first.separator).toContain('https://code.gouv.fr/fr/politique-publique/');
      expect(first.separator).toMatch(lang === 'fr' ? /permissive.*réciprocité/su : /Permissive.*Reciprocal/su);
    }
    expect(buildQuestion('licence', context({})).default).toBe('Apache-2.0');
  });

  it('proposes AGPL-3.0-or-later for an online service, saying which answer makes it one, never from the defaults alone', () => {
    const web = buildQuestion('licence', context({ softwareType: 'standalone/web' }));
    expect(web.default).toBe('AGPL-3.0-or-later');
    const lines = (web.choices as { separator?: string }[]).flatMap((choice) => (choice.separator ? [choice.separator] : []));
    expect(lines.join('\n')).toContain('softwareType : standalone/web');
    expect(lines.join('\n')).toContain('https://guides.etalab.gouv.fr/logiciels/');
    expect(buildQuestion('licence', context({ platforms: ['web', 'linux'] })).default).toBe('AGPL-3.0-or-later');
    expect(buildQuestion('licence', context({ softwareType: 'library', platforms: ['web'] })).default).toBe('Apache-2.0');
  });
});

describe('the reason of general interest of a reciprocal licence (art. L.323-2 CRPA)', () => {
  it('takes « à définir » inside a real reason for a reason, alone for a placeholder', () => {
    expect(reasonProblem('Aider les collectivités à définir leurs politiques publiques ensemble')).toBeUndefined();
    expect(reasonProblem('Allow administrations to do the same with their own services')).toBeUndefined();
    expect(reasonProblem('Motif à définir plus tard')).toBe('placeholder');
  });

  it('refuses placeholders and filler, accepts a reason', () => {
    for (const filler of ['TODO', 'raison', 'Motif d\'intérêt général', 'À compléter plus tard par l\'équipe', 'sécurité']) expect(reasonProblem(filler), filler).toBeDefined();
    expect(reasonProblem(REASON)).toBeUndefined();
  });

  it('--yes with a reciprocal licence and no reason: exit 2, nothing written, the flag and the fix named', () => {
    const dir = gitRepository({}, { commit: false });
    const run = codegouv(dir, ['--yes', '--answers', answersFile(dir, { licence: 'AGPL-3.0-or-later', reciprocityReason: undefined })]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--reciprocity-reason');
    expect(run.stderr).toContain('L.323-2');
    expect(run.stderr).toContain('--licence Apache-2.0');
    expect(listFiles(dir)).toEqual([]);
    const filler = codegouv(dir, ['--yes', '--answers', answersFile(dir, { licence: 'AGPL-3.0-or-later' }), '--reciprocity-reason', 'TODO']);
    expect(filler.status).toBe(2);
    expect(listFiles(dir)).toEqual([]);
  });

  it('a reciprocal licence already in place (the repository\'s own AGPL text) is not chosen by this run: --yes proceeds, the README marks the reason to write, L3 asks for it', () => {
    const dir = gitRepository({ LICENSE: spdxText('AGPL-3.0-or-later'), 'src/app.py': 'print(1)\n' });
    const run = codegouv(dir, ['--yes', '--answers', answersFile(dir, { licence: undefined, reciprocityReason: undefined })]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(spdxText('AGPL-3.0-or-later'));
    expect(licenceSection(readFileSync(join(dir, 'README.md'), 'utf8'))).toContain('codegouv readme --force --reciprocity-reason');
    expect(rule(dir, 'L3').ok).toBe(false);
    expect(run.stderr).toContain('L3');
  });

  it('writes the reason in the Licence section of both READMEs instead of the generic sentence; L3 passes quoting it', () => {
    const dir = gitRepository({}, { commit: false });
    const run = codegouv(dir, ['--yes', '--answers', answersFile(dir, { licence: 'AGPL-3.0-or-later', languages: ['fr', 'en'], descriptionEn: 'A tool', longDescriptionEn: 'x'.repeat(160), featuresEn: ['One'] }), '--reciprocity-reason', REASON]);
    expect(run.status, run.stderr).toBe(0);
    const fr = licenceSection(readFileSync(join(dir, 'README.md'), 'utf8'));
    const en = licenceSection(readFileSync(join(dir, 'README.en.md'), 'utf8'));
    expect(fr).toContain(`Motif d'intérêt général de la réciprocité (article L.323-2 du code des relations entre le public et l'administration) : ${REASON}`);
    expect(en).toContain(`Reason of general interest for reciprocity (article L.323-2 of the code des relations entre le public et l'administration): ${REASON}`);
    expect(fr).not.toContain('réserve ce choix aux cas où');
    const l3 = rule(dir, 'L3');
    expect(l3.ok).toBe(true);
    expect(l3.message).toContain(REASON);
  });

  it('infers the reason from a README that states it, and says where it was read', () => {
    const dir = gitRepository({ LICENSE: spdxText('AGPL-3.0-or-later'), 'README.md': `# Outil\n\n## Licence\n\nMotif d'intérêt général de la réciprocité : ${REASON}\n` });
    const run = codegouv(dir, ['--yes', '--answers', answersFile(dir, { licence: undefined, reciprocityReason: undefined })]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/--reciprocity-reason : repris de README\.md/u);
    expect(JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-codegouv'].reciprocityReason).toBe(REASON);
  });

  it('drops a reason given with a permissive licence (an answers file shared by several repositories)', () => {
    const validation = validateAnswers(completeAnswers({ licence: 'MIT', reciprocityReason: REASON }), { lang: 'fr', keys: ANSWER_KEYS, publiccode: true });
    expect(validation.problems).toEqual([]);
    expect(validation.answers.reciprocityReason).toBeUndefined();
  });
});

describe('L3: the README gives the reason of a reciprocal licence', () => {
  const generic = 'C\'est une licence avec obligation de réciprocité : les versions modifiées qui sont redistribuées restent sous la même licence. La politique de contribution de l\'État réserve ce choix aux cas où l\'intérêt général l\'exige (article L.323-2 du code des relations entre le public et l\'administration).';

  it('fails on codegouv\'s former generic sentence, with the command that writes the README again with a reason', () => {
    const dir = gitRepository({ LICENSE: spdxText('GPL-3.0-or-later'), 'README.md': `# Outil\n\n## Licence\n\n${generic}\n` });
    const l3 = rule(dir, 'L3');
    expect(l3.ok).toBe(false);
    expect(l3.message).toContain('phrase générale');
    expect(l3.fix).toEqual(expect.objectContaining({ command: 'codegouv readme --force --reciprocity-reason \'…\'' }));
    expect(rule(dir, 'L2').ok).toBe(true);
  });

  it('fails on a README with no reason (an edit of the team\'s README), and on a placeholder', () => {
    const none = gitRepository({ LICENSE: spdxText('EUPL-1.2'), 'README.md': '# Outil\n\nUn outil.\n' });
    expect(rule(none, 'L3')).toEqual(expect.objectContaining({ ok: false, fix: expect.objectContaining({ edit: expect.stringContaining('README.md') }) }));
    const todo = gitRepository({ LICENSE: spdxText('EUPL-1.2'), 'README.md': '# Outil\n\nMotif d\'intérêt général de la réciprocité : TODO\n' });
    expect(rule(todo, 'L3').ok).toBe(false);
  });

  it('passes on a permissive licence and on a team\'s own reason, saying what it saw', () => {
    const mit = gitRepository({ LICENSE: spdxText('MIT'), 'README.md': '# Outil\n' });
    expect(rule(mit, 'L3')).toEqual(expect.objectContaining({ ok: true, message: expect.stringContaining('permissive') }));
    const own = gitRepository({ LICENSE: spdxText('EUPL-1.2'), 'README.md': '# Outil\n\nLa réciprocité protège l\'intérêt général : le calcul des aides reste vérifiable par tous les usagers.\n' });
    expect(rule(own, 'L3')).toEqual(expect.objectContaining({ ok: true, message: expect.stringContaining('calcul des aides') }));
  });
});

describe('the documentation licence', () => {
  it('is Licence Ouverte 2.0 (etalab-2.0) by default, whatever the code licence', () => {
    const validation = validateAnswers(completeAnswers({ licence: 'MIT' }), { lang: 'fr', keys: ANSWER_KEYS, publiccode: true });
    expect(validation.answers.docsLicence).toBe('etalab-2.0');
    const dir = gitRepository({}, { commit: false });
    expect(codegouv(dir, ['--yes', '--answers', answersFile(dir, { licence: 'MIT' })]).status).toBe(0);
    expect(licenceSection(readFileSync(join(dir, 'README.md'), 'utf8'))).toContain('La documentation est publiée sous la Licence Ouverte 2.0 (Etalab) (`etalab-2.0`).');
  });
});

describe('GPL code already in the repository', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['a REUSE licence text', { 'LICENSES/GPL-3.0-or-later.txt': spdxText('GPL-3.0-or-later'), 'src/main.c': 'int main(void) { return 0; }\n' }, 'LICENSES/GPL-3.0-or-later.txt'],
    ['a vendored folder with a GPL COPYING', { 'vendor/libfoo/COPYING': spdxText('GPL-3.0-or-later'), 'vendor/libfoo/foo.c': 'int foo;\n' }, 'vendor/libfoo/COPYING'],
    ['a bundled package.json declaring the AGPL', { 'third_party/widget/package.json': '{"name":"widget","license":"AGPL-3.0-only"}\n' }, 'third_party/widget/package.json'],
    ['a bundled R package DESCRIPTION', { 'external/pkg/DESCRIPTION': 'Package: pkg\nLicense: GPL-3\n' }, 'external/pkg/DESCRIPTION'],
  ];
  for (const [what, files, path] of cases) {
    it(`leads to a GPL-compatible licence by default: ${what}`, () => {
      const dir = gitRepository(files);
      const run = codegouv(dir, ['--yes', '--answers', answersFile(dir, { licence: undefined, reciprocityReason: REASON })]);
      expect(run.status, run.stderr).toBe(0);
      const stored = JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-codegouv'].licence;
      expect(stored).toBe(path.includes('widget') ? 'AGPL-3.0-or-later' : 'GPL-3.0-or-later');
      expect(run.stderr).toContain(`--licence : repris de ${path}`);
    });
  }

  it('leaves the licence to the user when only an LGPL library is bundled', () => {
    const dir = gitRepository({ 'vendor/lib/package.json': '{"name":"lib","license":"LGPL-3.0-or-later"}\n' });
    const run = codegouv(dir, ['--yes', '--answers', answersFile(dir, { licence: undefined })]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--licence');
    expect(existsSync(join(dir, 'LICENSE'))).toBe(false);
  });
});
