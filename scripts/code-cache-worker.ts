/**
 * One bundle's representative run, then its V8 code cache written beside it (scripts/code-cache.ts).
 * Usage: code-cache-worker.js generator|check WORK PROJECT, where WORK holds answers.yml.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCachePath, compileBundle } from '../src/cli/bundle-loader.js';

type Generator = typeof import('../src/cli/generator-command.js');
type Check = typeof import('../src/check/cli.js');

const [which, work, project] = process.argv.slice(2) as ['generator' | 'check', string, string];
const bundle = fileURLToPath(new URL(`../${which}.bundle.cjs`, import.meta.url));
const compiled = compileBundle(bundle);

// Output goes nowhere: only the compiled functions matter here, and a failure's exit code.
process.stdout.write = () => true;
let code: number;
if (which === 'generator') {
  mkdirSync(project);
  process.chdir(project);
  code = await compiled.run<Generator>().runGeneratorCommand(['--yes', '--answers', join(work, 'answers.yml')], 'fr', undefined);
} else {
  // 1: the audit found something to report, which is still a full run of its code.
  code = await compiled.run<Check>().runCheck([project], 'fr');
  if (code === 1) code = 0;
}
if (code === 0) writeFileSync(codeCachePath(bundle), compiled.script.createCachedData());
process.exitCode = code;
