import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { completeAnswers, englishTexts, listFiles, repoRoot, snapshot } from './fixtures.js';

const bin = join(repoRoot, 'dist', 'bin', 'codegouv.js');

function run(engine: 'fast' | 'yeoman', args: string[], prepare: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), `codegouv-${engine}-`));
  prepare(dir);
  const env = { ...process.env, CODEGOUV_ENGINE: engine === 'yeoman' ? 'yeoman' : '' };
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  const modes = Object.fromEntries(listFiles(dir).map((path) => [path, statSync(join(dir, path)).mode & 0o777]));
  return { status: result.status, tree: snapshot(dir), modes, stderr: result.stderr };
}

const withAnswers = (answers: Record<string, unknown>, extra?: (dir: string) => void) => (dir: string) => {
  writeFileSync(join(dir, 'answers.yml'), stringify(answers));
  extra?.(dir);
};

const SCENARIOS: [string, string[], (dir: string) => void][] = [
  ['whole skeleton', ['--yes', '--answers', 'answers.yml'], withAnswers(completeAnswers())],
  ['two languages, GitLab, hook, codemeta, CI', ['-y', '--answers', 'answers.yml', '--signoff-hook', '--codemeta', '--ci'],
    withAnswers(completeAnswers({ languages: ['fr', 'en'], ...englishTexts(), repositoryUrl: 'https://gitlab.com/m/p' }))],
  ['existing files kept', ['--yes', '--answers', 'answers.yml'],
    withAnswers(completeAnswers(), (dir) => writeFileSync(join(dir, 'README.md'), '# À nous\n'))],
  ['existing files forced', ['--yes', '--force', '--answers', 'answers.yml'],
    withAnswers(completeAnswers(), (dir) => writeFileSync(join(dir, 'README.md'), '# À nous\n'))],
  ['one area', ['security', '--yes', '--answers', 'answers.yml', '--lang', 'en'], withAnswers(completeAnswers())],
  ['refusal', ['--yes', '--licence', 'GPL-2.0-only'], () => undefined],
];

describe('the --yes fast path and the Yeoman generator path decide the same', () => {
  it.each(SCENARIOS)('%s', (_name, args, prepare) => {
    const fast = run('fast', args, prepare);
    const yeoman = run('yeoman', args, prepare);
    expect(fast.status).toBe(yeoman.status);
    expect(fast.tree).toEqual(yeoman.tree);
    expect(fast.modes).toEqual(yeoman.modes);
  });
});
