import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './fixtures.js';

/**
 * What knip (knip.json) finds unused today, one a line, as `type: file name` (`type: name` for
 * package.json and whole files). The list can only shrink: an entry that no longer occurs fails
 * the test. The dependencies are being wired in (smol-toml, ignore, picomatch, spdx-*,
 * fast-xml-parser); the exports are to drop or to un-export.
 * knip.json itself ignores for good what knip cannot see: markdownlint-cli2, run by its path in
 * the oracle suite, and the shellcheck and yamllint binaries the tests run when installed.
 */
const KNOWN_UNUSED: readonly string[] = [
  'dependencies: fast-xml-parser',
  'dependencies: ignore',
  'dependencies: smol-toml',
  'dependencies: spdx-exceptions',
  'dependencies: spdx-expression-parse',
  'devDependencies: @types/spdx-expression-parse',
  'exports: src/repo/publiccode-file.ts PUBLICCODE_FILE',
  'types: src/repo/documents.ts DocumentFile',
  'types: src/repo/licence-files.ts LicenceFile',
  'types: src/repo/reuse/reuse-toml.ts Annotation',
  'types: src/repo/reuse/reuse-toml.ts Precedence',
];

interface Item { name: string }
type Issue = { file: string } & Record<string, unknown>;

function unused(): string[] {
  const bin = join(repoRoot, 'node_modules', 'knip', 'bin', 'knip.js');
  const result = spawnSync(process.execPath, [bin, '--reporter', 'json', '--no-progress', '--no-config-hints'],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`knip failed (${result.status}):\n${result.stderr}`);
  const { issues } = JSON.parse(result.stdout) as { issues: Issue[] };
  const found = new Set<string>();
  for (const issue of issues) {
    for (const [type, value] of Object.entries(issue)) {
      if (!Array.isArray(value)) continue;
      for (const entry of value as (Item | Item[])[]) {
        for (const item of Array.isArray(entry) ? entry : [entry]) {
          found.add(type === 'files' || issue.file === 'package.json' ? `${type}: ${item.name}` : `${type}: ${issue.file} ${item.name}`);
        }
      }
    }
  }
  return [...found].sort();
}

describe('knip: no unused file, export or dependency', () => {
  let current: string[];
  beforeAll(() => {
    current = unused();
  });

  it('finds nothing unused beyond the known findings', () => {
    expect(current.filter((finding) => !KNOWN_UNUSED.includes(finding))).toEqual([]);
  });

  it('still needs every known finding (the list only shrinks)', () => {
    expect(KNOWN_UNUSED.filter((finding) => !current.includes(finding))).toEqual([]);
  });
});
