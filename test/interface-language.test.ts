import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { msg } from '../src/i18n/message.js';
import { render } from '../src/i18n/render.js';
import { codegouv, completeAnswers } from './fixtures.js';

const NAMESPACE = 'generator-codegouv';

/** The required answers only: every other answer (languages among them) takes its default. */
function emptyFolderWithAnswers(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-interface-'));
  const { administration, description, longDescription, features, repositoryUrl, contactName, contactEmail } = completeAnswers();
  // The licence has no default under --yes: the one the policy suggests.
  writeFileSync(join(dir, '..', `${dir.split('/').pop()}.yml`), stringify({ administration, licence: 'Apache-2.0', description, longDescription, features, repositoryUrl, contactName, contactEmail }));
  return dir;
}
const answersOf = (dir: string) => join(dir, '..', `${dir.split('/').pop()}.yml`);
const stored = (dir: string) => (JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8')) as Record<string, Record<string, unknown>>)[NAMESPACE]!;

describe('--lang is the interface language; the documents stay French', () => {
  it('--yes --lang en with default answers: French documents, compliant, and the next run speaks English', () => {
    const dir = emptyFolderWithAnswers();
    const first = codegouv(dir, ['--yes', '--lang', 'en', '--answers', answersOf(dir)]);
    expect(first.status, first.stderr).toBe(0);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('## Contribuer');
    expect(readme).not.toContain('## Contributing');
    const publiccode = parse(readFileSync(join(dir, 'publiccode.yml'), 'utf8')) as { description: Record<string, unknown>; localisation: { availableLanguages: string[] } };
    expect(Object.keys(publiccode.description)).toEqual(['fr']);
    expect(publiccode.localisation.availableLanguages).toEqual(['fr']);
    expect(stored(dir)).toMatchObject({ lang: 'en', languages: ['fr'] });

    const audit = codegouv(dir, ['check', '.']);
    expect(audit.status, audit.stdout).toBe(0);
    expect(audit.stdout).toContain(render(msg('check.compliant'), 'fr'));
    // French documentation (D1) holds, and no rule fails, MUST or SHOULD.
    const report = JSON.parse(codegouv(dir, ['check', '--format', 'json', '.']).stdout) as { results: { compliant: boolean; rules: { id: string; ok: boolean }[] }[] };
    expect(report.results[0]!.compliant).toBe(true);
    expect(report.results[0]!.rules.find((rule) => rule.id === 'D1')?.ok).toBe(true);
    expect(report.results[0]!.rules.filter((rule) => !rule.ok).map((rule) => rule.id)).toEqual([]);

    // Without --lang, the remembered language: English lines, nothing French.
    const again = codegouv(dir, ['--yes']);
    expect(again.status, again.stderr).toBe(0);
    const said = again.stdout + again.stderr;
    expect(said).toContain('Unchanged (');
    expect(said).not.toContain('Inchangés (');
    const unknown = codegouv(dir, ['--xyzzy-plugh-quux']);
    expect(unknown.stderr).toContain(render(msg('cli.unknownOption', { option: '--xyzzy-plugh-quux' }), 'en'));
    expect(codegouv(dir, ['--help']).stdout).toContain('Run options:');

    // --lang fr switches back, and is remembered in turn; the documents do not change.
    const readmeBefore = readFileSync(join(dir, 'README.md'), 'utf8');
    const french = codegouv(dir, ['--yes', '--lang', 'fr']);
    expect(french.status, french.stderr).toBe(0);
    expect(stored(dir).lang).toBe('fr');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(readmeBefore);
    expect(codegouv(dir, ['--xyzzy-plugh-quux']).stderr).toContain(render(msg('cli.unknownOption', { option: '--xyzzy-plugh-quux' }), 'fr'));
  });

  it('a remembered language the folder made up is ignored', () => {
    const dir = emptyFolderWithAnswers();
    writeFileSync(join(dir, '.yo-rc.json'), JSON.stringify({ [NAMESPACE]: { lang: 'de' } }));
    expect(codegouv(dir, ['--xyzzy-plugh-quux']).stderr).toContain(render(msg('cli.unknownOption', { option: '--xyzzy-plugh-quux' }), 'fr'));
  });

  it('English documents stay a choice: --languages en', () => {
    const dir = emptyFolderWithAnswers();
    const result = codegouv(dir, ['--yes', '--lang', 'en', '--languages', 'en', '--answers', answersOf(dir)]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('## Contributing');
  });
});
