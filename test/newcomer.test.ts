import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it, onTestFinished } from 'vitest';
import { completeAnswers, repoRoot } from './fixtures.js';

/**
 * A newcomer's first five minutes, as the README writes them: a clone of this repository, the
 * install block, the test block, then the first run block in an empty folder outside the clone,
 * each run as written. Only the `codegouv` line of the run block gets `--yes` and an answers file
 * (nobody is there to answer). The blocks are found by their marker, `<!-- newcomer: NAME -->`
 * on the line before the fence.
 */
const README = readFileSync(join(repoRoot, 'README.md'), 'utf8');

function block(name: string): string {
  const marker = `<!-- newcomer: ${name} -->\n\`\`\`sh\n`;
  const start = README.indexOf(marker);
  if (start < 0) throw new Error(`README.md has no block marked ${name}`);
  const body = start + marker.length;
  return README.slice(body, README.indexOf('\n```', body - 1) + 1);
}

/** Every fenced block of a README, to check what it tells a reader to type. */
function codeBlocks(markdown: string): string[] {
  return markdown.split('\n```').filter((_part, index) => index % 2 === 1);
}

describe('the README', () => {
  it('never tells a reader to run npx codegouv: the name on the npm registry is not ours until published', () => {
    const commands = codeBlocks(README).filter((text) => text.startsWith('sh\n'));
    expect(commands.length).toBeGreaterThan(3);
    for (const text of commands) expect(text).not.toMatch(/\bnpx\b[^\n]*codegouv/u);
    expect(README).toContain('**Le paquet n\'est pas publié sur npm.** N\'exécutez pas `npx codegouv`');
  });

  it('has the install, test and first-run blocks, the run in an empty folder outside the clone', () => {
    expect(block('install')).toContain('npm ci');
    expect(block('test')).toBe('npm test\n');
    const run = block('run').split('\n');
    expect(run.filter((line) => line.trim() === 'codegouv')).toHaveLength(1);
    expect(run[0]).toMatch(/^mkdir "\$HOME\/[^"]+" && cd "\$HOME\/[^"]+"$/u);
  });
});

describe('a newcomer\'s first five minutes, on a fresh clone', () => {
  it('install and first run work exactly as the README writes them, and the result is compliant', { timeout: 1_500_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), 'codegouv-newcomer-'));
    // The clone, its node_modules and the nested suite's folders weigh about a gigabyte.
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const home = join(root, 'home');
    const clone = join(root, 'generator-codegouv');
    mkdirSync(home);
    const answers = join(root, 'reponses.yml');
    writeFileSync(answers, stringify(completeAnswers({ licence: 'Apache-2.0' })));
    const cloned = spawnSync('git', ['clone', '--quiet', repoRoot, clone], { encoding: 'utf8' });
    expect(cloned.status, cloned.stderr).toBe(0);

    const run = block('run').replace(/^codegouv$/mu, `codegouv --yes --answers "${answers}"`);
    // The test block (`npm test`, checked above to be exactly that) is what CI itself runs on a
    // clean clone: running the whole suite again inside this one would double CI's time.
    const script = ['set -e', block('install'), run].join('\n');
    // A new login shell: no variable of this test runner (vitest's, the suite's HOME), a fresh
    // HOME without ~/.local. Packages come from the machine's npm cache when it has them.
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      LANG: 'C.UTF-8',
      TMPDIR: tmpdir(),
      npm_config_cache: join(userInfo().homedir, '.npm'),
      npm_config_prefer_offline: 'true',
      npm_config_update_notifier: 'false',
    };
    const result = spawnSync('sh', ['-c', script], { cwd: clone, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 1_450_000 });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output.slice(-6000)).toBe(0);
    // The run's summary, on the standard error as every line of a --yes run.
    expect(result.stderr).toMatch(/^Conforme : codegouv check ne trouve plus aucune exigence/mu);
    const project = join(home, 'mon-projet');
    expect(readFileSync(join(project, 'publiccode.yml'), 'utf8')).toContain('license: Apache-2.0');
    expect(project.startsWith(clone)).toBe(false);
  });
});
