import { describe, expect, it } from 'vitest';
import { codegouv, gitRepository } from './fixtures.js';

const header = (id: string, comment = '#') => `${comment} SPDX-FileCopyrightText: 2024 Ministère de l'Exemple\n${comment} SPDX-License-Identifier: ${id}\n`;

const repository = (files: Record<string, string>) => gitRepository(files, { commit: false, prefix: 'codegouv-l5-' });

const l5 = (dir: string) => (JSON.parse(codegouv(dir, ['check', '--json', '.']).stdout) as { results: { rules: { id: string; ok: boolean; message: string }[] }[] }).results[0]!.rules.find((rule) => rule.id === 'L5')!;

describe('L5: documentation and data under the Licence Ouverte', () => {
  const sphinx = {
    'docs/conf.py': `${header('Apache-2.0')}project = "outil"\n`,
    'docs/Makefile': `${header('Apache-2.0')}html:\n\tsphinx-build . _build\n`,
    'docs/make.bat': `${header('Apache-2.0', 'REM')}sphinx-build . _build\n`,
    'docs/requirements.txt': `${header('Apache-2.0')}sphinx\n`,
    'docs/exemples/calcul.py': `${header('Apache-2.0')}print(1)\n`,
  };

  it('does not count the documentation\'s own code and build files (Sphinx conf.py, Makefile, requirements.txt, examples)', () => {
    const dir = repository({ ...sphinx, 'docs/index.md': `<!--\n${header('etalab-2.0', '').replaceAll('\n ', '\n')}-->\n# Guide\n` });
    const verdict = l5(dir);
    expect(verdict.ok, verdict.message).toBe(true);
  });

  it('still fails on a guide that is not under the Licence Ouverte, and names it', () => {
    const dir = repository({ ...sphinx, 'docs/guide.md': `<!--\n${header('Apache-2.0', '')}-->\n# Guide\n` });
    const verdict = l5(dir);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain('docs/guide.md');
    expect(verdict.message).not.toContain('conf.py');
  });
});
