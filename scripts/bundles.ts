/**
 * The paths a person waits for, each as one file: `codegouv check` (`dist/check.bundle.js`);
 * the generator's command, `dist/generator.bundle.js`: the headless run (`--yes`) and, for an
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

const BUNDLES = [
  { entry: 'src/check/cli.js', out: 'check.bundle.js' },
  { entry: 'src/cli/generator-command.js', out: 'generator.bundle.js' },
  { entry: 'src/cli/help.js', out: 'help.bundle.js' },
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
      // Yeoman stays a package, loaded from its own paths (as are the generators, src/cli/run-generator.ts).
      external: ['spdx-license-list', 'spdx-license-list/*', 'yeoman-environment'],
      // Bundled CommonJS packages call require(): ES modules have none of their own.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      logLevel: 'warning',
      legalComments: 'linked',
    }),
  ),
);
