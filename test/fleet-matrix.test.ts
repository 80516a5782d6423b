import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { codegouv } from './fixtures.js';

const root = mkdtempSync(join(tmpdir(), 'codegouv-fleet-matrix-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const urls = (count: number) => Array.from({ length: count }, (_, index) => `https://gitlab.exemple.gouv.fr/dnum/projet-${index + 1}`);

function list(name: string, lines: readonly string[]): string {
  writeFileSync(join(root, name), `${lines.join('\n')}\n`);
  return name;
}

const matrix = (...args: string[]) => codegouv(root, ['fleet', 'matrix', ...args]);

interface GithubMatrix { include: { shard: number; repos: string }[] }

describe('codegouv fleet matrix', () => {
  it('splits the list evenly, in order, into a GitHub Actions strategy.matrix on one line', () => {
    const file = list('dix.txt', ['# Dépôts de la DNUM', '', ...urls(10).slice(0, 5), '   ', ...urls(10).slice(5).map((url) => `${url}   # commentaire`)]);
    const result = matrix('--shards', '3', file);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trimEnd()).not.toContain('\n');
    const { include } = JSON.parse(result.stdout) as GithubMatrix;
    expect(include.map(({ shard }) => shard)).toEqual([1, 2, 3]);
    const shards = include.map(({ repos }) => repos.split(' '));
    expect(shards.map((shard) => shard.length)).toEqual([4, 3, 3]);
    expect(shards.flat()).toEqual(urls(10));
    // Deterministic: the same list gives the same matrix.
    expect(matrix('--shards', '3', file).stdout).toBe(result.stdout);
  });

  it('splits 1 000 repositories into 256 jobs whose sizes differ by one at most', () => {
    const result = matrix('--shards', '256', list('mille.txt', urls(1000)));
    const { include } = JSON.parse(result.stdout) as GithubMatrix;
    const sizes = include.map(({ repos }) => repos.split(' ').length);
    expect(include).toHaveLength(256);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBe(1);
    expect(include.flatMap(({ repos }) => repos.split(' '))).toEqual(urls(1000));
  });

  it('writes a GitLab parallel:matrix in a hidden job, values as strings', () => {
    const result = matrix('--forge', 'gitlab', '--shards', '2', list('cinq.txt', urls(5)));
    expect(result.status, result.stderr).toBe(0);
    const yaml = parse(result.stdout) as Record<string, { parallel: { matrix: Record<string, unknown>[] } }>;
    expect(Object.keys(yaml)).toEqual(['.codegouv-shards']);
    expect(yaml['.codegouv-shards']!.parallel.matrix).toEqual([
      { SHARD: '1', REPOS: urls(5).slice(0, 3).join(' ') },
      { SHARD: '2', REPOS: urls(5).slice(3).join(' ') },
    ]);
  });

  it('makes no empty job: fewer repositories than shards gives one job each, with a warning', () => {
    const result = matrix('--shards', '8', list('deux.txt', urls(2)));
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as GithubMatrix).include).toHaveLength(2);
    expect(result.stderr).toContain('2 dépôt(s) pour 8 lots');
  });

  it('counts a repository listed twice once, and says where', () => {
    const result = matrix('--shards', '1', list('double.txt', [urls(1)[0]!, `${urls(1)[0]!.toUpperCase().replace('HTTPS', 'https')}.git`]));
    expect((JSON.parse(result.stdout) as GithubMatrix).include).toEqual([{ shard: 1, repos: urls(1)[0] }]);
    expect(result.stderr).toContain('double.txt, ligne 2');
    expect(result.stderr).toContain('figure déjà ligne 1');
  });

  it('refuses every bad line at once, naming the file, the line and the fix, and prints no matrix', () => {
    const file = list('mauvaise.txt', [
      urls(1)[0]!,
      'http://gitlab.exemple.gouv.fr/dnum/clair',
      'git@github.com:dnum/ssh.git',
      'https://jeton:motdepasse42@gitlab.exemple.gouv.fr/dnum/projet',
      'https://github.com/dnum/$(reboot)',
      'https://github.com/dnum/*',
      'https://github.com/',
    ]);
    const result = matrix('--shards', '2', file);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('mauvaise.txt, ligne 2 : seules les URL https:// sont acceptées');
    expect(result.stderr).toContain('mauvaise.txt, ligne 3 : seules les URL https://');
    expect(result.stderr).toContain('mauvaise.txt, ligne 4 : l\'URL contient un identifiant ou un mot de passe');
    expect(result.stderr).toContain('mauvaise.txt, ligne 5 : caractère non accepté');
    expect(result.stderr).toContain('mauvaise.txt, ligne 6 : caractère non accepté');
    expect(result.stderr).toContain('mauvaise.txt, ligne 7 : l\'URL ne nomme pas de dépôt');
    expect(result.stderr).toContain('6 ligne(s) refusée(s)');
    expect(result.stderr).not.toContain('motdepasse42');
    const english = matrix('--lang', 'en', '--shards', '2', file);
    expect(english.stderr).toContain('mauvaise.txt, line 2: only https:// URLs are accepted');
  });

  it.each([
    [['--shards', '0'], /--shards « 0 » : un nombre entier de 1 à 256 est attendu \(limite de GitHub Actions\)/u],
    [['--shards', '257'], /de 1 à 256/u],
    [['--shards', '2.5'], /--shards « 2\.5 »/u],
    [['--shards', '201', '--forge', 'gitlab'], /de 1 à 200 est attendu \(limite de GitLab CI\/CD\)/u],
    [['--forge', 'gitea', '--shards', '2'], /--forge « gitea » : github ou gitlab attendu/u],
    [[], /--shards N est obligatoire/u],
  ])('refuses %j with exit code 2', (args, message) => {
    const result = matrix(...args, list('ok.txt', urls(3)));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('refuses a missing, empty or non-file list', () => {
    expect(matrix('--shards', '2').stderr).toContain('donnez le fichier de la liste');
    expect(matrix('--shards', '2', 'absente.txt').stderr).toContain('liste absente.txt illisible (ENOENT)');
    expect(matrix('--shards', '2', list('vide.txt', ['# rien', ''])).stderr).toContain('la liste vide.txt ne contient aucune URL');
    expect(matrix('--shards', '2', '.').stderr).toContain('. n\'est pas un fichier ordinaire');
  });
});
