/**
 * `codegouv check` as one file, `dist/check.bundle.js`: Node 20 has no compile cache, and loading
 * check's 160 modules one by one costs about 100 ms of a 0.5 s audit (CPU profiles; `npm run bench`
 * measures it). The generator keeps its modules: Yeoman loads them from their own paths.
 * Packages with files read at run time (the SPDX licence texts) stay outside the bundle.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('..', import.meta.url));

await build({
  entryPoints: [`${dist}/src/check/cli.js`],
  outfile: `${dist}/check.bundle.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['spdx-license-list', 'spdx-license-list/*'],
  // Bundled CommonJS packages call require(): ES modules have none of their own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'linked',
});
