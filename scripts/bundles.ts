/**
 * The paths a person waits for, each as one file: `codegouv check` (`dist/check.bundle.cjs`);
 * the generator's command, `dist/generator.bundle.cjs`: the headless run (`--yes`) and, for an
 * interactive run, everything up to its first question (src/startup/first-question.ts); and
 * `codegouv --help` (`dist/help.bundle.js`). Node 20 has no compile cache, and loading their
 * modules one by one (160 for check, about 200 for the generator) costs about 100 ms of a 0.5 s
 * audit and more of a skeleton run (CPU profiles; `npm run bench` measures them). Yeoman and the
 * generators stay modules, loaded from their own paths while the first question waits for its
 * answer. Packages with files read at run time (the SPDX licence texts) stay outside the bundles.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('..', import.meta.url));

// The generator's and check's bundles are CommonJS: Node 20 runs them from a V8 code cache
// (src/cli/bundle-loader.ts), which only scripts have there. The help's search stays an ES module.
const BUNDLES = [
  { entry: 'src/check/cli.js', out: 'check.bundle.cjs', format: 'cjs' },
  { entry: 'src/cli/generator-command.js', out: 'generator.bundle.cjs', format: 'cjs' },
  { entry: 'src/cli/help.js', out: 'help.bundle.js', format: 'esm' },
] as const;

// What stands for `import.meta.url`, the bundle's own URL, in each format.
const OWN_URL = {
  cjs: "'use strict'; const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
  // Bundled CommonJS packages call require(): ES modules have none of their own.
  esm: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
} as const;

await Promise.all(
  BUNDLES.map(({ entry, out, format }) =>
    build({
      entryPoints: [`${dist}/${entry}`],
      outfile: `${dist}/${out}`,
      bundle: true,
      platform: 'node',
      format,
      target: 'node20',
      // Yeoman stays a package, loaded from its own paths (as are the generators, src/cli/run-generator.ts).
      external: ['spdx-license-list', 'spdx-license-list/*', 'yeoman-environment'],
      banner: { js: OWN_URL[format] },
      ...(format === 'cjs' ? { define: { 'import.meta.url': '__bundleUrl' } } : {}),
      logLevel: 'warning',
      legalComments: 'linked',
    }),
  ),
);
