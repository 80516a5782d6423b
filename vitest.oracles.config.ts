import { defineConfig } from 'vitest/config';

/** Independent tools (reuse, licensee, shellcheck, yamllint) run on generated repositories; see ARCHITECTURE.md. */
export default defineConfig({
  test: {
    include: ['test/oracles/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
