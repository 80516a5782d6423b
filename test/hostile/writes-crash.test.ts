import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { codegouv, completeAnswers, repoRoot } from '../fixtures.js';
import { answersFile, entries, tempDir } from './writes-hostile-tree.js';

/**
 * Crash-safe writes, one run at a time: a run that fails mid-way leaves each file as it was or
 * complete and .yo-rc.json untouched; the next run finishes the job; a second run in the same
 * folder refuses while the first holds the folder.
 */

const bin = join(repoRoot, 'dist', 'bin', 'codegouv.js');
const temporaryNames = (tree: Record<string, string>) => Object.keys(tree).filter((path) => /codegouv|\.tmp$/.test(path));
const licenceOf = (tree: Record<string, string>) => (JSON.parse(tree['.yo-rc.json']!.slice('file:'.length)) as { 'generator-codegouv': { licence: string } })['generator-codegouv'].licence;

describe('a run interrupted by the file-size limit', () => {
  it('leaves every file as it was or complete, no .yo-rc.json, no temporary file; the next run finishes', () => {
    const answers = answersFile();
    const reference = tempDir('reference');
    expect(codegouv(reference, ['--yes', '--answers', answers]).status).toBe(0);
    const complete = entries(reference);

    const target = tempDir('limited');
    // 8 blocks: the small files fit, the licence texts do not (EFBIG, SIGXFSZ being ignored by Node).
    const limited = spawnSync('sh', ['-c', `ulimit -f 8; exec "${process.execPath}" "${bin}" --yes --answers "${answers}"`], { cwd: target, encoding: 'utf8', timeout: 60_000 });
    expect(limited.status, limited.stderr).not.toBe(0);
    expect(limited.stderr).not.toMatch(/\n\s+at /);
    const interrupted = entries(target);
    expect(interrupted['.yo-rc.json'], '.yo-rc.json only once every file is in place').toBeUndefined();
    expect(temporaryNames(interrupted)).toEqual([]);
    for (const [path, kind] of Object.entries(interrupted)) expect(kind, path).toBe(complete[path]);
    expect(Object.keys(interrupted).length).toBeLessThan(Object.keys(complete).length);

    const rerun = codegouv(target, ['--yes', '--answers', answers]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(entries(target)).toEqual(complete);
  });
});

describe('two runs in the same folder', () => {
  it('the second refuses while the first holds the folder; the tree stays consistent', async () => {
    const target = tempDir('concurrent');
    execFileSync('git', ['init', '-q'], { cwd: target });
    // The first run reads its answers from a named pipe (outside the target) that the test fills
    // later: it stays in the middle of its run meanwhile.
    const pipe = join(tempDir('pipe'), 'answers.yml');
    execFileSync('mkfifo', [pipe]);
    const first = spawn(process.execPath, [bin, '--yes', '--answers', pipe], { cwd: target, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstErr = '';
    first.stderr.on('data', (chunk: Buffer) => (firstErr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !existsSync(join(target, '.git', 'codegouv.lock'))) await new Promise((resolve) => setTimeout(resolve, 50));

    const second = codegouv(target, ['--yes', '--answers', answersFile({ licence: 'MIT' })]);
    writeFileSync(pipe, stringify(completeAnswers({ licence: 'EUPL-1.2' })));
    const firstCode = await exited;

    expect(second.status, second.stderr).not.toBe(0);
    expect(second.stderr).toContain('Une autre exécution de codegouv est en cours');
    expect(firstCode, firstErr).toBe(0);
    const tree = entries(target);
    expect(licenceOf(tree)).toBe('EUPL-1.2');
    expect(tree.LICENSE).toContain('EUROPEAN UNION PUBLIC LICENCE');
    expect(tree['.git/codegouv.lock'], 'the lock is gone').toBeUndefined();
  });

  it('takes over a lock left by a run that died, and removes it at the end', () => {
    const target = tempDir('stale');
    execFileSync('git', ['init', '-q'], { cwd: target });
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(target, '.git', 'codegouv.lock'), `${dead.stdout}\n`);
    const result = codegouv(target, ['--yes', '--answers', answersFile()]);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(target, 'LICENSE'))).toBe(true);
    expect(existsSync(join(target, '.git', 'codegouv.lock'))).toBe(false);
  });
});

describe('a run killed outright (SIGKILL)', () => {
  it('leaves temporary files the next run removes, keeping those of a process still running', () => {
    const target = mkdtempSync(join(tmpdir(), 'codegouv-killed-'));
    const answers = join(target, 'answers.yml');
    writeFileSync(answers, stringify(completeAnswers()));
    // What a run killed between writing and renaming leaves beside README.md (pid 2^22+1 exceeds Linux's pid_max).
    const stale = join(target, '.README.md.codegouv-4194305-0a1b2c3d.tmp');
    const live = join(target, `.README.md.codegouv-${process.pid}-deadbeef.tmp`);
    const team = join(target, '.notes.codegouv-1-00000000.tmp.bak');
    for (const path of [stale, live, team]) writeFileSync(path, 'partial');
    const rerun = spawnSync(process.execPath, [bin, '--yes', '--answers', answers], { cwd: target, encoding: 'utf8', timeout: 60_000 });
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(team)).toBe(true);
    expect(readFileSync(join(target, 'README.md'), 'utf8')).toContain('#');
  });
});
