import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'smol-toml';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { repoRoot, sharedDir } from './fixtures.js';

/**
 * REUSE.toml written by `--yes` on the real repositories of French administrations: it declares
 * as the administration's work none of what a careful reader found to be someone else's (the
 * manifest's `thirdParty` globs: vendored code, fonts, images, data) and none of the files that
 * carry their own SPDX tag or copyright notice.
 */
const realrepos = join(sharedDir, 'realrepos');
const available = existsSync(join(realrepos, 'materialize.sh'));
const bin = join(repoRoot, 'dist', 'bin', 'codegouv.js');

const ANSWERS = {
  administration: 'Ministère des Armées',
  description: 'Un outil pour vérifier un dépôt existant',
  longDescription: 'Ce dépôt existait avant codegouv : le générateur doit le compléter sans rien perdre, et sans déclarer comme le travail de l\'administration ce qui ne lui appartient pas.',
  features: ['Vérification'],
  contactName: 'Agnès Dupré',
  contactEmail: 'agnes.dupre@intradef.gouv.fr',
  securityEmail: 'securite.numerique@intradef.gouv.fr',
  conductEmail: 'moderation.communaute@intradef.gouv.fr',
  reciprocityReason: 'Garantir que les améliorations du service restent disponibles pour toutes les administrations',
};

/** A notice line, read independently of src/: an SPDX tag, `Copyright …`, `© …`, `(c) 2020 …`. */
const NOTICE = /SPDX-FileCopyrightText:|SPDX-License-Identifier:|Copyright[ \t]+\S|©[ \t]*\S|\([cC]\)[ \t]*\d/u;

/**
 * What the manifest's reader knew from outside the files, which nothing in the tree says: that
 * camino's Keycloak theme templates are Keycloak's, and that openfisca's assets/ (empty stubs in
 * the fixture) are third-party data. Listed here rather than hidden.
 */
const BEYOND_THE_FILES: Record<string, string[]> = {
  'MTES-MCT__camino': ['infra/roles/camino/files/keycloak_theme/login/*.ftl', 'infra/roles/camino/files/keycloak_theme/login/**/*.properties'],
  'openfisca__openfisca-france': ['openfisca_france/assets/**/*.json', 'openfisca_france/assets/**/README.md', 'openfisca_france/assets/__init__.py'],
};

const listed = (dir: string) => execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: dir, encoding: 'utf8' }).split('\0').filter(Boolean);

function carriesNotice(dir: string, path: string): boolean {
  const full = join(dir, path);
  if (!statSync(full).isFile()) return false;
  const bytes = readFileSync(full).subarray(0, 1_000_000);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString('latin1');
  }
  return NOTICE.test(text);
}

/** The paths matched by any `path` glob of the REUSE.toml, read as REUSE 3.3 reads it (`*` within a folder, `**` across). */
function coveredBy(toml: string, files: readonly string[]): string[] {
  const document = parse(toml) as { version?: number; annotations?: { path: string | string[] }[] };
  expect(document.version).toBe(1);
  const globs = (document.annotations ?? []).flatMap((annotation) => (Array.isArray(annotation.path) ? annotation.path : [annotation.path]));
  const matches = picomatch(globs, { dot: true });
  return files.filter((path) => matches(path));
}

describe.runIf(available)('REUSE.toml written on real repositories (--yes)', () => {
  const dest = mkdtempSync(join(tmpdir(), 'codegouv-realrepos-reuse-'));
  const manifest = available ? (JSON.parse(readFileSync(join(realrepos, 'manifest.json'), 'utf8')) as Record<string, { authorised: boolean; thirdParty: string[] }>) : {};
  const runs = new Map<string, { files: string[]; toml?: string; dep5: boolean; output: string }>();

  beforeAll(() => {
    execFileSync('sh', [join(realrepos, 'materialize.sh'), dest], { stdio: 'ignore' });
    const answers = join(dest, 'answers.yml');
    writeFileSync(answers, stringify(ANSWERS));
    for (const name of readdirSync(dest).filter((entry) => manifest[entry]?.authorised)) {
      const dir = join(dest, name);
      const hadToml = existsSync(join(dir, 'REUSE.toml'));
      const result = spawnSync(process.execPath, [bin, '--yes', '--answers', answers], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      const toml = !hadToml && existsSync(join(dir, 'REUSE.toml')) ? readFileSync(join(dir, 'REUSE.toml'), 'utf8') : undefined;
      runs.set(name, { files: listed(dir), toml, dep5: existsSync(join(dir, '.reuse', 'dep5')), output: `${result.stdout}${result.stderr}` });
    }
  }, 300_000);

  it('writes REUSE.toml, never .reuse/dep5, where the repository had neither', () => {
    const written = [...runs].filter(([, run]) => run.toml !== undefined).map(([name]) => name);
    expect(written.length).toBeGreaterThan(15);
    for (const [name, run] of runs) if (run.toml !== undefined) expect(run.dep5, name).toBe(false);
  });

  it('covers no third-party, font, image, media or data path the manifest lists', () => {
    const claimed: string[] = [];
    // Not vacuous: most fixtures get a REUSE.toml (today's code wrote .reuse/dep5 instead).
    expect([...runs.values()].filter((run) => run.toml !== undefined).length).toBeGreaterThan(15);
    for (const [name, run] of runs) {
      if (run.toml === undefined) continue;
      // A manifest note written as a glob ("tests/**/*.yaml? (test data, team-written)") is no glob.
      const thirdParty = picomatch(manifest[name]!.thirdParty.filter((glob) => !glob.includes(' ')), { dot: true });
      const known = picomatch(BEYOND_THE_FILES[name] ?? [], { dot: true });
      claimed.push(...coveredBy(run.toml, run.files).filter((path) => thirdParty(path) && !known(path)).map((path) => `${name}: ${path}`));
    }
    expect(claimed).toEqual([]);
  });

  it('covers no file that carries its own SPDX tag or copyright notice', () => {
    const claimed: string[] = [];
    // Not vacuous: most fixtures get a REUSE.toml (today's code wrote .reuse/dep5 instead).
    expect([...runs.values()].filter((run) => run.toml !== undefined).length).toBeGreaterThan(15);
    for (const [name, run] of runs) {
      if (run.toml === undefined) continue;
      const dir = join(dest, name);
      claimed.push(...coveredBy(run.toml, run.files).filter((path) => carriesNotice(dir, path)).map((path) => `${name}: ${path}`));
    }
    expect(claimed).toEqual([]);
  });

  it('still covers the team\'s own sources, by globs that hold when files are added', () => {
    const eurydice = runs.get('ANSSI-FR__eurydice')?.toml ?? '';
    expect(coveredBy(eurydice, ['backend/eurydice/a_new_module.py'])).toEqual(['backend/eurydice/a_new_module.py']);
  });

  it('lists what it left uncovered as to declare, with a ready REUSE.toml snippet', () => {
    const camino = runs.get('MTES-MCT__camino')?.output ?? '';
    expect(camino).toMatch(/À déclarer[^\n]*\n\[\[annotations\]\]\n[\s\S]*path = \[[^\n]*"packages\/[^\n]*\nSPDX-FileCopyrightText = "TODO"/u);
  });
});
