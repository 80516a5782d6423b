import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { codegouv, completeAnswers, englishFirst, snapshot } from './fixtures.js';


function folder(answers?: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-fix-'));
  if (answers) writeFileSync(join(dir, 'answers.yml'), stringify(answers));
  return dir;
}

const publiccodeOf = (dir: string) => parse(readFileSync(join(dir, 'publiccode.yml'), 'utf8')) as Record<string, any>;

describe('answers from every source, run after run', () => {
  it('--lang en alone writes English documents and can be run again unchanged', () => {
    const dir = folder(completeAnswers());
    expect(codegouv(dir, ['--yes', '--lang', 'en', '--answers', 'answers.yml']).status).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('## Contributing');
    const before = snapshot(dir);
    const again = codegouv(dir, ['--yes']);
    expect(again.status, again.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a re-run with English first and French second changes no byte', () => {
    const dir = folder(englishFirst());
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    const before = snapshot(dir);
    expect(codegouv(dir, ['--yes']).status).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('accepts an absolute --answers path', () => {
    const answers = join(folder(completeAnswers()), 'answers.yml');
    const dir = folder();
    const result = codegouv(dir, ['--yes', '--answers', answers]);
    expect(result.status, result.stderr).toBe(0);
  });

  it('takes contractors from the flag, as "Name ; date" or as YAML', () => {
    for (const flag of ['Société Exemple SAS ; 2027-12-31 ; contact@exemple.fr', '[{name: Société Exemple SAS, until: 2027-12-31, email: contact@exemple.fr}]']) {
      const dir = folder(completeAnswers());
      const result = codegouv(dir, ['publiccode', '--yes', '--answers', 'answers.yml', '--maintenance-type', 'contract', '--contractors', flag]);
      expect(result.status, result.stderr).toBe(0);
      expect(publiccodeOf(dir).maintenance).toEqual({ type: 'contract', contractors: [{ name: 'Société Exemple SAS', until: '2027-12-31', email: 'contact@exemple.fr' }] });
    }
  });

  it('refuses a stray word instead of dropping it (--signoff-hook false)', () => {
    const dir = folder(completeAnswers({ signoffHook: true }));
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml', '--signoff-hook', 'false']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('« false »');
    expect(existsSync(join(dir, 'README.md'))).toBe(false);
  });

  it('refuses an unknown option, suggesting the right one, and writes nothing', () => {
    const dir = folder(completeAnswers());
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml', '--doc-licence', 'etalab-2.0']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--docs-licence');
    expect(existsSync(join(dir, 'README.md'))).toBe(false);
  });
});

describe('kept files and stored answers stay consistent', () => {
  it('a changed answer whose files were kept is applied by the same run with --force', () => {
    const dir = folder(completeAnswers());
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    const kept = codegouv(dir, ['--yes', '--development-status', 'stable']);
    expect(kept.status, kept.stderr).toBe(0);
    expect(kept.stderr).toContain('--force');
    expect(publiccodeOf(dir).developmentStatus).toBe('development');
    expect(JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-codegouv'].developmentStatus).toBe('development');
    expect(codegouv(dir, ['--yes', '--force', '--development-status', 'stable']).status).toBe(0);
    expect(publiccodeOf(dir).developmentStatus).toBe('stable');
  });

  it('a licence switch without --force adds no unused licence text; with --force it switches and check passes', () => {
    const dir = folder(completeAnswers({ licence: 'MIT' }));
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    expect(codegouv(dir, ['licence', '--yes', '--licence', 'EUPL-1.2']).status).toBe(0);
    expect(existsSync(join(dir, 'LICENSES/EUPL-1.2.txt'))).toBe(false);
    const forced = codegouv(dir, ['licence', '--yes', '--force', '--licence', 'EUPL-1.2']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stderr).not.toContain('rien n\'est changé');
    expect(publiccodeOf(dir).legal.license).toBe('EUPL-1.2');
    const check = codegouv(dir, ['check', '--json', '.']);
    expect(check.status, check.stdout).toBe(0);
  });

  it('an existing publiccode.yml with an invalid value does not block the fill-in', () => {
    const dir = folder(completeAnswers());
    writeFileSync(join(dir, 'publiccode.yml'), 'publiccodeYmlVersion: "0"\nname: Ancien\ndevelopmentStatus: foo\nunknownKey: 1\n');
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
    expect(readFileSync(join(dir, 'publiccode.yml'), 'utf8')).toContain('developmentStatus: foo');
  });
});

describe('templates', () => {
  it('neutralises raw HTML in the long description of the README', () => {
    const dir = folder(completeAnswers({ longDescription: `${completeAnswers().longDescription as string} Voir <script>alert(1)</script> et <de>.` }));
    expect(codegouv(dir, ['readme', '--yes', '--answers', 'answers.yml']).status).toBe(0);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).not.toContain('<script>');
    expect(readme).toContain('\\<de\\>');
  });

  it('reports a broken template override by its path, without a stack trace', () => {
    const root = folder();
    mkdirSync(join(root, 'modeles', 'readme'), { recursive: true });
    writeFileSync(join(root, 'modeles', 'readme', 'README.fr.md.ejs'), '# <%- title %>\n');
    writeFileSync(join(root, 'preset.yml'), stringify({ templates: 'modeles' }));
    writeFileSync(join(root, 'answers.yml'), stringify(completeAnswers()));
    const result = codegouv(root, ['readme', '--yes', '--answers', 'answers.yml', '--preset', 'preset.yml']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(join(root, 'modeles', 'readme', 'README.fr.md.ejs'));
    expect(result.stderr).toContain('title is not defined');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
