import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { completeAnswers, repoRoot } from './fixtures.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const session = `codegouv-${process.pid}`;

function screen(): string {
  return execFileSync('tmux', ['capture-pane', '-p', '-t', session, '-S', '-200'], { encoding: 'utf8' });
}

async function waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = screen();
    if (typeof text === 'string' ? current.includes(text) : text.test(current)) return current;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${String(text)}. Screen:\n${current}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function keys(...sequence: string[]): void {
  execFileSync('tmux', ['send-keys', '-t', session, ...sequence]);
}

/** Waits for the question, then answers it. */
async function answer(question: string, ...sequence: string[]): Promise<void> {
  await waitFor(`? ${question}`);
  keys(...sequence);
  await waitFor(`✔ ${question}`);
}

describe.skipIf(!hasTmux)('npx codegouv in a real terminal (tmux)', () => {
  afterEach(() => {
    spawnSync('tmux', ['kill-session', '-t', session]);
  });

  it('asks every question in French and writes the skeleton from the answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-tty-'));
    const command = `HOME=${dir} GIT_CONFIG_NOSYSTEM=1 ${process.execPath} ${join(repoRoot, 'dist/bin/codegouv.js')}; echo EXIT=$?; sleep 600`;
    execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '160', '-y', '50', '-c', dir, command]);

    await answer('Administration titulaire des droits', 'Ministère de l\'Éducation nationale & de la Jeunesse', 'Enter');
    await answer('Adresse de l\'administration sur lannuaire', 'Enter');
    await answer('Nom du dépôt', 'C-u', 'outil-inscriptions', 'Enter');
    await answer('Nom affiché du projet', 'C-u', 'Outil d\'inscriptions', 'Enter');
    await answer('Description en une phrase', 'Inscriptions « en ligne » des élèves', 'Enter');
    await answer('Description détaillée', 'L\'outil permet aux familles d\'inscrire leurs enfants en ligne, aux établissements de suivre les dossiers et aux académies de produire les statistiques utiles.', 'Enter');
    await answer('Fonctionnalités principales', 'Inscription en ligne;Suivi des dossiers', 'Enter');
    await waitFor('? Catégorie publiccode.yml');
    keys('data-coll');
    await waitFor('❯ Collecte de données (data-collection)');
    keys('Enter');
    await waitFor('✔ Catégorie publiccode.yml');
    await answer('Autre catégorie publiccode.yml', 'Enter');
    await waitFor('? Domaines d\'action publique concernés');
    keys('éduc');
    await waitFor('❯ Éducation, enseignement (education)');
    keys('Enter');
    await answer('Autre domaine d\'action publique', 'Enter');
    await answer('Licence du code source', 'Down', 'Down', 'Down', 'Down', 'Enter');
    await answer('Licence de la documentation', 'Enter');
    await answer('Adresse publique du dépôt', 'https://gitlab.adullact.net/education/outil-inscriptions', 'Enter');
    await answer('Forge', 'Enter');
    await answer('Nom du contact de maintenance', 'Équipe Inscriptions', 'Enter');
    await answer('Adresse électronique du contact', 'inscriptions@education.gouv.fr', 'Enter');
    await answer('Adresse dédiée aux signalements de sécurité', 'C-u', 'securite@education.gouv.fr', 'Enter');
    await answer('Adresse pour signaler un manquement', 'Enter');
    await answer('Statut du développement', 'Down', 'Enter');
    await answer('Type de logiciel', 'Enter');
    await answer('Plateformes', 'Down', 'Down', 'Down', 'Space', 'Enter');
    await answer('Type de maintenance', 'Enter');
    await answer('Langues des documents', 'Down', 'Enter');
    await answer('Description en une phrase, en anglais', 'Online pupil registration', 'Enter');
    await answer('Description détaillée, en anglais', 'The tool lets families register their children online, schools follow the applications and education authorities produce the statistics they need, in every academy.', 'Enter');
    await answer('Fonctionnalités principales en anglais', 'Online registration;Application tracking', 'Enter');
    await answer('Année du copyright', 'C-u', '2025', 'Enter');
    await answer('Degré d\'ouverture', 'Enter');
    await answer('Installer le crochet git local', 'y', 'Enter');
    await answer('Écrire aussi codemeta.json', 'n', 'Enter');
    const final = await waitFor(/EXIT=\d+/, 30_000);
    expect(final).toContain('EXIT=0');

    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('Ministère de l\'Éducation nationale & de la Jeunesse');
    expect(readme).toContain('# Outil d\'inscriptions');
    expect(readFileSync(join(dir, 'README.en.md'), 'utf8')).toContain('## Contributing');
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2025 Ministère/);
    const publiccode = parse(readFileSync(join(dir, 'publiccode.yml'), 'utf8')) as Record<string, any>;
    expect(publiccode.description.fr.shortDescription).toBe('Inscriptions « en ligne » des élèves');
    expect(publiccode.platforms).toEqual(['web', 'linux']);
    expect(publiccode.developmentStatus).toBe('beta');
    expect(publiccode.legal.license).toBe('MIT');
    expect(publiccode.categories).toEqual(['data-collection']);
    expect(publiccode.intendedAudience).toEqual({ countries: ['FR'], scope: ['education'] });
    expect(publiccode.description.en.features).toEqual(['Online registration', 'Application tracking']);
    expect(readFileSync(join(dir, '.gitlab/dco.gitlab-ci.yml'), 'utf8')).toContain('dco-check.sh');
    expect(readFileSync(join(dir, 'LICENSES/etalab-2.0.txt'), 'utf8')).toContain('LICENCE OUVERTE');
    expect(readFileSync(join(dir, 'SECURITY.md'), 'utf8')).toContain('securite@education.gouv.fr');
    expect(readFileSync(join(dir, '.githooks/prepare-commit-msg'), 'utf8')).toMatch(/^#!\/bin\/sh/);
    const stored = JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-codegouv'];
    expect(stored).toMatchObject({ licence: 'MIT', docsLicence: 'etalab-2.0', year: 2025, languages: ['fr', 'en'], signoffHook: true });
    spawnSync('tmux', ['kill-session', '-t', session]);
  });

  it('asks through the conflict question before touching a file the team changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-tty-'));
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    const first = spawnSync(process.execPath, [join(repoRoot, 'dist/bin/codegouv.js'), '--yes', '--answers', 'answers.yml'], { cwd: dir, encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    writeFileSync(join(dir, 'README.md'), '# Notre README\n');
    writeFileSync(join(dir, 'SECURITY.md'), '# Notre politique\n');
    const command = `HOME=${dir} GIT_CONFIG_NOSYSTEM=1 ${process.execPath} ${join(repoRoot, 'dist/bin/codegouv.js')}; echo EXIT=$?; sleep 600`;
    execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '160', '-y', '50', '-c', dir, command]);
    // Refuse README.md, accept every other file the prompt asks about (SECURITY.md, .reuse/dep5).
    const answered = new Set<string>();
    for (;;) {
      const current = await waitFor(/EXIT=\d+|\? [^\s?]+ existe déjà et diffère de la version proposée\. Que faire \?[^]*a\) abandonner[^]*$/, 30_000);
      if (/EXIT=\d+/.test(current)) {
        expect(current).toContain('EXIT=0');
        break;
      }
      const file = [...current.matchAll(/\? ([^\s?]+) existe déjà et diffère/g)].pop()![1]!;
      if (answered.has(file)) continue;
      answered.add(file);
      keys(file === 'README.md' ? 'g' : 'r', 'Enter');
    }
    expect([...answered]).toEqual(expect.arrayContaining(['README.md', 'SECURITY.md']));
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# Notre README\n');
    // Accepted: the team's title stays, the policy's sections it had removed come back.
    const security = readFileSync(join(dir, 'SECURITY.md'), 'utf8');
    expect(security).toMatch(/^# Notre politique$/m);
    expect(security).toContain(completeAnswers().contactEmail as string);
  });

  it('refusing every change of a licence switch leaves the repository and its stored answers as they were', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-tty-'));
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers()));
    expect(spawnSync(process.execPath, [join(repoRoot, 'dist/bin/codegouv.js'), '--yes', '--answers', 'answers.yml'], { cwd: dir }).status).toBe(0);
    const command = `HOME=${dir} GIT_CONFIG_NOSYSTEM=1 ${process.execPath} ${join(repoRoot, 'dist/bin/codegouv.js')} licence --licence MIT; echo EXIT=$?; sleep 600`;
    execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '160', '-y', '50', '-c', dir, command]);
    await answer('Licence de la documentation', 'Enter');
    const prompts = new Set<string>();
    for (;;) {
      const current = await waitFor(/EXIT=\d+|\? [^\s?]+ existe déjà et diffère[^]*a\) abandonner[^]*$|\? [^\n]+ Le supprimer \? \([oO]\/[nN]\)\s*$/, 30_000);
      if (/EXIT=\d+/.test(current)) {
        expect(current).toContain('EXIT=0');
        break;
      }
      const last = current.split('\n').findLast((line) => line.startsWith('? '))!;
      if (prompts.has(last)) continue;
      prompts.add(last);
      keys(last.includes('Que faire') ? 'g' : 'n', 'Enter');
    }
    expect(prompts.size).toBeGreaterThan(1);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE/);
    expect(existsSync(join(dir, 'LICENSES/MIT.txt'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-codegouv'].licence).toBe('EUPL-1.2');
    const check = spawnSync(process.execPath, [join(repoRoot, 'dist/bin/codegouv.js'), 'check', '.'], { cwd: dir, encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
  });
});
