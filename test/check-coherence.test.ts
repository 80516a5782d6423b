import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { codegouv, completeAnswers, repoRoot, sharedDir } from './fixtures.js';

interface RuleJson { id: string; level: string; ok: boolean; message: string; fix?: { command?: string; edit?: string } }
interface ResultJson { path: string; status: string; rules: RuleJson[] }

function audit(...paths: string[]): ResultJson[] {
  const run = spawnSync(process.execPath, [join(repoRoot, 'dist', 'bin', 'codegouv.js'), 'check', '--json', ...paths], { encoding: 'utf8', timeout: 120_000 });
  return (JSON.parse(run.stdout) as { results: ResultJson[] }).results;
}
const k1Of = (dir: string) => audit(dir)[0]!.rules.find((rule) => rule.id === 'K1')!;

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Équipe', '-c', 'user.email=equipe@interieur.gouv.fr', ...args], { cwd: dir, encoding: 'utf8' });

/** A generated project under MIT, with a file of the team, committed. */
function generated(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-coherence-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({ licence: 'MIT' })));
  writeFileSync(join(dir, 'app.py'), 'print("bonjour")\n');
  const run = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
  if (run.status !== 0) throw new Error(run.stderr);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--no-gpg-sign', '-m', 'Dépôt généré');
  return dir;
}

describe('check K1: licence and administration said the same way everywhere', () => {
  it('passes on a generated project, and after a switch the team accepted', () => {
    const dir = generated();
    expect(k1Of(dir).ok).toBe(true);
    expect(codegouv(dir, ['licence', '--yes', '--force', '--licence', 'EUPL-1.2', '--reciprocity-reason', 'Les administrations qui réutilisent ce logiciel doivent partager leurs améliorations.']).status).toBe(0);
    expect(k1Of(dir).ok).toBe(true);
  });

  it('fails when the team refused the README update of a licence switch, naming each file and what it says', () => {
    const dir = generated();
    expect(codegouv(dir, ['licence', '--yes', '--force', '--licence', 'EUPL-1.2', '--reciprocity-reason', 'Les administrations qui réutilisent ce logiciel doivent partager leurs améliorations.']).status).toBe(0);
    // The team refuses the README's new Licence section (no at the conflict question, or put back).
    git(dir, 'checkout', '--', 'README.md');
    const results = audit(dir);
    expect(results[0]!.status).toBe('non-compliant');
    const k1 = results[0]!.rules.find((rule) => rule.id === 'K1')!;
    expect(k1.level).toBe('MUST');
    expect(k1.ok).toBe(false);
    expect(k1.message).toContain('LICENSE : EUPL-1.2');
    expect(k1.message).toContain('README.md (section Licence) : MIT');
    expect(k1.message).toContain('publiccode.yml (legal.license) : EUPL-1.2');
    expect(k1.message).toContain('.yo-rc.json (licence) : EUPL-1.2');
    expect(JSON.stringify(k1.fix)).toContain('section Licence de README.md');
  });

  it('fails when LICENSE was switched and the answers were not (the other files kept)', () => {
    const dir = generated();
    expect(codegouv(dir, ['licence', '--yes', '--force', '--licence', 'EUPL-1.2', '--reciprocity-reason', 'Les administrations qui réutilisent ce logiciel doivent partager leurs améliorations.']).status).toBe(0);
    git(dir, 'checkout', '--', '.yo-rc.json', 'README.md', 'publiccode.yml', 'REUSE.toml');
    const k1 = k1Of(dir);
    expect(k1.ok).toBe(false);
    expect(k1.message).toContain('.yo-rc.json (licence) : MIT');
    expect(k1.message).toContain('LICENSE : EUPL-1.2');
  });

  it('fails when publiccode.yml names another administration than the answers and the README', () => {
    const dir = generated();
    const path = join(dir, 'publiccode.yml');
    const data = parse(readFileSync(path, 'utf8')) as { legal: { mainCopyrightOwner: string } };
    data.legal.mainCopyrightOwner = 'Agence nationale de la cohésion des territoires';
    writeFileSync(path, stringify(data));
    const k1 = k1Of(dir);
    expect(k1.ok).toBe(false);
    expect(k1.message).toContain('publiccode.yml (legal.mainCopyrightOwner) : Agence nationale de la cohésion des territoires');
  });

  it('does not take several licences REUSE declares for a contradiction', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-coherence-dual-'));
    const mit = readFileSync(join(repoRoot, 'node_modules', 'spdx-license-list', 'licenses', 'MIT.json'), 'utf8');
    writeFileSync(join(dir, 'LICENSE'), (JSON.parse(mit) as { licenseText: string }).licenseText);
    writeFileSync(join(dir, 'README.md'), '# Projet\n\n## Licence\n\nAu choix MIT ou Apache-2.0 (`MIT OR Apache-2.0`).\n');
    writeFileSync(join(dir, 'a.py'), '# SPDX-FileCopyrightText: 2026 Ministère\n# SPDX-License-Identifier: Apache-2.0\n');
    writeFileSync(join(dir, 'b.py'), '# SPDX-FileCopyrightText: 2026 Ministère\n# SPDX-License-Identifier: Apache-2.0 OR MIT\n');
    writeFileSync(join(dir, 'c.py'), '# SPDX-FileCopyrightText: 2026 Ministère\n# SPDX-License-Identifier: Apache-2.0\n');
    expect(k1Of(dir).ok).toBe(true);
    writeFileSync(join(dir, 'README.md'), '# Projet\n\n## Licence\n\nCe projet est sous licence EUPL-1.2.\n');
    expect(k1Of(dir).ok).toBe(false);
  });
});

const realrepos = join(sharedDir, 'realrepos');

describe.runIf(existsSync(join(realrepos, 'materialize.sh')))('K1 on real repositories of French administrations', () => {
  let results: ResultJson[] = [];
  beforeAll(() => {
    const dest = mkdtempSync(join(tmpdir(), 'codegouv-coherence-real-'));
    execFileSync('sh', [join(realrepos, 'materialize.sh'), dest], { stdio: 'ignore' });
    results = audit(...readdirSync(dest).map((name) => join(dest, name)));
  }, 300_000);

  it('raises no failure: none of them contradicts itself beyond what L1-declared reports (publiccode.yml against the text)', () => {
    expect(results.length).toBeGreaterThanOrEqual(24);
    expect(results.filter((result) => result.rules.find((rule) => rule.id === 'K1')?.ok === false).map((result) => result.path)).toEqual([]);
  });
});
