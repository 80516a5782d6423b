import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/cli/args.js';
import { AREAS } from '../src/policy/areas.js';
import { codegouv } from './fixtures.js';

interface RuleJson { id: string; ok: boolean; fix?: { command: string; argv: string[] } | { edit: string } }

/** A folder that fails every rule a file tree can fail, as a git repository with one unsigned commit. */
function brokenRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-fixes-'));
  writeFileSync(join(dir, 'LICENSE'), 'Tous droits réservés.\n');
  writeFileSync(join(dir, 'README.pdf'), '%PDF-1.4\n');
  writeFileSync(join(dir, '.env'), 'API_TOKEN=9f8e7d6c5b4a39281706f5e4d3c2b1a0\n');
  writeFileSync(join(dir, 'publiccode.yml'), 'publiccodeYmlVersion: "0"\nname: x\n');
  writeFileSync(join(dir, 'CONTRIBUTING.md'), 'Signez notre CLA (contributor license agreement) avant toute contribution.\n');
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=A', '-c', 'user.email=a@example.org', 'add', '.'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=A', '-c', 'user.email=a@example.org', 'commit', '-qm', 'unsigned'], { cwd: dir });
  return dir;
}

describe('check: every failed rule comes with a fix', () => {
  const dir = brokenRepository();

  it('gives each failure a codegouv command the CLI accepts, or an edit', () => {
    const rules = (JSON.parse(codegouv(dir, ['check', '--json', '--commits', 'HEAD', '.']).stdout) as { results: { rules: RuleJson[] }[] }).results[0]!.rules;
    const failed = rules.filter((rule) => !rule.ok);
    expect(failed.map((rule) => rule.id)).toEqual(expect.arrayContaining(['L1', 'F1', 'F2', 'C3', 'C2-commits', 'S1', 'M1']));
    for (const rule of failed) {
      expect(rule.fix, rule.id).toBeDefined();
      if (rule.fix && 'argv' in rule.fix) {
        const [area, ...options] = rule.fix.argv;
        if (area !== undefined) expect(AREAS, rule.id).toContain(area);
        expect(parseCommandLine(options).unknown, rule.id).toEqual([]);
      }
    }
    const kinds = Object.fromEntries(failed.map((rule) => [rule.id, rule.fix && 'argv' in rule.fix ? rule.fix.command : 'edit']));
    expect(kinds).toMatchObject({ L1: 'codegouv licence --force', M1: 'codegouv publiccode --force', S1: 'edit', C3: 'edit', 'C2-commits': 'edit', F2: 'edit' });
  });

  it('shows the command to copy in the text report, and the fix in SARIF and Code Quality', () => {
    expect(codegouv(dir, ['check', '.']).stdout).toMatch(/\n {6}→ Correction : codegouv publiccode --force\n/u);
    expect(codegouv(dir, ['check', '--lang', 'en', '.']).stdout).toMatch(/\n {6}→ Fix: codegouv publiccode --force\n/u);
    const sarif = JSON.parse(codegouv(dir, ['check', '--format', 'sarif', '.']).stdout) as { runs: { results: { ruleId: string; message: { text: string }; properties?: { fix?: unknown } }[] }[] };
    const m1 = sarif.runs[0]!.results.find((result) => result.ruleId === 'M1');
    expect(m1?.message.text).toContain('codegouv publiccode --force');
    expect(m1?.properties?.fix).toEqual({ command: 'codegouv publiccode --force', argv: ['publiccode', '--force'] });
    const quality = JSON.parse(codegouv(dir, ['check', '--format', 'codequality', '.']).stdout) as { check_name: string; description: string }[];
    expect(quality.find((issue) => issue.check_name === 'M1')?.description).toContain('codegouv publiccode --force');
  });
});
