import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures.js';

const ESC = '\u001b';

/** A repository's file names and texts reach the terminal: none of their escape sequences may. */
describe('codegouv check in a terminal', () => {
  it('shows escape and bidirectional characters from the repository as visible codes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-terminal-'));
    writeFileSync(join(dir, `a${ESC}[31mROUGE${ESC}[0m${ESC}]0;titre\u0007\u202e.key`), 'x\n');
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'bin', 'codegouv.js'), 'check', dir], { encoding: 'utf8' });
    expect(result.stdout).toContain('ROUGE');
    expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    expect(result.stdout).toContain('a\\u{1b}[31mROUGE');
  });
});
