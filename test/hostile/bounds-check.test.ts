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

const catastrophicGlob = `${'a*'.repeat(12)}b`;

/** A small repository holding every input that used to hang `check` (each one alone did). */
function hostileRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-bounds-'));
  const bomb = ['publiccodeYmlVersion: "0.4"', `l0: &l0 [${Array(9).fill('x').join(',')}]`];
  for (let level = 1; level < 9; level += 1) bomb.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(',')}]`);
  writeFileSync(join(dir, 'publiccode.yml'), `${bomb.join('\n')}\n`);
  mkdirSync(join(dir, '.reuse'));
  writeFileSync(join(dir, '.reuse', 'dep5'), `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: ${catastrophicGlob} .gitignore\nCopyright: 2024 Ministère\nLicense: MIT\n`);
  writeFileSync(join(dir, '.gitignore'), `${catastrophicGlob}\na/${'**/a/'.repeat(15)}b\n*.key\n`);
  writeFileSync(join(dir, `${'a'.repeat(60)}.key`), 'not a real key\n');
  const deep = join(dir, ...Array<string>(40).fill('a'));
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(deep, 'c.key'), 'not a real key\n');
  writeFileSync(join(dir, `${'a'.repeat(60)}b`), 'covered by .reuse/dep5\n');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'main.c'), `// SPDX-FileCopyrightText: 2024 Ministère\n// SPDX-License-Identifier: MIT${' '.repeat(8_000)}x\n`);
  return dir;
}

describe('codegouv check on a hostile repository', () => {
  it('finishes, with the alias bomb reported and the globs and tags read', { timeout: 30_000 }, () => {
    const dir = hostileRepository();
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'bin', 'codegouv.js'), 'check', '--json', '--lang', 'en', dir], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.signal, 'check was killed: it did not finish').toBeNull();
    expect(result.status, result.stderr).toBe(1);
    const rules = (JSON.parse(result.stdout) as { results: { rules: RuleResult[] }[] }).results[0]?.rules ?? [];
    const rule = (id: string) => rules.find((candidate) => candidate.id === id);
    expect(rule('M1')?.ok).toBe(false);
    expect(rule('M1')?.message).toMatch(/aliases/u);
    // The key files are ignored by `*.key`, read after the catastrophic rules.
    expect(rule('S1')?.ok).toBe(true);
    // The file named by the dep5 glob, and the one with the long tag line, are covered.
    expect(rule('H1')?.message).not.toMatch(/aaaab|main\.c/u);
    expect(rule('H1')?.message).toMatch(/\.key/u);
  });
});

describe('codegouv --yes over a publiccode.yml with a 1 MB description', () => {
  it('finishes: the inferred description is counted in linear time, then refused as too long', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-bounds-'));
    const description = 'Lorem ipsum dolor sit amet. '.repeat(36_000);
    writeFileSync(join(dir, 'publiccode.yml'), `publiccodeYmlVersion: "0.4"\nname: x\ndescription:\n  fr:\n    shortDescription: Un outil\n    longDescription: "${description}"\n`);
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'bin', 'codegouv.js'), '--yes', '--dry-run'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(result.signal, 'the generator was killed: it did not finish').toBeNull();
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });
});
