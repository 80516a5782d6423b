import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const checkScript = join(root, 'templates/dco/dco-check.sh');
const hookScript = join(root, 'templates/dco/prepare-commit-msg');
const SPDX = '# SPDX-License-Identifier: Apache-2.0';
const ZOE = "Zoé L'Hôpital";
const ZOE_EMAIL = 'zoe.lhopital@example.gouv.fr';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Like the generator: SPDX header inserted right after the shebang. */
function withHeader(file: string): string {
  const [shebang, ...rest] = readFileSync(file, 'utf8').split('\n');
  return [shebang, SPDX, ...rest].join('\n');
}

function isolatedEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_') && !key.startsWith('DCO_')) env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, 'gitconfig-global'),
    GIT_TERMINAL_PROMPT: '0',
  };
}

interface Repo {
  dir: string;
  env: NodeJS.ProcessEnv;
  git: (...args: string[]) => string;
  commit: (...args: string[]) => void;
  message: (rev?: string) => string;
  short: (rev?: string) => string;
  check: (args?: string[], env?: NodeJS.ProcessEnv) => { status: number | null; stdout: string; stderr: string };
}

function makeRepo({ hook = false, name = ZOE, email = ZOE_EMAIL } = {}): Repo {
  const home = mkdtempSync(join(tmpdir(), 'dco-'));
  dirs.push(home);
  const dir = join(home, 'repo');
  mkdirSync(dir);
  const env = isolatedEnv(home);
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', name);
  git('config', 'user.email', email);
  if (hook) {
    mkdirSync(join(dir, '.githooks'));
    const target = join(dir, '.githooks/prepare-commit-msg');
    writeFileSync(target, withHeader(hookScript));
    chmodSync(target, 0o755);
    git('config', 'core.hooksPath', '.githooks');
  }
  writeFileSync(join(home, 'dco-check.sh'), withHeader(checkScript));
  return {
    dir,
    env,
    git,
    commit: (...args) => void git('commit', '-q', '--no-gpg-sign', '--allow-empty', ...args),
    message: (rev = 'HEAD') => git('log', '-1', '--format=%B', rev).trim(),
    short: (rev = 'HEAD') => git('rev-parse', '--short', rev).trim(),
    check: (args = [], extraEnv = {}) => {
      const result = spawnSync('sh', [join(home, 'dco-check.sh'), ...args], {
        cwd: dir,
        env: { ...env, ...extraEnv },
        encoding: 'utf8',
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
}

const sobCount = (message: string): number => message.split('\n').filter((l) => l.startsWith('Signed-off-by:')).length;

describe('prepare-commit-msg hook', () => {
  it('signs a plain `git commit -m`', () => {
    const repo = makeRepo({ hook: true });
    repo.commit('-m', 'Add a file');
    expect(repo.message()).toBe(`Add a file\n\nSigned-off-by: ${ZOE} <${ZOE_EMAIL}>`);
  });

  it('keeps a single trailer with `git commit -s`', () => {
    const repo = makeRepo({ hook: true });
    repo.commit('-s', '-m', 'Signed twice?');
    expect(sobCount(repo.message())).toBe(1);
  });

  it('keeps a single trailer on amend, with or without -s', () => {
    const repo = makeRepo({ hook: true });
    repo.commit('-m', 'First');
    repo.commit('--amend', '--no-edit');
    repo.commit('--amend', '-s', '--no-edit');
    repo.commit('--amend', '-m', 'Reworded');
    expect(sobCount(repo.message())).toBe(1);
  });

  it('leaves a blank line before the trailer when the message is typed in the editor', () => {
    const repo = makeRepo({ hook: true });
    const editor = join(repo.dir, '..', 'editor.sh');
    writeFileSync(editor, '#!/bin/sh\n{ printf "Typed subject"; cat "$1"; } >"$1.t" && mv "$1.t" "$1"\n');
    chmodSync(editor, 0o755);
    execFileSync('git', ['commit', '-q', '--no-gpg-sign', '--allow-empty', '-v'], {
      cwd: repo.dir,
      env: { ...repo.env, GIT_EDITOR: editor },
    });
    expect(repo.message()).toBe(`Typed subject\n\nSigned-off-by: ${ZOE} <${ZOE_EMAIL}>`);
  });

  it('does not sign merge commits', () => {
    const repo = makeRepo({ hook: true });
    repo.commit('-m', 'Base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('-m', 'Feature');
    repo.git('checkout', '-q', 'main');
    repo.commit('-m', 'Main');
    repo.git('merge', '-q', '--no-ff', '--no-gpg-sign', '--no-edit', 'feature');
    expect(sobCount(repo.message())).toBe(0);
  });

  it('warns and commits unsigned when user.name/user.email are unset', () => {
    const repo = makeRepo({ hook: true });
    repo.git('config', '--unset', 'user.name');
    const result = spawnSync('git', ['commit', '-q', '--no-gpg-sign', '--allow-empty', '-m', 'Anonymous'], {
      cwd: repo.dir,
      env: { ...repo.env, GIT_AUTHOR_NAME: 'Env Name', GIT_COMMITTER_NAME: 'Env Name' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/user\.name\/user\.email/);
    expect(sobCount(repo.message())).toBe(0);
  });
});

describe('dco-check.sh', () => {
  it('passes a signed range and counts the commits checked', () => {
    const repo = makeRepo();
    repo.commit('-s', '-m', 'One');
    repo.commit('-s', '-m', 'Two');
    repo.commit('-s', '-m', 'Three');
    const result = repo.check(['HEAD~2..HEAD']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^DCO OK : 2 commit\(s\) .*HEAD~2\.\.HEAD/);
    expect(repo.check().stdout).toMatch(/ 3 commit\(s\)/);
  });

  it('fails on an unsigned commit, naming its short sha', () => {
    const repo = makeRepo();
    repo.commit('-s', '-m', 'Signed');
    repo.commit('-m', 'Not signed');
    const result = repo.check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`- ${repo.short()} Not signed`);
    expect(result.stderr).not.toContain(repo.short('HEAD~1'));
    expect(result.stderr).toMatch(/missing Signed-off-by/);
    expect(result.stderr).toContain('git commit --amend -s');
    expect(result.stderr).toContain('git rebase --signoff');
  });

  it('fails on a sign-off by another identity', () => {
    const repo = makeRepo();
    repo.commit('-m', 'Borrowed', '-m', 'Signed-off-by: Mallory <mallory@example.org>');
    repo.commit('-m', 'Wrong name', '-m', `Signed-off-by: Zoe L'Hopital <${ZOE_EMAIL}>`);
    const result = repo.check();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`- ${repo.short('HEAD~1')} Borrowed`);
    expect(result.stderr).toContain(`- ${repo.short()} Wrong name`);
    expect(result.stderr).toMatch(/someone else:\n\s+Mallory <mallory@example\.org>/);
    expect(result.stderr).toContain('2 of 2 commit(s)');
  });

  it('compares e-mails case-insensitively', () => {
    const repo = makeRepo();
    repo.commit('-m', 'Caps', '-m', `Signed-off-by: ${ZOE} <${ZOE_EMAIL.toUpperCase()}>`);
    expect(repo.check().status).toBe(0);
  });

  it('ignores a Signed-off-by outside the trailer block', () => {
    const repo = makeRepo();
    repo.commit('-m', 'Sneaky', '-m', `Signed-off-by: ${ZOE} <${ZOE_EMAIL}>`, '-m', 'Then more text.');
    expect(repo.check().status).toBe(1);
  });

  it('ignores merge commits', () => {
    const repo = makeRepo();
    repo.commit('-s', '-m', 'Base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('-s', '-m', 'Feature');
    repo.git('checkout', '-q', 'main');
    repo.commit('-s', '-m', 'Main');
    repo.git('merge', '-q', '--no-ff', '--no-gpg-sign', '-m', 'Merge without sign-off', 'feature');
    const result = repo.check(['HEAD~1~1..HEAD']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ 2 commit\(s\)/);
  });

  it('reads the range from DCO_BASE and DCO_HEAD', () => {
    const repo = makeRepo();
    repo.commit('-m', 'Old, unsigned');
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.commit('-s', '-m', 'New');
    const head = repo.git('rev-parse', 'HEAD').trim();
    repo.commit('-m', 'After head, unsigned');
    const result = repo.check([], { DCO_BASE: base, DCO_HEAD: head });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${base}..${head}`);
  });

  it.each([[['nope..HEAD']], [['--output=/tmp/x']], [['']], [['HEAD', 'HEAD']]])(
    'exits 2 on a usage error: %j',
    (args) => {
      const repo = makeRepo();
      repo.commit('-s', '-m', 'One');
      const result = repo.check(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Usage:');
    },
  );

  it('never evaluates commit messages or branch names', () => {
    const repo = makeRepo();
    const marker = join(repo.dir, '..', 'pwned');
    const branch = `x$(touch${'${IFS}'}${marker})`;
    const subject = `$(touch ${marker}) \`touch ${marker}\``;
    repo.commit('-s', '-m', 'Base');
    repo.git('checkout', '-q', '-b', branch);
    repo.commit('-m', subject);
    const result = repo.check([`main..${branch}`]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`- ${repo.short()} ${subject}\n`);
    expect(spawnSync('test', ['-e', marker]).status).toBe(1);
  });

  it("accepts an author named Zoé L'Hôpital signed by the hook", () => {
    const repo = makeRepo({ hook: true });
    repo.commit('-m', 'Accents et apostrophe');
    repo.commit('-s', '-m', 'Avec -s aussi');
    expect(repo.git('log', '-1', '--format=%an').trim()).toBe(ZOE);
    const result = repo.check();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ 2 commit\(s\)/);
  });
});

describe('shell scripts', () => {
  const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;

  const scripts = ['dco-check.sh', 'prepare-commit-msg'];

  it.for(scripts)('%s is shellcheck-clean', (script, ctx) => {
    ctx.skip(!hasShellcheck, 'shellcheck not on PATH (CI installs it: apt-get install shellcheck)');
    const result = spawnSync('shellcheck', ['--shell=sh', join(root, 'templates/dco', script)], {
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(scripts)('%s leaves room for a header after the shebang, lines ≤ 80', (script) => {
    const lines = readFileSync(join(root, 'templates/dco', script), 'utf8').split('\n');
    expect(lines[0]).toBe('#!/bin/sh');
    expect(lines[1]).toMatch(/^(#.*)?$/);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
  });
});
