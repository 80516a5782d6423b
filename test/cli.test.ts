import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ADMINISTRATION, codegouv, completeAnswers, englishFirst, listFiles, repoRoot, snapshot } from './fixtures.js';



const emptyDir = () => mkdtempSync(join(tmpdir(), 'codegouv-cli-'));

describe('npx codegouv (the bin)', () => {
  it('prints a help listing one kebab-case flag per answer key', () => {
    const result = codegouv(emptyDir(), ['--help']);
    expect(result.status).toBe(0);
    for (const flag of ['--administration', '--project-name', '--repository-url', '--signoff-hook', '--docs-licence', '--yes', '--answers', '--lang']) {
      expect(result.stdout).toContain(flag);
    }
  });

  it('writes the whole skeleton headless from an answers file, without a prompt, with stdin closed', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
    expect(result.stderr).not.toMatch(/\?/u);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(dir)).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'publiccode.yml', 'DCO', 'SECURITY.md']));
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(ADMINISTRATION);
  });

  it('lets flags win over the answers file', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'answers.json'), JSON.stringify(completeAnswers()));
    const result = codegouv(dir, ['-y', '--answers', 'answers.json', '--licence', 'MIT', '--project-name', 'autre-nom']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(readFileSync(join(dir, 'publiccode.yml'), 'utf8')).toContain('license: MIT');
  });

  it('lists every missing answer with its flag, exits non-zero and writes nothing', () => {
    const dir = emptyDir();
    const result = codegouv(dir, ['--yes', '--licence', 'Apache 2']);
    expect(result.status).not.toBe(0);
    for (const flag of ['--administration', '--description', '--repository-url', '--contact-email', '--licence Apache-2.0']) {
      expect(result.stderr).toContain(flag);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rejects an answers file with an unknown key, naming the file and the key', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'answers.yml'), stringify({ ...completeAnswers(), licenceUrl: 'x' }));
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('answers.yml');
    expect(result.stderr).toContain('licenceUrl');
    expect(readdirSync(dir)).toEqual(['answers.yml']);
  });

  it('never ends as a silent success when a prompt is needed and stdin is closed', () => {
    const dir = emptyDir();
    const result = codegouv(dir, []);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('--yes');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('runs one area alone: npx codegouv licence', () => {
    const dir = emptyDir();
    const result = codegouv(dir, ['licence', '--yes', '--administration', ADMINISTRATION, '--licence', 'BSD-3-Clause', '--project-name', 'x', '--description', 'Outil']);
    expect(result.status, result.stderr).toBe(0);
    expect(listFiles(dir)).toEqual(['.yo-rc.json', '.yo-rc.json.license', 'LICENSE', 'LICENSES/BSD-3-Clause.txt']);
  });

  it('keeps existing files in --yes mode and a second run changes nothing', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    writeFileSync(join(dir, 'SECURITY.md'), 'Écrit par l\'équipe\n');
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    expect(readFileSync(join(dir, 'SECURITY.md'), 'utf8')).toBe('Écrit par l\'équipe\n');
    const before = snapshot(dir);
    const second = codegouv(dir, ['--yes']);
    expect(second.status, second.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('answers an unknown command with exit 2', () => {
    expect(codegouv(emptyDir(), ['license-typo']).status).toBe(2);
  });
});

describe('the README', () => {
  it('gives an answers-file example that a headless run accepts as it is', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const example = /Exemple de fichier de réponses[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeTruthy();
    const dir = emptyDir();
    writeFileSync(join(dir, 'reponses.yml'), example!);
    const result = codegouv(dir, ['--yes', '--answers', 'reponses.yml']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('Ministère de l\'Intérieur et des Outre-mer');
  });
});

function folder(answers?: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-fix-'));
  if (answers) writeFileSync(join(dir, 'answers.yml'), stringify(answers));
  return dir;
}

const publiccodeOf = (dir: string) => parse(readFileSync(join(dir, 'publiccode.yml'), 'utf8')) as Record<string, any>;

describe('answers from every source, run after run', () => {
  it('English documents (--languages en, --lang en) can be run again unchanged', () => {
    const dir = folder(completeAnswers({ languages: ['en'] }));
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
      expect(publiccodeOf(dir).maintenance).toEqual({
        type: 'contract',
        contractors: [{ name: 'Société Exemple SAS', until: '2027-12-31', email: 'contact@exemple.fr' }],
        contacts: [{ name: 'Équipe Numérique d\'Intérieur', email: 'equipe.numerique@interieur.gouv.fr', affiliation: completeAnswers().administration }],
      });
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
});
