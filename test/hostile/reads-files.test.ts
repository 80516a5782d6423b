import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bin, codegouv, scratch, writeAnswers } from './reads-helpers.js';

const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error: E[A-Z]+/u);

/** A folder whose `name` is a FIFO: opening it for reading the ordinary way waits forever. */
function folderWithFifo(name: string): string {
  const dir = scratch('fifo');
  writeAnswers(dir);
  mkfifo(join(dir, name));
  return dir;
}

describe('reads of a hostile folder never hang, never leave it, never load a huge file whole', () => {
  it.each(['README.md', 'publiccode.yml', 'package.json', '.yo-rc.json'])('codegouv --yes finishes with a FIFO named %s', (name) => {
    const dir = folderWithFifo(name);
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
    expect(result.signal, 'killed: the run hung').toBeNull();
    noStackTrace(result.stderr);
    if (name !== 'package.json') {
      // A file the run reads to plan or configure: refused, named, nothing written.
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(name);
      expect(result.stderr).toContain('pas un fichier ordinaire');
    }
  });

  it.each(['README.md', '.yo-rc.json'])('codegouv --yes --dry-run (the Yeoman path) finishes with a FIFO named %s', (name) => {
    const dir = folderWithFifo(name);
    const result = codegouv(dir, ['--yes', '--dry-run', '--answers', 'answers.yml']);
    expect(result.signal, 'killed: the run hung').toBeNull();
    noStackTrace(result.stderr);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${name} : pas un fichier ordinaire`);
  });

  it.each(['README.md', 'publiccode.yml', 'package.json', '.yo-rc.json'])('codegouv check finishes with a FIFO named %s, and says it was not read', (name) => {
    const dir = folderWithFifo(name);
    const result = codegouv(dir, ['check']);
    expect(result.signal, 'killed: check hung').toBeNull();
    noStackTrace(result.stderr);
    expect(result.stdout).toContain(`${name} (pas un fichier ordinaire`);
  });

  it('gives no stack trace for a directory named LICENSE', () => {
    const dir = scratch('licence-dir');
    writeAnswers(dir);
    mkdirSync(join(dir, 'LICENSE'));
    writeFileSync(join(dir, 'LICENSE', 'notes.txt'), 'x\n');
    for (const args of [['check'], ['--yes', '--answers', 'answers.yml'], ['licence', '--yes', '--answers', 'answers.yml']]) {
      const result = codegouv(dir, args);
      expect(result.signal).toBeNull();
      noStackTrace(result.stderr);
      expect(result.stderr + result.stdout).toContain('LICENSE');
    }
  });

  it('does not read a README.md linked outside the folder, and check says so', () => {
    const outside = scratch('outside');
    // Were the link followed, opening this FIFO would hang the run.
    mkfifo(join(outside, 'secret'));
    const dir = scratch('link');
    symlinkSync(join(outside, 'secret'), join(dir, 'README.md'));
    const result = codegouv(dir, ['check']);
    expect(result.signal).toBeNull();
    expect(result.stdout).toContain('README.md (lien qui sort du dossier)');
  });

  it.each([
    ['a path leaving the repository', '../outside/logo.png'],
    ['a link to a file outside', 'logo.png'],
  ])('refuses a publiccode.yml logo at %s without reading it', (_case, logo) => {
    const parent = scratch('logo');
    const outside = join(parent, 'outside');
    mkdirSync(outside);
    mkfifo(join(outside, 'logo.png'));
    const dir = join(parent, 'repository');
    mkdirSync(dir);
    if (logo === 'logo.png') symlinkSync(join(outside, 'logo.png'), join(dir, 'logo.png'));
    writeFileSync(join(dir, 'publiccode.yml'), stringify({ publiccodeYmlVersion: '0.4', name: 'x', url: 'https://github.com/a/b', logo }));
    const result = codegouv(dir, ['check', '--json']);
    expect(result.signal, 'killed: the logo was opened').toBeNull();
    expect(result.stdout).toContain('is outside the repository');
  });

  it('refuses a publiccode.yml logo that links to /dev/zero, without reading it', () => {
    const dir = scratch('devzero');
    symlinkSync('/dev/zero', join(dir, 'logo.png'));
    writeFileSync(join(dir, 'publiccode.yml'), stringify({ publiccodeYmlVersion: '0.4', name: 'x', url: 'https://github.com/a/b', logo: 'logo.png' }));
    const result = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, bin, 'check', '--json'], { cwd: dir, encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL' });
    expect(result.signal).toBeNull();
    expect(result.stdout).toContain('is outside the repository');
    expect(Number(/maxrss=(\d+)/u.exec(result.stderr)?.[1])).toBeLessThan(400 * 1024);
  });

  it('checks a folder with a 50 MB README in bounded memory, and says it was not read', () => {
    const dir = scratch('huge');
    writeFileSync(join(dir, 'README.md'), `# Projet\n\n${'Une ligne de documentation en français. '.repeat(1_300_000)}\n`);
    const result = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, bin, 'check'], { cwd: dir, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
    expect(result.signal).toBeNull();
    const maxRssKiB = Number(/maxrss=(\d+)/u.exec(result.stderr)?.[1]);
    expect(maxRssKiB).toBeGreaterThan(0);
    expect(maxRssKiB).toBeLessThan(400 * 1024);
    expect(result.stdout).toContain('README.md (trop volumineux)');
  });

  it('reports a README that is not UTF-8 instead of decoding it, in check and in the generator', () => {
    const dir = scratch('latin1');
    writeAnswers(dir);
    const latin1 = Buffer.from('Projet r\xe9utilisable par les administrations fran\xe7aises, document\xe9 en fran\xe7ais.\n', 'latin1');
    writeFileSync(join(dir, 'README.md'), latin1);
    const check = codegouv(dir, ['check']);
    // check already said so (F2: not a text format, convert to UTF-8); the generator decoded it loosely.
    expect(check.stdout).toMatch(/README\.md.*UTF-8/u);
    const run = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('README.md');
    expect(run.stderr).toContain('UTF-8');
    expect(readFileSync(join(dir, 'README.md')).equals(latin1)).toBe(true);
  });
});
