import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './fixtures.js';

/** The organisation's defaults; each project says the rest in its .yo-rc.json. */
const PRESET = {
  administration: 'Ministère de l\'Exemple',
  administrationUri: 'https://lannuaire.service-public.fr/gouvernement/ministere-exemple',
  contactName: 'Mission logiciels libres',
  contactEmail: 'logiciels-libres@exemple.gouv.fr',
  securityEmail: 'securite@exemple.gouv.fr',
  forge: 'gitlab',
  licence: 'MIT',
  docsLicence: 'etalab-2.0',
  languages: ['fr'],
  openness: 'contributif',
};

const PROJECT = {
  repositoryUrl: 'https://gitlab.exemple.gouv.fr/dnum/registre',
  projectName: 'registre',
  description: 'Registre des actes',
  longDescription: 'Le registre des actes permet aux services de saisir, signer et publier leurs actes administratifs, et aux usagers de les consulter en ligne à tout moment.',
  features: ['Saisie', 'Publication'],
};

const OPERATOR = { name: 'Opératrice Ospo', email: 'ospo@exemple.gouv.fr' };
const TEAM = ['-c', 'user.name=Équipe', '-c', 'user.email=equipe@exemple.gouv.fr'];

let root: string;
/** git as the test's user: the global config is the test's own file, never the machine's. */
let env: NodeJS.ProcessEnv;

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });

/** A repository whose stored answers (.yo-rc.json) make the preset enough, with a local bare repository as origin. */
function repository(name: string, answers: object | null = PROJECT): { dir: string; remote: string } {
  const dir = join(root, name);
  const remote = join(root, `${name}-remote.git`);
  mkdirSync(dir);
  git(root, ['init', '-q', '--bare', remote]);
  git(dir, ['init', '-q', '-b', 'main']);
  writeFileSync(join(dir, 'README.md'), `# ${name}\n`);
  if (answers) writeFileSync(join(dir, '.yo-rc.json'), JSON.stringify({ 'generator-codegouv': answers }, null, 2));
  git(dir, ['add', '-A']);
  git(dir, [...TEAM, 'commit', '-q', '--no-gpg-sign', '-m', 'Premier commit']);
  git(dir, ['remote', 'add', 'origin', remote]);
  git(dir, ['push', '-q', 'origin', 'main']);
  return { dir, remote };
}

function apply(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [join(repoRoot, 'dist', 'bin', 'codegouv.js'), 'apply', '--preset', 'ministere.yml', ...args], {
    cwd: root, env: { ...env, ...extraEnv }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000,
  });
}

/** Every file and its bytes under `dir`, .git included: refs, index, objects, config. */
function everything(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return out;
}

const branches = (dir: string) => git(dir, ['for-each-ref', '--format=%(refname)', 'refs/heads']).trim().split('\n').sort();
const scratchClones = () => readdirSync(tmpdir()).filter((name) => name.startsWith('codegouv-apply-'));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'codegouv-apply-test-'));
  const gitconfig = join(root, 'gitconfig');
  writeFileSync(gitconfig, `[user]\n\tname = ${OPERATOR.name}\n\temail = ${OPERATOR.email}\n`);
  env = { ...process.env, GIT_CONFIG_GLOBAL: gitconfig, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' };
  for (const name of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL']) delete env[name];
  writeFileSync(join(root, 'ministere.yml'), stringify(PRESET));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('codegouv apply', () => {
  it('dry run by default: prints the diff and the line, and leaves every byte of the repository as it was', () => {
    const { dir, remote } = repository('dry');
    const before = everything(dir);
    const remoteBefore = everything(remote);
    const clonesBefore = scratchClones();
    const result = apply(['dry']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--- dry : ce que la branche contiendrait ---');
    expect(result.stdout).toMatch(/ LICENSE +\| +\d+ \+/);
    expect(result.stdout).toContain('+++ b/publiccode.yml');
    expect(result.stdout).toMatch(/^dry : modifié \(\d+ fichiers\) → branche codegouv\/conformite à créer avec --write$/m);
    expect(result.stdout).toContain('Simulation : rien n\'a été écrit.');
    expect(everything(dir)).toEqual(before);
    expect(everything(remote)).toEqual(remoteBefore);
    expect(scratchClones()).toEqual(clonesBefore);
  });

  it('--write: a branch with one commit signed off by the operator, its French message listing the files; the checkout untouched, the remote too', () => {
    const { dir, remote } = repository('write');
    const head = git(dir, ['rev-parse', 'HEAD']);
    const work = everything(dir);
    const remoteBefore = everything(remote);
    const result = apply(['--write', '--branch', 'conformite/2026', 'write']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const count = git(dir, ['diff', '--name-only', 'main', 'conformite/2026']).trim().split('\n').length;
    expect(result.stdout).toContain(`write : modifié (${count} fichiers) → branche conformite/2026\n`);
    expect(result.stdout).not.toContain('diff --git');
    expect(branches(dir)).toEqual(['refs/heads/conformite/2026', 'refs/heads/main']);
    expect(git(dir, ['rev-parse', 'conformite/2026^'])).toBe(head);
    expect(git(dir, ['symbolic-ref', 'HEAD']).trim()).toBe('refs/heads/main');
    expect(git(dir, ['rev-parse', 'HEAD'])).toBe(head);
    expect(git(dir, ['status', '--porcelain', '--untracked-files=all'])).toBe('');
    const message = git(dir, ['log', '-1', '--format=%B', 'conformite/2026']);
    expect(message).toMatch(/^Mise en conformité codegouv \(préréglage ministere\.yml\)\n\nFichiers créés :\n/);
    expect(message).toContain('\n- LICENSE\n');
    expect(message).toContain('\n- publiccode.yml\n');
    expect(message).toMatch(/Fichiers modifiés :\n- \.yo-rc\.json\n/);
    expect(message.trim().split('\n').at(-1)).toBe(`Signed-off-by: ${OPERATOR.name} <${OPERATOR.email}>`);
    expect(git(dir, ['log', '-1', '--format=%an <%ae>|%cn <%ce>', 'conformite/2026']).trim()).toBe(`${OPERATOR.name} <${OPERATOR.email}>|${OPERATOR.name} <${OPERATOR.email}>`);
    const created = message.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2)).sort();
    expect(created).toEqual(git(dir, ['diff', '--name-only', 'main', 'conformite/2026']).trim().split('\n').sort());
    // The work tree and the index are those of main, byte for byte; the remote has no new branch.
    for (const [path, bytes] of Object.entries(work)) if (!path.startsWith('.git/')) expect(everything(dir)[path], path).toBe(bytes);
    expect(everything(dir)['.git/index']).toBe(work['.git/index']);
    expect(everything(remote)).toEqual(remoteBefore);
  });

  it('a re-run on the merged result is unchanged; --push origin puts the branch in the bare remote', () => {
    const { dir, remote } = repository('push');
    const first = apply(['--write', '--push', 'origin', 'push']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^push : modifié \(\d+ fichiers\) → branche codegouv\/conformite, poussée vers origin$/m);
    expect(first.status).toBe(0);
    expect(git(remote, ['rev-parse', 'refs/heads/codegouv/conformite'])).toBe(git(dir, ['rev-parse', 'codegouv/conformite']));
    git(dir, ['merge', '-q', '--ff-only', 'codegouv/conformite']);
    git(dir, ['branch', '-q', '-d', 'codegouv/conformite']);
    const again = apply(['--write', 'push']);
    expect(again.stdout).toContain('push : inchangé\n');
    expect(again.stdout).toContain('1 dépôt(s) : 0 modifié(s), 1 inchangé(s), 0 ignoré(s), 0 refusé(s), 0 en erreur.');
    expect(again.status).toBe(0);
    expect(branches(dir)).toEqual(['refs/heads/main']);
  });

  it('skips a dirty repository, a detached head and an existing branch, each with its reason; exit 1', () => {
    const dirty = repository('sale').dir;
    writeFileSync(join(dirty, 'brouillon.txt'), 'pas encore validé\n');
    const modified = repository('modifie').dir;
    writeFileSync(join(modified, 'README.md'), '# changé\n');
    const detached = repository('detache').dir;
    git(detached, ['checkout', '-q', '--detach']);
    const existing = repository('existante').dir;
    git(existing, ['branch', 'codegouv/conformite']);
    const snapshots = [dirty, modified, detached, existing].map(everything);
    const result = apply(['--write', 'sale', 'modifie', 'detache', 'existante']);
    expect(result.stdout).toContain('sale : ignoré : modifications non validées');
    expect(result.stdout).toContain('modifie : ignoré : modifications non validées');
    expect(result.stdout).toContain('detache : ignoré : tête détachée');
    expect(result.stdout).toContain('existante : ignoré : la branche codegouv/conformite existe déjà');
    expect(result.stdout).toContain('4 dépôt(s) : 0 modifié(s), 0 inchangé(s), 4 ignoré(s), 0 refusé(s), 0 en erreur.');
    expect(result.status).toBe(1);
    expect([dirty, modified, detached, existing].map(everything)).toEqual(snapshots);
  });

  it('a refused repository gets the generator\'s reason, a folder that is not a repository an error line, and the others are still processed', () => {
    repository('sans-reponses', null);
    mkdirSync(join(root, 'pas-un-depot'));
    repository('suivant');
    const result = apply(['--write', 'sans-reponses', 'pas-un-depot', 'suivant', '--lang', 'en']);
    expect(result.stdout).toMatch(/^sans-reponses: refused: Réponses manquantes ou invalides :\n {4,}--description \(description\)/m);
    expect(result.stdout).toContain('pas-un-depot: error: not a git repository');
    expect(result.stdout).toMatch(/^suivant: changed \(\d+ files\) → branch codegouv\/conformite$/m);
    expect(result.stdout).toContain('3 repositories: 1 changed, 0 unchanged, 0 skipped, 1 refused, 1 in error.');
    expect(result.status).toBe(1);
    expect(branches(join(root, 'sans-reponses'))).toEqual(['refs/heads/main']);
  });

  it('refuses to start without an operator identity, and prints its own usage in the interface language', () => {
    repository('identite');
    const bare = join(root, 'empty-gitconfig');
    writeFileSync(bare, '');
    const result = apply(['--write', 'identite'], { GIT_CONFIG_GLOBAL: bare });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('git config --global user.email');
    expect(branches(join(root, 'identite'))).toEqual(['refs/heads/main']);
    const help = spawnSync(process.execPath, [join(repoRoot, 'dist', 'bin', 'codegouv.js'), 'apply', '--help', '--lang', 'en'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: codegouv apply --preset PRESET/);
    const pushAlone = apply(['--push', 'origin', 'identite']);
    expect(pushAlone.status).toBe(2);
    expect(pushAlone.stderr).toContain('--push ne s\'emploie qu\'avec --write');
  });
});
