import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { updateSections } from '../src/pipeline/section-update.js';
import { codegouv, completeAnswers } from './fixtures.js';

const DEPLOYMENT = '## Déploiement\n\nDéployez avec `make deploy` sur le serveur de recette.\n\n';

function generated(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-sections-'));
  writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ licence: 'MIT' })));
  const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
  if (result.status !== 0) throw new Error(result.stderr);
  return dir;
}

/** The team's edits: a section added before Contact, a sentence changed in « État du projet ». */
function editReadme(dir: string, more: (text: string) => string = (text) => text): string {
  const path = join(dir, 'README.md');
  const edited = more(readFileSync(path, 'utf8').replace('## Contact', `${DEPLOYMENT}## Contact`).replace('Statut : en développement', 'Statut : en développement actif'));
  writeFileSync(path, edited);
  return edited;
}

const section = (text: string, heading: string) => {
  const start = text.indexOf(`## ${heading}\n`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? text.length : end);
};

describe('a licence switch updates a README codegouv wrote and the team edited, section by section', () => {
  it('with --force: the Licence section follows (the documentation stays under its own licence), the team\'s section and sentence stay byte for byte', () => {
    const dir = generated();
    const edited = editReadme(dir);
    const run = codegouv(dir, ['licence', '--yes', '--force', '--licence', 'EUPL-1.2', '--reciprocity-reason', 'Les administrations qui réutilisent ce logiciel doivent partager leurs améliorations.']);
    expect(run.status, run.stderr).toBe(0);
    const after = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(after).toContain(DEPLOYMENT);
    expect(after).toContain('Statut : en développement actif');
    expect(section(after, 'Licence')).toContain('identifiant SPDX `EUPL-1.2`');
    expect(section(after, 'Licence')).not.toContain('`MIT`');
    expect(after).toContain('SPDX-License-Identifier: etalab-2.0');
    // Nothing else moved: the edited text with only the licence's lines changed.
    const expected = edited.replace(section(edited, 'Licence'), section(after, 'Licence'));
    expect(after).toBe(expected);
    expect(codegouv(dir, ['check', '--json', '.']).status).toBe(0);
  });

  it('keeps a Licence section the team edited, says so with what to write, and check reports the contradiction (K1)', () => {
    const dir = generated();
    editReadme(dir, (text) => text.replace('dont le texte complet', 'texte complet'));
    const run = codegouv(dir, ['--yes', '--force', '--licence', 'EUPL-1.2', '--reciprocity-reason', 'Les administrations qui réutilisent ce logiciel doivent partager leurs améliorations.']);
    expect(run.status, run.stderr).toBe(0);
    const after = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(section(after, 'Licence')).toContain('`MIT`), texte complet');
    expect(after).toContain(DEPLOYMENT);
    expect(run.stderr).toContain('README.md : l\'équipe a modifié la section « Licence »');
    expect(run.stderr).toContain('identifiant SPDX `EUPL-1.2`');
    const check = codegouv(dir, ['check', '--json', '.']);
    expect(check.status).toBe(1);
    const k1 = (JSON.parse(check.stdout) as { results: { rules: { id: string; ok: boolean }[] }[] }).results[0]!.rules.find((rule) => rule.id === 'K1');
    expect(k1?.ok).toBe(false);
  });

  it('with --yes and no --force: keeps the README byte for byte and says which sections --force would update', () => {
    const dir = generated();
    const edited = editReadme(dir);
    const run = codegouv(dir, ['--yes', '--licence', 'EUPL-1.2', '--reciprocity-reason', 'Les administrations qui réutilisent ce logiciel doivent partager leurs améliorations.']);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(edited);
    expect(run.stderr).toContain('README.md est conservé tel quel. Avec --force, codegouv mettrait à jour la section « Licence » et rien d\'autre');
  });

  it('an administration change updates the sections that name it, not the team\'s', () => {
    const dir = generated();
    editReadme(dir);
    const run = codegouv(dir, ['--yes', '--force', '--administration', 'Direction interministérielle du numérique']);
    expect(run.status, run.stderr).toBe(0);
    const after = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(section(after, 'Administration')).toContain('par la Direction interministérielle du numérique');
    expect(after).toContain(DEPLOYMENT);
    expect(after).toContain('Statut : en développement actif');
  });
});

describe('updateSections', () => {
  const previous = '# T\n\nIntro.\n\n## A\n\nold a\n\n## B\n\nold b\n';
  const next = '# T\n\nIntro.\n\n## A\n\nnew a\n\n## B\n\nnew b\n\n## C\n\nnew c\n';

  it('replaces the sections still as generated, keeps the edited and the added ones, inserts a new one after its predecessor', () => {
    const current = '# T\n\nIntro.\n\n## A\n\nold a\n\n## Team\n\nours\n\n## B\n\nold b, edited\n';
    const update = updateSections(current, previous, next);
    expect(update.content).toBe('# T\n\nIntro.\n\n## A\n\nnew a\n\n## Team\n\nours\n\n## B\n\nold b, edited\n\n## C\n\nnew c\n');
    expect(update.notUpdated).toEqual(['B']);
    expect(update.wanted).toBe('## B\n\nnew b');
  });

  it('keeps the file\'s CRLF line ends and byte order mark', () => {
    const current = `\uFEFF${'# T\n\nIntro.\n\n## A\n\nold a\n\n## Team\n\nours\n\n## B\n\nold b\n'.split('\n').join('\r\n')}`;
    const update = updateSections(current, previous, next);
    expect(update.content).toBe(`\uFEFF${'# T\n\nIntro.\n\n## A\n\nnew a\n\n## Team\n\nours\n\n## B\n\nnew b\n\n## C\n\nnew c\n'.split('\n').join('\r\n')}`);
    expect(update.content).not.toMatch(/[^\r]\n/u);
  });

  it('puts back, with consent, a policy section the team removed, after its predecessor or at the end; never a second title, never a section of its own choice', () => {
    const before = '# T\n\nIntro.\n\n## Licence\n\nold a\n\n## B\n\nold b\n';
    const after = '# T\n\nIntro.\n\n## Licence\n\nnew a\n\n## B\n\nnew b\n\n## C\n\nnew c\n';
    const update = updateSections('# T\n\nIntro.\n\n## Team\n\nours\n\n## B\n\nold b\n', before, after);
    expect(update.content).toBe('# T\n\nIntro.\n\n## Licence\n\nnew a\n\n## Team\n\nours\n\n## B\n\nnew b\n\n## C\n\nnew c\n');
    expect(update.updated).toEqual(expect.arrayContaining(['Licence', 'B', 'C']));
    const rewritten = updateSections('# Notre outil\n\nÀ nous.\n', before, after);
    expect(rewritten.content).toBe('# Notre outil\n\nÀ nous.\n\n## Licence\n\nnew a\n\n## C\n\nnew c\n');
    // « B » (like « Prochaines étapes ») removed by the team stays removed.
    expect(updateSections('# T\n\nIntro.\n\n## Licence\n\nold a\n', before, after).content).toBe('# T\n\nIntro.\n\n## Licence\n\nnew a\n\n## C\n\nnew c\n');
  });

  it('does not take a `#` line inside a code block for a heading', () => {
    const withCode = '## A\n\n```sh\n# old a\n```\n';
    const update = updateSections('## A\n\n```sh\n# old a\n```\n\n## Team\n\nours\n', withCode, '## A\n\n```sh\n# new a\n```\n');
    expect(update.content).toBe('## A\n\n```sh\n# new a\n```\n\n## Team\n\nours\n');
  });
});
