import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { codeCachePath, compileBundle, nodeCachesModules } from '../src/cli/bundle-loader.js';
import { codegouv, completeAnswers, repoRoot, snapshot } from './fixtures.js';

const bundles = ['generator.bundle.cjs', 'check.bundle.cjs'].map((name) => join(repoRoot, 'dist', name));

let work: string;
let answers: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'codegouv-bundle-loader-'));
  answers = join(work, 'answers.yml');
  writeFileSync(answers, stringify(completeAnswers()));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `codegouv ARGS` in a new folder of `work`, with the bundles loaded the way `how` says. */
function run(folder: string, args: string[], how: 'cli' | 'rejected-cache') {
  const cwd = join(work, folder);
  mkdirSync(cwd);
  if (how === 'cli') return { ...codegouv(cwd, args), cwd };
  // The command line of bin/codegouv.ts, with each bundle compiled from bytes V8 cannot take as its cache.
  const script = `
    import { compileBundle } from ${JSON.stringify(join(repoRoot, 'dist/src/cli/bundle-loader.js'))};
    const [command, ...rest] = process.argv.slice(1);
    const bundle = (name) => { const compiled = compileBundle(${JSON.stringify(join(repoRoot, 'dist'))} + '/' + name, Buffer.alloc(4096, 7)); if (!compiled.script.cachedDataRejected) throw new Error('cache taken'); return compiled.run(); };
    process.exitCode = command === 'check'
      ? await bundle('check.bundle.cjs').runCheck(rest, 'fr')
      : await bundle('generator.bundle.cjs').runGeneratorCommand([command, ...rest], 'fr', undefined);`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  return { ...result, cwd };
}

describe('the generator and check bundles, compiled from the code cache the build left', () => {
  it.skipIf(nodeCachesModules)('on a Node without its own compile cache, the build left for each bundle a code cache that V8 takes', () => {
    for (const bundle of bundles) {
      const cache = codeCachePath(bundle);
      expect(existsSync(cache), cache).toBe(true);
      const compiled = compileBundle(bundle, readFileSync(cache));
      expect(compiled.script.cachedDataRejected, cache).toBe(false);
    }
  });

  it('a cache V8 refuses changes nothing: the same files, the same audit', () => {
    const cached = run('cached', ['--yes', '--answers', answers], 'cli');
    const refused = run('refused', ['--yes', '--answers', answers], 'rejected-cache');
    expect(cached.status, cached.stderr).toBe(0);
    expect(refused.status, refused.stderr).toBe(0);
    const files = snapshot(cached.cwd);
    expect(Object.keys(files)).toContain('publiccode.yml');
    expect(snapshot(refused.cwd)).toEqual(files);
    const audit = run('cached-check', ['check', '--format', 'json', cached.cwd], 'cli');
    const refusedAudit = run('refused-check', ['check', '--format', 'json', cached.cwd], 'rejected-cache');
    expect(audit.status, audit.stderr).toBe(0);
    expect(refusedAudit.stdout).toBe(audit.stdout);
    expect(JSON.parse(audit.stdout)).toBeTruthy();
  });

  it('the bundle can still load Yeoman (import() from a function restored from the cache), with no warning on screen', () => {
    const result = run('dry-run', ['--yes', '--dry-run', '--answers', answers], 'cli');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('--dry-run');
    expect(result.stderr).not.toMatch(/warning|erreur interne/iu);
  });
});
