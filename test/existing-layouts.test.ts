import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'smol-toml';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { codegouv, completeAnswers, gitRepository } from './fixtures.js';

const require = createRequire(import.meta.url);
const currentReuse = process.env.REUSE_CURRENT ?? join(process.env.CODEGOUV_TEST_SHARED_TMP ?? '/tmp', 'codegouv-reuse-venv', 'bin', 'reuse');
const licenceText = (id: string) => (require(`spdx-license-list/licenses/${id}.json`) as { licenseText: string }).licenseText;

const repository = (files: Record<string, string>) => gitRepository(files, { prefix: 'codegouv-layouts-' });

const rule = (dir: string, id: string) => (JSON.parse(codegouv(dir, ['check', '--json', '.']).stdout) as { results: { rules: { id: string; ok: boolean; message: string }[] }[] }).results[0]!.rules.find((entry) => entry.id === id)!;

describe('an R package under MIT, as usethis and CRAN lay it out', () => {
  const files = () => ({
    DESCRIPTION: 'Package: desagreg\nTitle: Desagregation temporelle\nVersion: 1.0.0\nLicense: MIT + file LICENSE\n',
    LICENSE: 'YEAR: 2020\nCOPYRIGHT HOLDER: Institut national de la statistique et des études économiques\n',
    'LICENSE.md': `# MIT License\n\n${licenceText('MIT').replace('<year>', '2020').replace('<copyright holders>', 'Insee')}`,
    'R/desagreg.R': 'desagreg <- function(x) x\n',
  });

  it('passes L1: the LICENSE of fields is not a licence text, LICENSE.md is the MIT text', () => {
    const dir = repository(files());
    const verdict = rule(dir, 'L1');
    expect(verdict.ok, JSON.stringify(verdict)).toBe(true);
  });

  it('the generator never replaces the fields file CRAN requires, even with --force, and says why', () => {
    const dir = repository(files());
    writeFileSync(join(dir, '..', 'r.yml'), stringify(completeAnswers({ licence: 'MIT' })));
    const result = codegouv(dir, ['--yes', '--force', '--answers', join(dir, '..', 'r.yml')]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(files().LICENSE);
    expect(result.stderr).toContain('LICENSE n\'est pas remplacé');
    expect(rule(dir, 'L1').ok).toBe(true);
  });
});

describe('an R package with only CRAN\'s LICENSE of fields', () => {
  it('gets the full text as LICENSE.md, as usethis writes it, and L1 then passes', () => {
    const dir = repository({
      DESCRIPTION: 'Package: desagreg\nVersion: 1.0.0\nLicense: MIT + file LICENSE\n',
      LICENSE: 'YEAR: 2024\nCOPYRIGHT HOLDER: Insee\n',
      'R/desagreg.R': 'desagreg <- function(x) x\n',
    });
    expect(rule(dir, 'L1').ok).toBe(false);
    writeFileSync(join(dir, '..', 'r2.yml'), stringify(completeAnswers({ licence: 'MIT' })));
    const result = codegouv(dir, ['licence', '--yes', '--force', '--answers', join(dir, '..', 'r2.yml')]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe('YEAR: 2024\nCOPYRIGHT HOLDER: Insee\n');
    expect(readFileSync(join(dir, 'LICENSE.md'), 'utf8')).toMatch(/^MIT License/u);
    expect(rule(dir, 'L1').ok).toBe(true);
  });
});

describe('files whose own header names the administration', () => {
  const header = (holder: string, licence: string) => `# Copyright (c) 2024 ${holder}\n#\n# ${licence}\n\nprint(1)\n`;

  it('are declared in REUSE.toml as the administration\'s; files of another holder or licence are not; reuse lint passes on the declared ones', () => {
    const dir = repository({
      LICENSE: licenceText('Apache-2.0'),
      'src/calcul.py': header('Centre National d\'Etudes Spatiales (CNES)', 'Licensed under the Apache License, Version 2.0'),
      'src/outil.py': header('CNES', 'Licensed under the Apache License, Version 2.0'),
      'src/plain.py': 'print(2)\n',
      'tiers/inria.py': header('Inria', 'Licensed under the Apache License, Version 2.0'),
      'autre/gpl.py': header('Centre National d\'Etudes Spatiales (CNES)', 'This program is free software under the GNU General Public License'),
    });
    writeFileSync(join(dir, '..', 'cnes.yml'), stringify(completeAnswers({ administration: 'Centre national d\'études spatiales (CNES)', licence: 'Apache-2.0' })));
    const result = codegouv(dir, ['--yes', '--answers', join(dir, '..', 'cnes.yml')]);
    expect(result.status, result.stderr).toBe(0);
    const toml = parse(readFileSync(join(dir, 'REUSE.toml'), 'utf8')) as { annotations: { path: string[] }[] };
    const covered = picomatch(toml.annotations.flatMap((entry) => entry.path), { dot: true });
    expect(covered('src/calcul.py')).toBe(true);
    expect(covered('src/outil.py')).toBe(true);
    expect(covered('src/plain.py')).toBe(true);
    expect(covered('tiers/inria.py')).toBe(false);
    expect(covered('autre/gpl.py')).toBe(false);
    // Without the two files codegouv rightly leaves to the team, REUSE accepts the rest.
    execFileSync('git', ['rm', '-q', 'tiers/inria.py', 'autre/gpl.py'], { cwd: dir });
    const lint = spawnSync(currentReuse, ['lint'], { cwd: dir, encoding: 'utf8' });
    expect(lint.status, lint.stdout).toBe(0);
  });
});

describe('REUSE.toml never declares the team\'s files under a licence the repository does not hold', () => {
  it('a kept MIT LICENSE under an Apache-2.0 answer (--yes): no REUSE.toml, and why; with --force the LICENSE is replaced and REUSE.toml written', () => {
    const mit = licenceText('MIT').replace('<year>', '2019').replace('<copyright holders>', 'Ministère de l\'Exemple');
    const dir = repository({ LICENSE: mit, 'src/outil.py': 'print(1)\n' });
    writeFileSync(join(dir, '..', 'apache.yml'), stringify(completeAnswers({ licence: 'Apache-2.0' })));
    const kept = codegouv(dir, ['--yes', '--answers', join(dir, '..', 'apache.yml')]);
    expect(kept.status, kept.stderr).toBe(0);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(mit);
    expect(() => readFileSync(join(dir, 'REUSE.toml'), 'utf8')).toThrow();
    expect(kept.stderr).toContain('REUSE.toml non écrit : le texte de licence qui reste dans le dépôt, LICENSE, n\'est pas Apache-2.0');
    const forced = codegouv(dir, ['--yes', '--force', '--answers', join(dir, '..', 'apache.yml')]);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, 'REUSE.toml'), 'utf8')).toContain('SPDX-License-Identifier = "Apache-2.0"');
  });

  it('a team\'s LGPL-2.1 COPYING under an LGPL-3.0 answer: no REUSE.toml claiming LGPL-3.0', () => {
    const dir = repository({ 'COPYING.LGPLv2.1': licenceText('LGPL-2.1-or-later'), 'lib/outil.py': 'print(1)\n' });
    writeFileSync(join(dir, '..', 'lgpl.yml'), stringify(completeAnswers({ licence: 'LGPL-3.0-or-later' })));
    const result = codegouv(dir, ['--yes', '--answers', join(dir, '..', 'lgpl.yml')]);
    expect(result.status, result.stderr).toBe(0);
    expect(() => readFileSync(join(dir, 'REUSE.toml'), 'utf8')).toThrow();
    expect(result.stderr).toContain('COPYING.LGPLv2.1, n\'est pas LGPL-3.0-or-later');
  });
});

describe('documentation under its own licence (the policy: Licence Ouverte 2.0 for documentation and data)', () => {
  it('REUSE.toml declares the team\'s documentation files under the documentation licence and its code, even under docs/, under the code licence; L5 and reuse lint pass once the unattributed image and data are gone', () => {
    const dir = repository({
      LICENSE: licenceText('Apache-2.0'),
      'src/outil.py': 'print(1)\n',
      'docs/guide.md': '# Guide\n\nMode d\'emploi.\n',
      'docs/images/schema.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
      'docs/conf.py': 'project = "outil"\n',
      'data/communes.csv': 'code,nom\n75056,Paris\n',
    });
    writeFileSync(join(dir, '..', 'docs.yml'), stringify(completeAnswers({ licence: 'Apache-2.0', docsLicence: 'etalab-2.0' })));
    const result = codegouv(dir, ['--yes', '--answers', join(dir, '..', 'docs.yml')]);
    expect(result.status, result.stderr).toBe(0);
    const toml = parse(readFileSync(join(dir, 'REUSE.toml'), 'utf8')) as { annotations: { path: string[]; 'SPDX-License-Identifier': string }[] };
    const under = (id: string) => picomatch(toml.annotations.filter((entry) => entry['SPDX-License-Identifier'] === id).flatMap((entry) => entry.path), { dot: true });
    expect(under('etalab-2.0')('docs/guide.md')).toBe(true);
    expect(under('Apache-2.0')('docs/guide.md')).toBe(false);
    expect(under('Apache-2.0')('docs/conf.py')).toBe(true);
    expect(under('Apache-2.0')('src/outil.py')).toBe(true);
    expect(under('etalab-2.0')('src/outil.py')).toBe(false);
    // Images and data are not claimed (whose they are is the team's to say): left uncovered, listed.
    expect(under('etalab-2.0')('docs/images/schema.svg') || under('Apache-2.0')('docs/images/schema.svg')).toBe(false);
    execFileSync('git', ['rm', '-q', '--cached', 'docs/images/schema.svg', 'data/communes.csv'], { cwd: dir });
    execFileSync('rm', [join(dir, 'docs/images/schema.svg'), join(dir, 'data/communes.csv')]);
    expect(rule(dir, 'L5').ok, rule(dir, 'L5').message).toBe(true);
    const lint = spawnSync(currentReuse, ['lint'], { cwd: dir, encoding: 'utf8' });
    expect(lint.status, lint.stdout).toBe(0);
  });
});
