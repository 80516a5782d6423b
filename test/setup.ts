import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
// Removed by a detached `rm -rf` that outlives the test worker: a file that copied the real
// fixtures a hundred times leaves a tree that takes minutes to delete on a loaded machine, more
// than any hook timeout; rm also walks trees deeper than PATH_MAX (the hostile-path tests).
afterAll(() => {
  spawn('rm', ['-rf', scratch], { detached: true, stdio: 'ignore' }).unref();
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
