import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { codegouv, completeAnswers } from './fixtures.js';

/** The current reuse (REUSE 3.3, reads REUSE.toml), installed by .ci/run; Debian's reuse 1.1 reads only dep5. */
const currentReuse = process.env.REUSE_CURRENT ?? join(process.env.CODEGOUV_TEST_SHARED_TMP ?? '/tmp', 'codegouv-reuse-venv', 'bin', 'reuse');

function commit(dir: string, date: string, message: string): void {
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=Équipe', '-c', 'user.email=equipe@armees.gouv.fr', 'commit', '-q', '--no-gpg-sign', '-m', message], {
    cwd: dir,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-reuse-toml-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function fill(dir: string) {
  writeFileSync(join(dir, '..', `${dir.split('/').pop()}.yml`), stringify(completeAnswers({ administration: 'Ministère des Armées', licence: 'EUPL-1.2' })));
  return codegouv(dir, ['--yes', '--answers', join(dir, '..', `${dir.split('/').pop()}.yml`)]);
}

const annotations = (dir: string) => parse(readFileSync(join(dir, 'REUSE.toml'), 'utf8')) as { version: number; annotations: { path: string[]; 'SPDX-FileCopyrightText': string; 'SPDX-License-Identifier': string }[] };
const covering = (dir: string) => picomatch(annotations(dir).annotations.flatMap((annotation) => annotation.path), { dot: true });

const TEAM = {
  'main.py': 'print("bonjour")\n',
  'src/app.py': 'import pkg\n',
  'src/pkg/model.py': 'class Dossier: pass\n',
  'src/pkg/views.py': 'def vue(): pass\n',
  'docs/guide.md': '# Guide\n',
  'docs/api/index.md': '# API\n',
  Makefile: 'all:\n\ttrue\n',
};

const NOT_OURS = {
  'vendor/tinymce/tinymce.js': '/* TinyMCE */\n',
  'src/third_party/parser.py': 'def parse(): pass\n',
  'static/fonts/Marianne-Regular.woff2': 'wOF2',
  'static/logo.png': '\x89PNG',
  'docs/demo.mp4': 'mp4',
  'static/app.min.js': 'var a=1;\n',
  'src/widget/LICENSE': 'MIT License\n\nCopyright (c) 2018 Someone Else\n',
  'src/widget/widget.py': 'def widget(): pass\n',
  'src/legacy/inria.py': '# Copyright 2016 Inria\ndef f(): pass\n',
  'src/legacy/anssi.py': '"""\n    (c) 2017 ANSSI-FR\n"""\n',
  'data/communes.csv': 'code;nom\n',
};

describe('REUSE.toml for a repository the team wrote without headers', () => {
  it('covers the team\'s files by folder and extension, none of the others, with the years of the history', () => {
    const dir = tree({ ...TEAM, ...NOT_OURS });
    commit(dir, '2019-03-01T12:00:00Z', 'Premier commit');
    writeFileSync(join(dir, 'src', 'pkg', 'views.py'), 'def vue(): return 1\n');
    commit(dir, '2023-06-01T12:00:00Z', 'Vues');
    const result = fill(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(dir, '.reuse', 'dep5'))).toBe(false);
    const document = annotations(dir);
    expect(document.version).toBe(1);
    // The code under the code's licence, the documentation under the documentation's (etalab-2.0 by default).
    expect(document.annotations).toHaveLength(2);
    expect(document.annotations[0]).toMatchObject({ 'SPDX-FileCopyrightText': '2019-2023 Ministère des Armées', 'SPDX-License-Identifier': 'EUPL-1.2' });
    expect(document.annotations[1]).toMatchObject({ 'SPDX-FileCopyrightText': '2019-2023 Ministère des Armées', 'SPDX-License-Identifier': 'etalab-2.0' });
    const covered = covering(dir);
    expect(Object.keys(TEAM).filter((path) => !covered(path))).toEqual([]);
    expect(Object.keys(NOT_OURS).filter((path) => covered(path))).toEqual([]);
    // Globs, not a list of files: docs/**/*.md, src/pkg/**/*.py.
    expect(document.annotations[1]!.path).toEqual(expect.arrayContaining(['docs/**/*.md']));
    expect(covered('docs/new/page.md')).toBe(true);
    expect(covered('src/pkg/later.py')).toBe(true);
    // What it left is to declare, with a snippet to paste.
    expect(result.stderr).toContain('vendor/**');
    expect(result.stderr).toMatch(/SPDX-FileCopyrightText = "TODO"\nSPDX-License-Identifier = "TODO"/u);
  });

  it('does not write REUSE.toml beside a .reuse/dep5 (reuse refuses both), and says so', () => {
    const dir = tree({ ...TEAM, '.reuse/dep5': 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: docs/*\nCopyright: 2020 Ministère des Armées\nLicense: EUPL-1.2\n' });
    commit(dir, '2020-01-01T12:00:00Z', 'Premier commit');
    const result = fill(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(dir, 'REUSE.toml'))).toBe(false);
    expect(result.stderr).toContain('.reuse/dep5 existe');
  });

  it.runIf(existsSync(currentReuse))('passes reuse lint (REUSE 3.3), and covers a file added later beside the team\'s', () => {
    const dir = tree({ ...TEAM, 'static/logo.png': '\x89PNG', 'static/logo.png.license': 'SPDX-FileCopyrightText: 2020 Ministère des Armées\nSPDX-License-Identifier: EUPL-1.2\n' });
    commit(dir, '2024-01-01T12:00:00Z', 'Premier commit');
    const result = fill(dir);
    expect(result.status, result.stderr).toBe(0);
    writeFileSync(join(dir, 'src', 'pkg', 'later.py'), 'def plus_tard(): pass\n');
    writeFileSync(join(dir, 'docs', 'api', 'later.md'), '# Plus tard\n');
    const lint = spawnSync(currentReuse, ['lint'], { cwd: dir, encoding: 'utf8' });
    expect(lint.status, lint.stdout).toBe(0);
  });
});
