import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { codegouv, completeAnswers, gitRepository } from './fixtures.js';

const require = createRequire(import.meta.url);
const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

/** A repository holding the team's own documents, committed, with the answers a user would give. */
function teamRepository(files: Record<string, string>): string {
  const dir = gitRepository(files, { prefix: 'codegouv-teamdocs-' });
  writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
  return dir;
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

function ruleOk(dir: string, id: string): boolean {
  const report = JSON.parse(codegouv(dir, ['check', '--json', '.']).stdout) as { results: { rules: { id: string; ok: boolean }[] }[] };
  return report.results[0]!.rules.find((rule) => rule.id === id)!.ok;
}

/** docutils reads the file without an error or a warning (Python's reST reference implementation). */
function docutilsProblems(path: string): string {
  const python = process.env.DOCUTILS_PYTHON ?? 'python3';
  const script = 'import sys, docutils.core as c\nc.publish_doctree(open(sys.argv[1], encoding="utf-8").read(), settings_overrides={"report_level": 2, "halt_level": 5, "warning_stream": sys.stdout})';
  const result = spawnSync(python, ['-c', script, path], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

const TEAM_CONTRIBUTING = `# Contribuer au projet

Les propositions passent par des demandes de fusion relues par l'équipe du projet.
Merci de décrire chaque changement et la façon de le vérifier.
`;

describe('a team document that lacks what the policy asks', () => {
  it('--yes keeps .github/CONTRIBUTING.md byte for byte and says exactly what to add and how', () => {
    const dir = teamRepository({ '.github/CONTRIBUTING.md': TEAM_CONTRIBUTING });
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(0);
    expect(read(dir, '.github/CONTRIBUTING.md')).toBe(TEAM_CONTRIBUTING);
    expect(result.stderr).toContain('.github/CONTRIBUTING.md est gardé tel quel');
    expect(result.stderr).toContain('la section « Certificat d\'origine du développeur (DCO) »');
    expect(result.stderr).toContain('codegouv contributing --force');
    expect(ruleOk(dir, 'C1')).toBe(false);
  });

  it('codegouv contributing --force appends the DCO section, links relative to .github/, and C1 then passes', () => {
    const dir = teamRepository({ '.github/CONTRIBUTING.md': TEAM_CONTRIBUTING });
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    const result = codegouv(dir, ['contributing', '--yes', '--force', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(0);
    const after = read(dir, '.github/CONTRIBUTING.md');
    expect(after.startsWith(TEAM_CONTRIBUTING)).toBe(true);
    expect(after).toContain('\n## Certificat d\'origine du développeur (DCO)\n');
    expect(after).toContain('](../DCO)');
    expect(after).not.toContain('## Proposer une modification');
    expect(result.stderr).toMatch(/Complétés[^\n]*\n  \.github\/CONTRIBUTING\.md/);
    expect(ruleOk(dir, 'C1')).toBe(true);
    // Completed once: a later run finds nothing to add and leaves it alone.
    const again = codegouv(dir, ['contributing', '--yes', '--force', '--answers', 'answers.yml']);
    expect(again.status, again.stderr).toBe(0);
    expect(read(dir, '.github/CONTRIBUTING.md')).toBe(after);
  });

  it('a reStructuredText SECURITY gets a reST section that docutils reads cleanly, and S2 passes', () => {
    const security = 'Sécurité\n========\n\nLes failles sont corrigées en priorité par l\'équipe, dans la version suivante.\n\nVersions\n--------\n\nSeule la dernière version est suivie.\n';
    const dir = teamRepository({ 'docs/SECURITY.rst': security });
    const result = codegouv(dir, ['security', '--yes', '--force', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(0);
    const after = read(dir, 'docs/SECURITY.rst');
    expect(after.startsWith(security)).toBe(true);
    expect(after).toContain('\nSignaler une vulnérabilité\n--------------------------\n');
    expect(after).not.toContain('## ');
    expect(docutilsProblems(join(dir, 'docs/SECURITY.rst'))).toBe('');
    expect(ruleOk(dir, 'S2')).toBe(true);
  });

  it('a README the team wrote is completed, never replaced, even with --force: badge under the title, sections at the end', () => {
    const readme = '# Outil de suivi\r\n\r\nCet outil suit les subventions accordées aux associations du territoire, de la demande au versement.\r\nIl est utilisé par les agents des directions régionales depuis 2019.\r\n';
    const dir = teamRepository({ 'README.md': readme });
    const result = codegouv(dir, ['--yes', '--force', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(0);
    const after = read(dir, 'README.md');
    const lines = after.split('\r\n');
    expect(lines[0]).toBe('# Outil de suivi');
    expect(lines[2]).toMatch(/^\[!\[code\.gouv\.fr/);
    // Every line the team wrote is still there, in order; the line ends are theirs.
    const original = readme.split('\r\n').filter((line) => line !== '');
    expect(lines.filter((line) => original.includes(line))).toEqual(original);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    for (const heading of ['## Administration', '## Contribuer', '## Licence', '## Contact']) expect(lines).toContain(heading);
    expect(ruleOk(dir, 'F3')).toBe(true);
    expect(ruleOk(dir, 'F4')).toBe(true);
  });

  it('a README that lacks nothing is left byte for byte by --force', () => {
    const first = teamRepository({});
    expect(codegouv(first, ['readme', '--yes', '--answers', 'answers.yml']).status).toBe(0);
    const theirs = `${read(first, 'README.md')}\nNotes de l'équipe.\n`;
    const dir = teamRepository({ 'README.md': theirs });
    const result = codegouv(dir, ['--yes', '--force', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(0);
    expect(read(dir, 'README.md')).toBe(theirs);
  });
});

/** The MIT text as a team keeps it: its own year and holder, wrapped at 78 columns. */
function teamMit(): string {
  const text = (require('spdx-license-list/licenses/MIT.json') as { licenseText: string }).licenseText
    .replace('<year>', '2021').replace('<copyright holders>', 'Ministère de l\'Exemple');
  return `${text.split('\n').map((line) => line.replace(/(.{1,78})(?: |$)/gu, '$1\n').trimEnd()).join('\n')}\n`;
}

describe('a command for one area, on a repository completed by an earlier run', () => {
  it('changes only its own files: the team\'s LICENSE, README and .gitignore stay byte for byte', () => {
    const dir = teamRepository({
      LICENSE: teamMit(),
      'README.md': '# Outil\n\nUne phrase.\n',
      'CONTRIBUTING.md': TEAM_CONTRIBUTING,
      '.gitignore': 'node_modules/\n',
      'main.py': 'print(1)\n',
    });
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ licence: 'MIT' })));
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    git(dir, ['add', '-A']);
    git(dir, ['-c', 'user.name=Équipe', '-c', 'user.email=equipe@interieur.gouv.fr', 'commit', '-q', '--no-gpg-sign', '-m', 'codegouv']);
    const result = codegouv(dir, ['contributing', '--yes', '--force', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(0);
    const changed = git(dir, ['status', '--porcelain']).split('\n').filter(Boolean).map((line) => line.slice(3)).sort();
    expect(changed).toEqual(['CONTRIBUTING.md']);
  });
});

describe('where the README\'s additions go', () => {
  it('a README without a title: badge and presentation at the top, never inside a code block', () => {
    const readme = '## Installation\n\n```sh\n# installe les dépendances\nnpm ci\n```\n';
    const dir = teamRepository({ 'README.md': readme });
    expect(codegouv(dir, ['readme', '--yes', '--force', '--answers', 'answers.yml']).status).toBe(0);
    const after = read(dir, 'README.md');
    expect(after.indexOf('[![code.gouv.fr')).toBe(0);
    expect(after).toContain(readme.trimEnd());
  });

  it('a short README gets the presentation from the answers under its title, without any REUSE header or second title', () => {
    const dir = teamRepository({ 'README.md': '# Outil\n\nUne phrase.\n' });
    expect(codegouv(dir, ['readme', '--yes', '--force', '--answers', 'answers.yml']).status).toBe(0);
    const after = read(dir, 'README.md');
    expect(after).not.toMatch(/SPDX-|-->|<!--/u);
    expect(after.match(/^# /gmu)).toHaveLength(1);
    expect(after.split(completeAnswers().description as string)).toHaveLength(2);
    expect(after).toContain('Une phrase.');
    expect(ruleOk(dir, 'F3')).toBe(true);
  });
});

describe('the summary of a run', () => {
  it('is in the interface language even when the documents are in English', () => {
    const readme = '# Tracker\n\nThis tool tracks the grants given to the associations of the region, from the request to the payment.\nIt is used by the staff of the regional offices since 2019 and it is maintained by the team.\n';
    const dir = teamRepository({ 'README.md': readme });
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ languages: ['en'], description: 'A grants tracker', longDescription: undefined, features: undefined })));
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml', '--long-description', 'This tool tracks the grants given to the associations of the region, from the request to the payment, for the staff of the regional offices and their partners.', '--features', 'Grants;Payments']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('README.md est gardé tel quel');
    expect(result.stderr).toContain('la section « Licence »');
    expect(result.stderr).not.toMatch(/is kept as it is|not written|To declare/u);
  });
});

describe('found by an independent review', () => {
  it('without a record of what was written (an older .yo-rc.json), a team README is still completed, never replaced', () => {
    const readme = '# Notre outil\n\nIl sert aux agents.\n';
    const dir = teamRepository({ 'README.md': readme });
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    const config = JSON.parse(read(dir, '.yo-rc.json'));
    delete config['generator-codegouv'].written;
    writeFileSync(join(dir, '.yo-rc.json'), JSON.stringify(config));
    const result = codegouv(dir, ['readme', '--yes', '--force', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(0);
    const after = read(dir, 'README.md');
    expect(after).toContain('Il sert aux agents.');
    expect(after.startsWith('# Notre outil\n')).toBe(true);
  });

  it('nothing goes inside an HTML comment; an HTML <h1> is the title', () => {
    const readme = '<!--\n# Pas un titre\n-->\n<h1 align="center">Mon outil</h1>\n\nUn outil des agents.\n';
    const dir = teamRepository({ 'README.md': readme });
    expect(codegouv(dir, ['readme', '--yes', '--force', '--answers', 'answers.yml']).status).toBe(0);
    const after = read(dir, 'README.md');
    expect(after.startsWith('<!--\n# Pas un titre\n-->\n<h1 align="center">Mon outil</h1>\n\n[![code.gouv.fr')).toBe(true);
  });

  it('a fence of four backticks holding one of three is one code block', () => {
    const readme = '````md\n```sh\n# pas un titre\n```\n````\n\nUn outil.\n';
    const dir = teamRepository({ 'README.md': readme });
    expect(codegouv(dir, ['readme', '--yes', '--force', '--answers', 'answers.yml']).status).toBe(0);
    expect(read(dir, 'README.md').indexOf('[![code.gouv.fr')).toBe(0);
  });

  it('keeps the team\'s bytes: byte order mark, mixed line ends, no final newline', () => {
    const contributing = '\uFEFF# Contribuer\n\nLigne un.\r\nLigne deux, relue par l\'équipe avant chaque fusion.';
    const dir = teamRepository({ 'CONTRIBUTING.md': contributing });
    expect(codegouv(dir, ['contributing', '--yes', '--force', '--answers', 'answers.yml']).status).toBe(0);
    const after = readFileSync(join(dir, 'CONTRIBUTING.md'), 'utf8');
    expect(after.startsWith(contributing)).toBe(true);
    expect(after).toContain('\n## Certificat d\'origine du développeur (DCO)\n');
  });
});
