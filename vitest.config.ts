import { defineConfig } from 'vitest/config';

/**
 * Suites kept out of `npm test` for its speed, run by `npm run test:slow` (vitest.slow.config.ts)
 * and in CI: the real terminal (tmux), the whole runs through yeoman-environment, every fix
 * `check` suggests run on every real fixture (≈ 180 runs), and the README's install, test and
 * first run on a fresh clone.
 */
export const SLOW_SUITES = ['test/cli-terminal.test.ts', 'test/first-question.test.ts', 'test/terminal-french.test.ts', 'test/adapters-parity.test.ts', 'test/realrepos-fixes.test.ts', 'test/newcomer.test.ts'];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/oracles/**', ...SLOW_SUITES],
    setupFiles: ['test/setup.ts'],
    pool: 'forks',
    // Most suites wait on child processes (the bin, git, sh): one worker per core, not cores − 1.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // yeoman-test 11's TestAdapter (@yeoman/adapter) leaves stray AbortErrors on Node 24.
    onUnhandledError(error) {
      if ((error as { code?: string }).code === 'ABORT_ERR' || error.name === 'AbortError') return false;
      return undefined;
    },
  },
});
