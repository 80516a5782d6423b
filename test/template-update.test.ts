import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import helpers from 'yeoman-test';
import PubliccodeGenerator from '../generators/publiccode/index.ts';
import { validatePubliccode } from '../src/publiccode/validate.js';
import { codegouv, completeAnswers, repoRoot } from './fixtures.js';

/**
 * An OSPO's preset whose template of CONTRIBUTING changes between two runs, a team that edited
 * the files codegouv wrote in between: the rerun merges (three-way) instead of choosing a side.
 */
const TEMPLATE = 'contributing/CONTRIBUTING.fr.md.ejs';
const STEP_ONE = '1. Ouvrez d\'abord un ticket pour discuter des changements importants.';
const STEP_ONE_V2 = '1. Ouvrez d\'abord un ticket pour discuter des changements importants, avec le modèle du ministère.';
const SECRETS = '- Aucun secret (mot de passe, clé, jeton) dans le code, les commentaires ou l\'historique.';
const TEAM_LINE = '- Le code suit le guide de style de l\'équipe (docs/style.md).';
const TEAM_COMMENT = '  # Contact confirmé par l\'équipe en 2026';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Équipe', '-c', 'user.email=equipe@example.org', ...args], { cwd, encoding: 'utf8' });
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const sha256 = (text: string | Buffer) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const config = (dir: string) => (JSON.parse(read(dir, '.yo-rc.json')) as Record<string, Record<string, unknown>>)['generator-codegouv']!;

interface Fleet {
  root: string;
  repo: string;
  preset: string;
  template: string;
}

/** A preset with its own CONTRIBUTING template (today's, to start with), a repository generated with it and committed. */
function generatedWithPreset(): Fleet {
  const root = mkdtempSync(join(tmpdir(), 'codegouv-template-update-'));
  const { administration, contactName, contactEmail, securityEmail, conductEmail, ...project } = completeAnswers({ licence: 'MIT' });
  mkdirSync(join(root, 'preset', 'templates', 'contributing'), { recursive: true });
  const template = join(root, 'preset', 'templates', TEMPLATE);
  copyFileSync(join(repoRoot, 'templates', TEMPLATE), template);
  const preset = join(root, 'preset', 'preset.yml');
  writeFileSync(preset, stringify({ administration, contactName, contactEmail, securityEmail, conductEmail, licence: 'MIT', templates: 'templates' }));
  writeFileSync(join(root, 'answers.yml'), stringify(project));
  const repo = join(root, 'repo');
  mkdirSync(repo);
  git(repo, 'init', '-q');
  const run = codegouv(repo, ['--yes', '--preset', preset, '--answers', '../answers.yml']);
  if (run.status !== 0) throw new Error(run.stderr);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'codegouv');
  return { root, repo, preset, template };
}

/** The team's edits: a line of its own in CONTRIBUTING's Conventions, a comment in publiccode.yml. */
function teamEdits(repo: string): void {
  writeFileSync(join(repo, 'CONTRIBUTING.md'), read(repo, 'CONTRIBUTING.md').replace(SECRETS, `${SECRETS}\n${TEAM_LINE}`));
  writeFileSync(join(repo, 'publiccode.yml'), read(repo, 'publiccode.yml').replace('  contacts:\n', `${TEAM_COMMENT}\n  contacts:\n`));
  git(repo, 'commit', '-qam', 'team');
}

/** The OSPO's new version: a sentence of the template reworded, a new contact address. */
function presetVersionTwo(fleet: Fleet, contactEmail = 'contact-v2@numerique.gouv.fr'): void {
  writeFileSync(fleet.template, readFileSync(fleet.template, 'utf8').replace(STEP_ONE, STEP_ONE_V2));
  const preset = parse(readFileSync(fleet.preset, 'utf8')) as Record<string, unknown>;
  writeFileSync(fleet.preset, stringify({ ...preset, contactEmail }));
}

const rerun = (fleet: Fleet, ...more: string[]) => codegouv(fleet.repo, ['--yes', ...more, '--preset', fleet.preset, '--answers', '../answers.yml']);

describe('the record of what each file was generated from', () => {
  it('names the generator, the preset (as named, with a digest of its file), and per file git\'s blob id and its template\'s digest', () => {
    const fleet = generatedWithPreset();
    const record = config(fleet.repo).generatedFrom as { generator: string; preset: { spec: string; digest: string }; files: Record<string, { blob: string; template?: string; base?: string }> };
    expect(record.generator).toMatch(/^generator-codegouv@\d+\.\d+\.\d+/u);
    expect(record.preset).toEqual({ spec: fleet.preset, digest: sha256(readFileSync(fleet.preset)) });
    for (const path of ['CONTRIBUTING.md', 'README.md', 'publiccode.yml', 'LICENSE', 'SECURITY.md']) {
      // Git itself says which object each file is: the record finds the earlier output in the history.
      expect(record.files[path]?.blob, path).toBe(git(fleet.repo, 'rev-parse', `HEAD:${path}`).trim());
      expect(record.files[path]?.base, path).toBeUndefined();
    }
    expect(record.files['CONTRIBUTING.md']?.template).toBe(sha256(readFileSync(fleet.template)));
    expect(record.files['README.md']?.template).toBe(sha256(readFileSync(join(repoRoot, 'templates', 'readme', 'README.fr.md.ejs'))));
  });
});

describe('a new version of the preset reaches files the team edited (three-way merge)', () => {
  it('--yes without --force keeps every edited file byte for byte and says the merge is ready', () => {
    const fleet = generatedWithPreset();
    teamEdits(fleet.repo);
    presetVersionTwo(fleet);
    const before = { contributing: read(fleet.repo, 'CONTRIBUTING.md'), publiccode: read(fleet.repo, 'publiccode.yml'), config: read(fleet.repo, '.yo-rc.json') };
    const run = rerun(fleet);
    expect(run.status, run.stderr).toBe(0);
    // Nothing applied, nothing recorded: the stored answers and what made them stay the earlier run's.
    expect(read(fleet.repo, '.yo-rc.json')).toBe(before.config);
    expect(read(fleet.repo, 'CONTRIBUTING.md')).toBe(before.contributing);
    expect(read(fleet.repo, 'publiccode.yml')).toBe(before.publiccode);
    expect(run.stderr).toContain('publiccode.yml est conservé tel quel : l\'équipe l\'a modifié et la nouvelle version de codegouv aussi. Les deux se fusionnent sans conflit');
    // A Markdown document is merged section by section: the section the team did not touch takes the new text.
    expect(run.stderr).toMatch(/CONTRIBUTING\.md est conservé tel quel\. Avec --force, codegouv mettrait à jour la section « Proposer une modification »[^\n]* et rien d'autre/u);
    expect(run.stderr).not.toMatch(/CONTRIBUTING\.md est conservé tel quel\.[^\n]*« Conventions »/u);
  });

  it('--force writes the merge: the team\'s line and comment stay, the new template sentence and the new address come in; the record keeps codegouv\'s own output as the next base', () => {
    const fleet = generatedWithPreset();
    teamEdits(fleet.repo);
    presetVersionTwo(fleet);
    const run = rerun(fleet, '--force');
    expect(run.status, run.stderr).toBe(0);
    const contributing = read(fleet.repo, 'CONTRIBUTING.md');
    expect(contributing).toContain(`${SECRETS}\n${TEAM_LINE}\n`);
    expect(contributing).toContain(STEP_ONE_V2);
    expect(contributing).not.toContain(STEP_ONE);
    expect(contributing).not.toMatch(/^(?:<{7}|>{7}|={7})/mu);
    const publiccode = read(fleet.repo, 'publiccode.yml');
    expect(publiccode).toContain(`${TEAM_COMMENT}\n  contacts:\n`);
    expect((parse(publiccode) as { maintenance: { contacts: { email: string }[] } }).maintenance.contacts[0]!.email).toBe('contact-v2@numerique.gouv.fr');
    expect(validatePubliccode(publiccode, { baseDir: fleet.repo }).valid).toBe(true);
    // What codegouv would write without the team's line is the base of the next update, kept in the record.
    const stored = config(fleet.repo);
    const pure = contributing.replace(`${TEAM_LINE}\n`, '');
    expect((stored.written as Record<string, string>)['CONTRIBUTING.md']).toBe(sha256(pure));
    const origin = (stored.generatedFrom as { files: Record<string, { base?: string; template?: string }> }).files['CONTRIBUTING.md']!;
    expect(origin.template).toBe(sha256(readFileSync(fleet.template)));
    expect(origin.base).toBeDefined();
  });

  it('a third version merges again from that base, which never reached the history: the team\'s line is still there', () => {
    const fleet = generatedWithPreset();
    teamEdits(fleet.repo);
    presetVersionTwo(fleet);
    expect(rerun(fleet, '--force').status).toBe(0);
    git(fleet.repo, 'commit', '-qam', 'v2');
    writeFileSync(fleet.template, readFileSync(fleet.template, 'utf8').replace(STEP_ONE_V2, `${STEP_ONE_V2} Version 3.`));
    const run = rerun(fleet, '--force');
    expect(run.status, run.stderr).toBe(0);
    const contributing = read(fleet.repo, 'CONTRIBUTING.md');
    expect(contributing).toContain(`${STEP_ONE_V2} Version 3.`);
    expect(contributing).toContain(`${SECRETS}\n${TEAM_LINE}\n`);
  });

  it('the team and the new version change the same line of publiccode.yml: kept and listed without --force; with --force, written with conflict markers and listed', () => {
    const fleet = generatedWithPreset();
    teamEdits(fleet.repo);
    const teamAddress = read(fleet.repo, 'publiccode.yml').replace(/email: .*@.*$/mu, 'email: equipe-projet@numerique.gouv.fr');
    writeFileSync(join(fleet.repo, 'publiccode.yml'), teamAddress);
    git(fleet.repo, 'commit', '-qam', 'team address');
    presetVersionTwo(fleet);
    const kept = rerun(fleet);
    expect(kept.status, kept.stderr).toBe(0);
    expect(read(fleet.repo, 'publiccode.yml')).toBe(teamAddress);
    expect(kept.stderr).toContain('publiccode.yml : les modifications de l\'équipe et la nouvelle version de codegouv touchent les mêmes lignes (1 conflit). Le fichier est conservé tel quel');
    const forced = rerun(fleet, '--force');
    expect(forced.status, forced.stderr).toBe(0);
    const merged = read(fleet.repo, 'publiccode.yml');
    expect(merged).toContain('<<<<<<< vos modifications\n      email: equipe-projet@numerique.gouv.fr\n=======\n      email: contact-v2@numerique.gouv.fr\n>>>>>>> nouvelle version de codegouv\n');
    expect(merged).toContain(TEAM_COMMENT);
    expect(forced.stderr).toContain('publiccode.yml : les modifications de l\'équipe et la nouvelle version de codegouv touchent les mêmes lignes (1 conflit). Avec votre accord');
  });

  it('in a Markdown document a conflict gets no markers: the team\'s section stays and the new text is shown', () => {
    const fleet = generatedWithPreset();
    teamEdits(fleet.repo);
    // The template rewords the very line the team's own line follows.
    writeFileSync(fleet.template, readFileSync(fleet.template, 'utf8').replace(SECRETS, `${SECRETS} Ni données personnelles.`));
    const run = rerun(fleet, '--force');
    expect(run.status, run.stderr).toBe(0);
    const contributing = read(fleet.repo, 'CONTRIBUTING.md');
    expect(contributing).not.toMatch(/^(?:<{7}|>{7})/mu);
    expect(contributing).toContain(`${SECRETS}\n${TEAM_LINE}\n`);
    expect(run.stderr).toContain('CONTRIBUTING.md : l\'équipe a modifié la section « Conventions »');
  });

  it('in one section changed by both, the team\'s line and the new template line are merged line by line when the earlier output is known exactly', () => {
    const fleet = generatedWithPreset();
    const step = '4. Chaque commit doit être signé (voir ci-dessous) ; la vérification automatique refuse sinon la contribution.';
    const teamStep = '5. Ajoutez un test qui échoue sans votre modification.';
    const edited = read(fleet.repo, 'CONTRIBUTING.md').replace(step, `${step}\n${teamStep}`);
    expect(edited).toContain(teamStep);
    writeFileSync(join(fleet.repo, 'CONTRIBUTING.md'), edited);
    git(fleet.repo, 'commit', '-qam', 'team step');
    presetVersionTwo(fleet);
    const kept = rerun(fleet);
    expect(kept.status, kept.stderr).toBe(0);
    expect(read(fleet.repo, 'CONTRIBUTING.md')).toBe(edited);
    expect(kept.stderr).toMatch(/CONTRIBUTING\.md est conservé tel quel\. Avec --force, codegouv mettrait à jour [^\n]*la section « Proposer une modification »/u);
    const run = rerun(fleet, '--force');
    expect(run.status, run.stderr).toBe(0);
    const contributing = read(fleet.repo, 'CONTRIBUTING.md');
    expect(contributing).toContain(STEP_ONE_V2);
    expect(contributing).toContain(`${step}\n${teamStep}\n`);
    expect(run.stderr).not.toContain('l\'équipe a modifié la section « Proposer une modification »');
  });

  it('in an interactive run, the conflict question offers the merge: a yes writes it, a no keeps the team\'s file', async () => {
    for (const action of ['write', 'skip'] as const) {
      const fleet = generatedWithPreset();
      teamEdits(fleet.repo);
      presetVersionTwo(fleet);
      const before = read(fleet.repo, 'publiccode.yml');
      const result = await helpers
        .run(PubliccodeGenerator, {}, { force: false } as never)
        .cd(fleet.repo)
        .withOptions({ skipInstall: true, force: false, preset: fleet.preset } as never)
        .withAnswers({ action }, { throwOnMissingAnswer: false });
      expect(result.askedQuestions.map((question) => question.name)).toContain('action');
      const after = read(fleet.repo, 'publiccode.yml');
      if (action === 'skip') {
        expect(after).toBe(before);
        continue;
      }
      expect(after).toContain(`${TEAM_COMMENT}\n  contacts:\n`);
      expect(after).toContain('email: contact-v2@numerique.gouv.fr');
    }
  });

  it('a record the repository tampered with (a base or a blob that is not codegouv\'s output, a huge entry) is never taken for the base', () => {
    const fleet = generatedWithPreset();
    teamEdits(fleet.repo);
    presetVersionTwo(fleet);
    const path = join(fleet.repo, '.yo-rc.json');
    const whole = JSON.parse(readFileSync(path, 'utf8')) as { 'generator-codegouv': { generatedFrom: { files: Record<string, unknown> } } };
    const files = whole['generator-codegouv'].generatedFrom.files;
    // The team's own file claimed as codegouv's output: taken for the base, the merge would drop the team's line.
    const teams = read(fleet.repo, 'CONTRIBUTING.md');
    files['CONTRIBUTING.md'] = { blob: git(fleet.repo, 'rev-parse', 'HEAD:CONTRIBUTING.md').trim(), base: deflateRawSync(Buffer.from(teams)).toString('base64') };
    files['publiccode.yml'] = { blob: git(fleet.repo, 'rev-parse', 'HEAD:publiccode.yml').trim(), base: 'x'.repeat(600_000) };
    Object.defineProperty(files, 'constructor', { value: { blob: '1'.repeat(40) }, enumerable: true });
    writeFileSync(path, JSON.stringify(whole));
    const run = rerun(fleet, '--force');
    expect(run.status, run.stderr).toBe(0);
    expect(read(fleet.repo, 'CONTRIBUTING.md')).toContain(`${SECRETS}\n${TEAM_LINE}\n`);
    expect(read(fleet.repo, 'publiccode.yml')).toContain(TEAM_COMMENT);
  });

  it('reaches a fleet through codegouv apply (-- --force): the branch it commits holds the merges, the checkout stays as it was', () => {
    const fleet = generatedWithPreset();
    teamEdits(fleet.repo);
    presetVersionTwo(fleet);
    const checkout = read(fleet.repo, 'CONTRIBUTING.md');
    const operator = { GIT_AUTHOR_NAME: 'Opératrice Ospo', GIT_AUTHOR_EMAIL: 'ospo@exemple.gouv.fr', GIT_COMMITTER_NAME: 'Opératrice Ospo', GIT_COMMITTER_EMAIL: 'ospo@exemple.gouv.fr' };
    const run = spawnSync(process.execPath, [join(repoRoot, 'dist', 'bin', 'codegouv.js'), 'apply', '--preset', fleet.preset, '--write', fleet.repo, '--', '--force'], {
      cwd: fleet.root, env: { ...process.env, ...operator }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000,
    });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    const onBranch = (path: string) => git(fleet.repo, 'show', `codegouv/conformite:${path}`);
    expect(onBranch('CONTRIBUTING.md')).toContain(`${SECRETS}\n${TEAM_LINE}\n`);
    expect(onBranch('CONTRIBUTING.md')).toContain(STEP_ONE_V2);
    expect(onBranch('publiccode.yml')).toContain(`${TEAM_COMMENT}\n  contacts:\n`);
    expect(onBranch('publiccode.yml')).toContain('email: contact-v2@numerique.gouv.fr');
    expect(git(fleet.repo, 'log', '-1', '--format=%B', 'codegouv/conformite')).toContain('Signed-off-by: Opératrice Ospo <ospo@exemple.gouv.fr>');
    expect(read(fleet.repo, 'CONTRIBUTING.md')).toBe(checkout);
  });
});
