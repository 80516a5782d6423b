import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/oracles/**'],
    setupFiles: ['test/setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // @yeoman/adapter's TestAdapter leaves stray AbortErrors on Node 24 (tech.md §7).
    onUnhandledError(error) {
      if ((error as { code?: string }).code === 'ABORT_ERR' || error.name === 'AbortError') return false;
      return undefined;
    },
  },
});
