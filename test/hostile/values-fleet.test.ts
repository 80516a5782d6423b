import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codegouv, repoRoot } from '../fixtures.js';

/** A stack frame as Node prints it: what users must never see unless they ask with --debug. */
const STACK_FRAME = /^\s+at \S/mu;
const isRoot = process.getuid?.() === 0;
const locked: string[] = [];

afterAll(() => {
  for (const path of locked) chmodSync(path, 0o755);
});

/**
 * Loaded with `--import` into the built CLI: every file-system call on a path holding
 * `boom-internal` throws a TypeError, as a bug in an audit rule would.
 */
const FAULT = `data:text/javascript,${encodeURIComponent(`
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const hit = (args) => args.some((arg) => String(arg).includes('boom-internal'));
const wrap = (target, name) => {
  const original = target[name];
  if (typeof original !== 'function') return;
  target[name] = function (...args) {
    if (hit(args)) throw new TypeError('injected fault');
    return original.apply(this, args);
  };
};
for (const name of ['readFileSync', 'readdirSync', 'opendirSync', 'statSync', 'lstatSync', 'openSync', 'realpathSync', 'existsSync', 'accessSync']) wrap(fs, name);
for (const name of ['readFile', 'readdir', 'opendir', 'stat', 'lstat', 'open', 'realpath', 'access']) wrap(fs.promises, name);
syncBuiltinESMExports();
`)}`;

/** The built CLI with the fault injected. */
function faulty(cwd: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', FAULT, join(repoRoot, 'dist', 'bin', 'codegouv.js'), ...args], {
    cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000,
  });
}

/** Two ordinary repositories `a` and `c`, and `bad`, made by `spoil`. */
function fleet(bad: string, spoil: (path: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'codegouv-fleet-'));
  for (const name of ['a', 'c']) {
    mkdirSync(join(root, name));
    writeFileSync(join(root, name, 'README.md'), `# ${name}\n`);
  }
  spoil(join(root, bad));
  return root;
}

/**
 * A repository with a subfolder that cannot be read: mode 000 for an ordinary user; as root, who
 * reads anything, a folder nested deeper than the longest path the system allows (ENAMETOOLONG).
 */
function withUnreadableSubfolder(path: string): void {
  mkdirSync(path);
  writeFileSync(join(path, 'README.md'), '# b\n');
  if (isRoot) {
    // Each level is made from its parent by a relative path: the absolute one is already too long.
    const script = 'cd "$1" && for i in $(seq 25); do mkdir "$2" && cd -P "$2" || exit 1; done && echo x > f.txt';
    expect(spawnSync('sh', ['-c', script, 'sh', path, 'd'.repeat(200)]).status).toBe(0);
    return;
  }
  mkdirSync(join(path, 'private'));
  writeFileSync(join(path, 'private', 'notes.txt'), 'x\n');
  chmodSync(join(path, 'private'), 0o000);
  locked.push(join(path, 'private'));
}

interface Entry {
  path: string;
  status: string;
  compliant?: boolean;
  message?: string;
}

function entriesOf(stdout: string): Entry[] | undefined {
  try {
    return (JSON.parse(stdout) as { results: Entry[] }).results;
  } catch {
    return undefined;
  }
}

describe('codegouv check: one bad repository is one error entry', () => {
  it('a repository path that is a dangling link: three entries, one in error, exit 3, no stack trace', () => {
    const root = fleet('b', (bad) => symlinkSync(join(bad, '..', 'nowhere'), bad));
    const result = codegouv(root, ['check', '--json', 'a', 'b', 'c']);
    const entries = entriesOf(result.stdout);
    expect(entries, result.stderr).toHaveLength(3);
    expect(entries?.map((entry) => entry.path)).toEqual(['a', 'b', 'c']);
    expect(entries?.map((entry) => entry.status)).toEqual(['non-compliant', 'error', 'non-compliant']);
    expect(Object.keys(entries?.[1] ?? {}).sort()).toEqual(['message', 'path', 'status']);
    expect(entries?.[1]?.message).toContain('b');
    expect(result.status).toBe(3);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it(`a repository with an unreadable subfolder (${isRoot ? 'deeper than the longest path, as root' : 'mode 000'}): audited, the folder listed as not read, the others audited`, () => {
    const root = fleet('b', withUnreadableSubfolder);
    const result = codegouv(root, ['check', '--json', 'a', 'b', 'c']);
    const entries = entriesOf(result.stdout);
    expect(entries, result.stderr).toHaveLength(3);
    expect(entries?.map((entry) => entry.status)).toEqual(['non-compliant', 'non-compliant', 'non-compliant']);
    const unread = (entries?.[1] as unknown as { rules: { id: string; ok: boolean; message: string }[] }).rules.find((rule) => rule.id === 'F2-unread');
    expect(unread?.ok).toBe(false);
    expect(unread?.message).toMatch(isRoot ? /ddd/u : /private/u);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(STACK_FRAME);

    const text = codegouv(root, ['check', 'a', 'b', 'c']);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/F2-unread/u);
    expect(text.stdout + text.stderr).not.toMatch(STACK_FRAME);
  });

  it('an internal error while auditing one repository: error entry, exit 3, the stack only with --debug', () => {
    const root = fleet('boom-internal', (bad) => {
      mkdirSync(bad);
      writeFileSync(join(bad, 'README.md'), '# boom\n');
    });
    const result = faulty(root, ['check', '--json', 'a', 'boom-internal', 'c']);
    const entries = entriesOf(result.stdout);
    expect(entries, result.stderr).toHaveLength(3);
    expect(entries?.map((entry) => entry.status)).toEqual(['non-compliant', 'error', 'non-compliant']);
    expect(entries?.[1]?.message).toContain('--debug');
    expect(result.status).toBe(3);
    expect(result.stderr).not.toMatch(STACK_FRAME);

    const debug = faulty(root, ['check', '--json', '--debug', 'a', 'boom-internal', 'c']);
    expect(entriesOf(debug.stdout)).toHaveLength(3);
    expect(debug.status).toBe(3);
    expect(debug.stderr).toContain('injected fault');
    expect(debug.stderr).toMatch(STACK_FRAME);
  });

  it('documents the exit codes and --debug in check --help and in the README', () => {
    const help = codegouv(tmpdir(), ['check', '--help']);
    expect(help.stdout).toContain('--debug');
    expect(help.stdout).toMatch(/\b3\b/u);
    const english = codegouv(tmpdir(), ['check', '--help', '--lang', 'en']);
    expect(english.stdout).toMatch(/\b3\b/u);
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('"status": "error"');
    expect(readme).toMatch(/\| 3 \| au moins un chemin n'a pas pu être audité/u);
  });
});

describe('an internal error of the generator command line', () => {
  it('prints one line in the interface language saying how to see more; --debug prints the stack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-boom-internal-'));
    const args = ['--yes', '--administration', 'Mairie', '--project-name', 'p', '--description', 'Un outil', '--licence', 'MIT'];
    const plain = faulty(dir, args);
    expect(plain.status).toBe(1);
    expect(plain.stderr).not.toMatch(STACK_FRAME);
    expect(plain.stderr).toContain('erreur interne');
    expect(plain.stderr).toContain('--debug');
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);

    const debug = faulty(dir, [...args, '--debug']);
    expect(debug.status).toBe(1);
    expect(debug.stderr).toContain('injected fault');
    expect(debug.stderr).toMatch(STACK_FRAME);
  });
});
