import { setMaxListeners } from 'node:events';
import { pathToFileURL } from 'node:url';
import { AREAS } from '../policy/areas.js';
import type { Area } from '../policy/areas.js';
import { esmImport } from '../support/esm-import.js';
import { builtPath, packageRoot } from '../support/paths.js';

/** Where the compiled generator of a namespace lives (the bin runs from dist/). */
function generatorPath(name: 'app' | Area): string {
  return builtPath('generators', name, 'index.js');
}

export interface EnvOptions {
  force: boolean;
  dryRun: boolean;
  bail: boolean;
}

/** Loads yeoman-environment and the generator while the first question waits for its answer: `runGenerator` then starts at once. */
export async function preloadGenerator(name: 'app' | Area): Promise<void> {
  await Promise.all([esmImport('yeoman-environment'), esmImport(pathToFileURL(generatorPath(name)).href)]);
}

/** Runs `codegouv:<name>` through yeoman-environment, as `yo codegouv:<name>` would. */
export async function runGenerator(name: 'app' | Area, args: string[], options: EnvOptions): Promise<void> {
  // @yeoman/adapter adds an abort listener per prompt: Node's leak warning would land mid-prompt.
  setMaxListeners(50);
  const { createEnv } = await esmImport<typeof import('yeoman-environment')>('yeoman-environment');
  const env = createEnv({ skipInstall: true, force: options.force, dryRun: options.dryRun, bail: options.bail } as never);
  for (const generator of ['app', ...AREAS] as const) {
    env.register(generatorPath(generator), { namespace: `codegouv:${generator}`, packagePath: packageRoot() });
  }
  await env.run([`codegouv:${name}`, ...args], { skipInstall: true, force: options.force, dryRun: options.dryRun, bail: options.bail } as never);
}
