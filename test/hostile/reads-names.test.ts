import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures.js';

interface RuleResult {
  id: string;
  ok: boolean;
  message: string;
}

/** A name that is not UTF-8 reaches Node as U+FFFD and cannot be opened: it must not hide what it holds. */
describe('codegouv check on a folder whose name is not UTF-8', () => {
  it('still finds the secret file inside it, and reports the name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-names-'));
    const folder = Buffer.concat([Buffer.from(join(dir, 'cfg')), Buffer.from([0xff])]);
    mkdirSync(folder);
    writeFileSync(Buffer.concat([folder, Buffer.from('/.env')]), 'AWS_SECRET=abc\n');
    writeFileSync(join(dir, 'README.md'), '# hi\n');
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=a', '-c', 'user.email=a@b.c', ...args], { cwd: dir });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'x');
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'bin', 'codegouv.js'), 'check', '--json', dir], { encoding: 'utf8' });
    const rules = (JSON.parse(result.stdout) as { results: { rules: RuleResult[] }[] }).results[0]?.rules ?? [];
    expect(rules.find((rule) => rule.id === 'S1')?.ok).toBe(false);
    expect(rules.find((rule) => rule.id === 'F2-unread')?.message).toMatch(/cfg\uFFFD\/\.env \(nom qui n'est pas en UTF-8/u);
  });
});
