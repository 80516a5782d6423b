import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, git, scratch } from './reads-helpers.js';

/**
 * Texts of a target repository crafted for the regular expressions that read them: each used to
 * backtrack quadratically (a minute or more on 200 KB) and hung `codegouv check`. Every text is
 * just under the 2 MiB read limit, so it is read and scanned whole.
 */
const ALMOST_2_MIB = 2 * 1024 * 1024 - 4096;
const TIMEOUT = 60_000;

interface RuleResult {
  id: string;
  ok: boolean;
  message: string;
}

function check(dir: string, extra: string[] = []): RuleResult[] {
  // The report quotes what it read (a sign-off, an address): room for more than the default 1 MiB.
  const result = spawnSync(process.execPath, [bin, 'check', '--json', '--lang', 'en', ...extra, '.'], {
    cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024,
  });
  expect(result.signal, 'check was killed: it hung').toBeNull();
  expect(result.status).toBe(1);
  const report = JSON.parse(result.stdout) as { results: { rules: RuleResult[] }[] };
  return report.results[0]?.rules ?? [];
}

const rule = (rules: RuleResult[], id: string) => rules.find((candidate) => candidate.id === id);

function fill(prefix: string, unit: string, suffix = ''): string {
  return prefix + unit.repeat(Math.floor((ALMOST_2_MIB - prefix.length - suffix.length) / unit.length)) + suffix;
}

describe('check on texts crafted against its regular expressions', () => {
  it('reads a README of one long word and a SECURITY.md with its address at the end (e-mail search)', { timeout: TIMEOUT + 10_000 }, () => {
    const dir = scratch('regex-email');
    writeFileSync(join(dir, 'README.md'), fill('# Projet\n\n', 'a', '\n'));
    writeFileSync(join(dir, 'SECURITY.md'), fill('# Sécurité\n\n', 'a', ' securite@interieur.gouv.fr\n'));
    const rules = check(dir);
    expect(rule(rules, 'F3')?.ok).toBe(false);
    expect(rule(rules, 'F3')?.message).toContain('a contact');
    expect(rule(rules, 'S2')?.ok).toBe(true);
    expect(rule(rules, 'S2')?.message).toContain('reports go to securite@interieur.gouv.fr');
  });

  it('reads a README of unclosed HTML comments (comment removal)', { timeout: TIMEOUT + 10_000 }, () => {
    const dir = scratch('regex-comments');
    writeFileSync(join(dir, 'README.md'), fill('', '<!--'));
    const rules = check(dir);
    expect(rule(rules, 'F1')?.ok).toBe(false);
    expect(rule(rules, 'F1')?.message).toContain('README.md is empty or nearly so');
  });

  it('reads a LICENSE whose notice line is a long run of `<` (notice lines)', { timeout: TIMEOUT + 10_000 }, () => {
    const dir = scratch('regex-notice');
    const require = createRequire(import.meta.url);
    const mit = (require('spdx-license-list/licenses/MIT.json') as { licenseText: string }).licenseText;
    writeFileSync(join(dir, 'LICENSE'), fill(`${mit}\ncopyright `, '<', '\n'));
    const rules = check(dir);
    expect(rule(rules, 'L1')?.ok).toBe(true);
    expect(rule(rules, 'L1')?.message).toContain('MIT');
  });

  it('reads a commit whose sign-off is a long run of ` <` (sign-off lines)', { timeout: TIMEOUT + 10_000 }, () => {
    const dir = scratch('regex-signoff');
    git(dir, ['init', '-q']);
    git(dir, ['config', 'user.name', 'Agnès Dupré']);
    git(dir, ['config', 'user.email', 'agnes@interieur.gouv.fr']);
    writeFileSync(join(dir, 'notes.txt'), 'un\n');
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-s', '--no-gpg-sign', '-m', 'Un']);
    writeFileSync(join(dir, 'notes.txt'), 'deux\n');
    const message = join(dir, '..', `${join(dir).split('/').pop() ?? 'x'}-message.txt`);
    writeFileSync(message, fill('Deux\n\nSigned-off-by: x', ' <', '\n'));
    git(dir, ['commit', '-q', '--no-gpg-sign', '-a', '-F', message]);
    const rules = check(dir, ['--commits', 'HEAD']);
    const commits = rule(rules, 'C2-commits');
    expect(commits?.ok).toBe(false);
    expect(commits?.message).toContain('1');
    expect(commits?.message).toContain('Deux');
    expect(commits?.message).not.toContain('Un ');
  });
});
