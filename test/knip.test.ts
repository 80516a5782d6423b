import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './fixtures.js';

/**
 * knip (knip.json) finds no unused file, export or dependency. knip.json ignores what knip cannot
 * see: markdownlint-cli2, run by its path in the oracle suite, and the shellcheck and yamllint
 * binaries the tests run when installed.
 */

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

  it('finds nothing unused', () => {
    expect(current).toEqual([]);
  });
});
