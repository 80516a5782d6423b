import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// Every temporary folder a test file makes (mkdtemp under os.tmpdir(), in the tests and in the
// CLI runs they start) lands in one scratch folder of that file, removed when the file ends:
// thousands of fixture copies left behind once filled the machine's inodes. The machine's own
// temporary folder stays known for what lives across runs (CI's reuse venv).
process.env.CODEGOUV_TEST_SHARED_TMP ??= tmpdir();
const scratch = mkdtempSync(join(process.env.CODEGOUV_TEST_SHARED_TMP, 'codegouv-test-'));
process.env.TMPDIR = scratch;
afterAll(() => {
  try {
    rmSync(scratch, { recursive: true, force: true });
  } catch {
    // Trees deeper than PATH_MAX (the hostile-path tests): rm walks them relative to each folder.
    execFileSync('rm', ['-rf', scratch]);
  }
});

// Tests never read the developer's git identity or configuration: inference must see only
// what each test sets up.
const home = mkdtempSync(join(scratch, 'codegouv-home-'));
process.env.HOME = home;
process.env.GIT_CONFIG_GLOBAL = join(home, '.gitconfig');
process.env.GIT_CONFIG_NOSYSTEM = '1';
delete process.env.GIT_AUTHOR_NAME;
delete process.env.GIT_AUTHOR_EMAIL;
delete process.env.GIT_COMMITTER_NAME;
delete process.env.GIT_COMMITTER_EMAIL;
