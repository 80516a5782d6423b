import { defineConfig } from 'vitest/config';

/** Independent tools (reuse, licensee, shellcheck, yamllint) run on generated repositories (design §9). */
export default defineConfig({
  test: {
    include: ['test/oracles/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
