import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { codegouv, completeAnswers, listFiles, snapshot } from './fixtures.js';


const REASON = ['--reciprocity-reason', 'Garantir que les améliorations restent disponibles pour toutes les administrations'];

function generated(overrides: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-switch-'));
  writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ licence: 'MIT', ...overrides })));
  const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
  if (result.status !== 0) throw new Error(result.stderr);
  return dir;
}

describe('npx codegouv licence on a generated project switches its licence coherently', () => {
  it('rewrites LICENSE, LICENSES/, every generated header, publiccode.yml and the README licence section', () => {
    const dir = generated();
    const result = codegouv(dir, ['licence', '--yes', '--force', '--licence', 'EUPL-1.2', ...REASON]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    const files = listFiles(dir);
    expect(files).toContain('LICENSES/EUPL-1.2.txt');
    expect(files).not.toContain('LICENSES/MIT.txt');
    // The documents stay under Licence Ouverte 2.0, the documentation's licence by default.
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('SPDX-License-Identifier: etalab-2.0');
    for (const path of ['publiccode.yml', '.gitignore', 'scripts/dco-check.sh', '.github/workflows/dco.yml', '.yo-rc.json.license']) {
      const text = readFileSync(join(dir, path), 'utf8');
      expect(text, path).toContain('SPDX-License-Identifier: EUPL-1.2');
      expect(text, path).not.toContain('SPDX-License-Identifier: MIT');
    }
    expect((parse(readFileSync(join(dir, 'publiccode.yml'), 'utf8')) as { legal: { license: string } }).legal.license).toBe('EUPL-1.2');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('la licence publique de l\'Union européenne (EUPL) 1.2');
    expect(JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-codegouv'].licence).toBe('EUPL-1.2');
  });

  it('without --force, changes nothing in --yes mode and lists every file it would change as kept', () => {
    const dir = generated();
    const before = snapshot(dir);
    const kept = codegouv(dir, ['licence', '--yes', '--licence', 'Apache-2.0']);
    expect(kept.status, kept.stderr).toBe(0);
    const after = snapshot(dir);
    for (const path of Object.keys(before).filter((p) => p !== '.yo-rc.json')) expect(after[path], path).toBe(before[path]);
    expect(kept.stderr).toMatch(/Conservés[^\n]*\n(?:  [^\n]*\n)*  LICENSE\n/);
    expect(kept.stderr).toMatch(/Conservés[^\n]*\n(?:  [^\n]*\n)*  README\.md\n/);
    expect(kept.stderr).toMatch(/Plus utilisés[^\n]*\n  LICENSES\/MIT\.txt/);
  });

  it('without --force, a switch to the LGPL writes no COPYING files beside the kept LICENSE, and says so', () => {
    const dir = generated();
    const before = snapshot(dir);
    const kept = codegouv(dir, ['licence', '--yes', '--licence', 'LGPL-3.0-or-later', ...REASON]);
    expect(kept.status, kept.stderr).toBe(0);
    expect(existsSync(join(dir, 'COPYING'))).toBe(false);
    expect(existsSync(join(dir, 'COPYING.LESSER'))).toBe(false);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(before.LICENSE);
    expect(kept.stderr).toContain('COPYING.LESSER');
    expect(kept.stderr).toContain('--force');
    const check = codegouv(dir, ['check', '--json', '.']);
    expect(check.status, check.stdout).toBe(0);
  });

  it('switches to the LGPL with the FSF layout and back', () => {
    const dir = generated();
    expect(codegouv(dir, ['licence', '--yes', '--force', '--licence', 'LGPL-3.0-or-later', ...REASON]).status).toBe(0);
    expect(existsSync(join(dir, 'LICENSE'))).toBe(false);
    expect(readFileSync(join(dir, 'COPYING.LESSER'), 'utf8')).toMatch(/^GNU LESSER GENERAL PUBLIC LICENSE/);
    expect(readFileSync(join(dir, 'COPYING.LESSER'), 'utf8')).not.toContain('GNU GENERAL PUBLIC LICENSE\nVersion 3');
    expect(readFileSync(join(dir, 'COPYING'), 'utf8')).toMatch(/^GNU GENERAL PUBLIC LICENSE/);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('[COPYING.LESSER](COPYING.LESSER)');
    expect(codegouv(dir, ['licence', '--yes', '--force', '--licence', 'MIT']).status).toBe(0);
    expect(existsSync(join(dir, 'COPYING.LESSER'))).toBe(false);
    expect(existsSync(join(dir, 'COPYING'))).toBe(false);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('never deletes a licence file the team edited, even with --force', () => {
    const dir = generated();
    appendFileSync(join(dir, 'LICENSES/MIT.txt'), '\n');
    expect(codegouv(dir, ['licence', '--yes', '--force', '--licence', 'EUPL-1.2', ...REASON]).status).toBe(0);
    expect(existsSync(join(dir, 'LICENSES/MIT.txt'))).toBe(true);
  });
});

const publiccodeOf = (dir: string) => parse(readFileSync(join(dir, 'publiccode.yml'), 'utf8')) as Record<string, any>;

describe('kept files and stored answers stay consistent', () => {
  it('a licence switch without --force adds no unused licence text; with --force it switches and check passes', () => {
    const dir = generated();
    expect(codegouv(dir, ['licence', '--yes', '--licence', 'EUPL-1.2', ...REASON]).status).toBe(0);
    expect(existsSync(join(dir, 'LICENSES/EUPL-1.2.txt'))).toBe(false);
    const forced = codegouv(dir, ['licence', '--yes', '--force', '--licence', 'EUPL-1.2', ...REASON]);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stderr).not.toContain('rien n\'est changé');
    expect(publiccodeOf(dir).legal.license).toBe('EUPL-1.2');
    const check = codegouv(dir, ['check', '--json', '.']);
    expect(check.status, check.stdout).toBe(0);
  });
});
