import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { codegouv, completeAnswers } from './fixtures.js';

/**
 * What `check` says of a repository's licences, and which licence the generator infers from them:
 * the licence text decides; a GNU v3 text keeps the grant the repository states (-only when it
 * states none); any licence outside the authorised list fails, whatever else is present; several
 * licences pass only when REUSE says which files each covers.
 */
const require = createRequire(import.meta.url);
const spdxText = (id: string): string => (require(`spdx-license-list/licenses/${id}.json`) as { licenseText: string }).licenseText;

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-licences-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

interface Rule { id: string; ok: boolean; message: string; fix?: { command: string } | { edit: string } }

function rules(dir: string): Rule[] {
  const result = codegouv(dir, ['check', '--json', '.']);
  return (JSON.parse(result.stdout) as { results: { rules: Rule[] }[] }).results[0]!.rules;
}

const rule = (dir: string, id: string) => rules(dir).find((entry) => entry.id === id)!;

describe('L1: every licence file is identified and authorised', () => {
  it('fails on a CC BY-NC-SA text beside an authorised licence, naming the file', () => {
    const dir = tree({ LICENSE: spdxText('MIT'), 'LICENSE-docs.md': spdxText('CC-BY-NC-SA-4.0') });
    expect(rule(dir, 'L1')).toMatchObject({ ok: false, message: expect.stringContaining('LICENSE-docs.md') });
  });

  it('fails on an AGPL and a GPL text side by side without REUSE information, and does not propose --force', () => {
    const dir = tree({ LICENSE: spdxText('AGPL-3.0-or-later'), COPYING: spdxText('GPL-3.0-or-later') });
    const l1 = rule(dir, 'L1');
    expect(l1.ok).toBe(false);
    expect(l1.message).toContain('plusieurs licences');
    expect(l1.fix).toEqual({ edit: expect.stringContaining('LICENSES/<identifiant>.txt') });
  });

  it('passes the same two licences when REUSE says which files each covers', () => {
    const dir = tree({
      LICENSE: spdxText('AGPL-3.0-or-later'),
      COPYING: spdxText('GPL-3.0-or-later'),
      'server.py': '# SPDX-FileCopyrightText: 2024 Ministère\n# SPDX-License-Identifier: AGPL-3.0-or-later\n',
      'lib.py': '# SPDX-FileCopyrightText: 2024 Ministère\n# SPDX-License-Identifier: GPL-3.0-or-later\n',
    });
    expect(rule(dir, 'L1').ok).toBe(true);
  });

  it('reads a dual-licence notice as several licences, not as the closest single text', () => {
    const dir = tree({ LICENSE: 'This library is dual licensed under the BSD licence or the GPL version 3, at your option.\n' });
    const l1 = rule(dir, 'L1');
    expect(l1.ok).toBe(false);
    expect(l1.message).toContain('plusieurs licences (BSD, GPL)');
    expect(l1.message).not.toMatch(/le plus proche/u);
  });
});

describe('GNU v3 texts: the grant the repository states, judged the same everywhere', () => {
  it.each([
    ['a bare text', 'AGPL-3.0-only', {}],
    ['package.json saying or-later', 'AGPL-3.0-or-later', { 'package.json': JSON.stringify({ name: 'x', license: 'AGPL-3.0-or-later' }) }],
    ['a pyproject classifier AGPLv3+', 'AGPL-3.0-or-later', { 'pyproject.toml': '[project]\nname = "x"\nclassifiers = ["License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)"]\n' }],
    ['source headers with the FSF notice', 'AGPL-3.0-or-later', { 'src/app.py': '# This program is free software: you can redistribute it under the terms of the GNU Affero General Public License\n# as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.\n' }],
    ['a publiccode.yml naming another GNU licence or-later', 'AGPL-3.0-only', { 'publiccode.yml': 'legal:\n  license: GPL-3.0-or-later\n' }],
  ])('%s → %s, in check and in what the generator writes', (_name, expected, files) => {
    const dir = tree({ LICENSE: spdxText('AGPL-3.0-or-later'), ...files });
    expect(rule(dir, 'L1')).toMatchObject({ ok: true, message: expect.stringContaining(expected) });
    const { licence: _ignored, ...answers } = completeAnswers();
    writeFileSync(join(dir, 'answers.yml'), stringify(answers));
    const run = codegouv(dir, ['licence', '--yes', '--answers', 'answers.yml']);
    expect(run.status, run.stderr).toBe(0);
    expect(execFileSync('cat', [join(dir, '.yo-rc.json')], { encoding: 'utf8' })).toContain(`"licence": "${expected}"`);
  });

  it('the text decides over a manifest that says otherwise', () => {
    const dir = tree({ LICENSE: spdxText('Apache-2.0'), 'package.json': JSON.stringify({ name: 'x', license: 'MIT' }) });
    const { licence: _ignored, ...answers } = completeAnswers();
    writeFileSync(join(dir, 'answers.yml'), stringify(answers));
    expect(codegouv(dir, ['--yes', '--answers', 'answers.yml']).status).toBe(0);
    expect(execFileSync('cat', [join(dir, '.yo-rc.json')], { encoding: 'utf8' })).toContain('"licence": "Apache-2.0"');
    expect(rule(dir, 'L1-declared')).toMatchObject({ ok: false, message: expect.stringContaining('package.json (license) déclare « MIT »') });
  });

  it('accepts --licence AGPL-3.0-only for a new project, and check agrees', () => {
    const dir = tree({});
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ licence: 'AGPL-3.0-only' })));
    const run = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
    expect(run.status, run.stderr).toBe(0);
    expect(rule(dir, 'L1')).toMatchObject({ ok: true, message: expect.stringContaining('AGPL-3.0-only') });
  });
});

describe('GNU grant: only what names the licence counts', () => {
  it('an explicit -only wins over an unrelated "toute version ultérieure" in the same README', () => {
    const dir = tree({
      LICENSE: spdxText('GPL-3.0-or-later'),
      'README.md': '# Outil\n\nLicence : GPL-3.0-only (version 3 seulement). Nécessite Node.js 18 ou toute version ultérieure.\n',
    });
    expect(rule(dir, 'L1')).toMatchObject({ ok: true, message: expect.stringContaining('GPL-3.0-only') });
  });

  it('an LGPL or AGPL statement says nothing about a GPL text', () => {
    const dir = tree({ LICENSE: spdxText('GPL-3.0-or-later'), 'package.json': JSON.stringify({ name: 'x', license: 'LGPL-3.0-or-later' }) });
    expect(rule(dir, 'L1')).toMatchObject({ ok: true, message: expect.stringContaining('GPL-3.0-only') });
  });
});
