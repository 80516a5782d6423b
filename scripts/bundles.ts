/**
 * The two paths a person waits for, each as one file: `codegouv check` (`dist/check.bundle.js`)
 * and the headless generator, `codegouv --yes` (`dist/headless.bundle.js`). Node 20 has no
 * compile cache, and loading their modules one by one (160 for check, about 200 for the
 * generator) costs about 100 ms of a 0.5 s audit and more of a skeleton run (CPU profiles;
 * `npm run bench` measures both). Interactive runs keep the modules: Yeoman loads the
 * generators from their own paths. Packages with files read at run time (the SPDX licence
 * texts) stay outside the bundles.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('..', import.meta.url));

const BUNDLES = [
  { entry: 'src/check/cli.js', out: 'check.bundle.js' },
  { entry: 'src/cli/headless.js', out: 'headless.bundle.js' },
] as const;

await Promise.all(
  BUNDLES.map(({ entry, out }) =>
    build({
      entryPoints: [`${dist}/${entry}`],
      outfile: `${dist}/${out}`,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['spdx-license-list', 'spdx-license-list/*'],
      // Bundled CommonJS packages call require(): ES modules have none of their own.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      logLevel: 'warning',
      legalComments: 'linked',
    }),
  ),
);
