import { defineConfig } from 'vitest/config';
import base, { SLOW_SUITES } from './vitest.config.ts';

/** The suites `npm test` leaves out for its speed (vitest.config.ts): `npm run test:slow`, and CI. */
export default defineConfig({
  test: { ...base.test, include: SLOW_SUITES, exclude: [] },
});
