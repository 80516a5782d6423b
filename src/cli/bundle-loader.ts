import { existsSync, readFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';
import { lendImport } from '../support/esm-import.js';

/**
 * The generator's and check's code as one CommonJS file each (scripts/bundles.ts), loaded with
 * compiled code rather than source where Node allows it. Node ≥ 22.1 caches compiled modules
 * itself (`module.enableCompileCache`, turned on by bin/codegouv.ts): the bundle is required.
 * Node 20 has no such cache, and compiling a 1.6 MB bundle then its functions costs about 80 ms
 * of a 0.4 s skeleton run: there the bundle runs through `vm.Script` with the V8 code cache the
 * build left beside it (scripts/code-cache.ts), produced after a representative run so that it
 * holds the functions that run too. V8 refuses a cache from another V8 version or build options
 * (`cachedDataRejected`) and compiles the source as usual: a stale cache costs time, never behaviour.
 */

export const nodeCachesModules = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/** The code cache of `bundle` for this V8: its file name says which V8 wrote it. */
export const codeCachePath = (bundle: string): string => `${bundle}.v8-${process.versions.v8}.cache`;

/** The same text Node wraps a CommonJS module in, so that `require` and `module` are the bundle's own. */
const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;

export interface CompiledBundle {
  readonly script: vm.Script;
  run<T>(): T;
}

export function compileBundle(bundle: string, cachedData?: Buffer): CompiledBundle {
  const script = new vm.Script(wrap(readFileSync(bundle, 'utf8')), {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  // The bundle's import() of Yeoman and of a generator: this module's (src/support/esm-import.ts).
  lendImport((specifier) => import(specifier));
  return {
    script,
    run<T>(): T {
      const exports = {};
      const commonJs = { exports };
      (script.runInThisContext() as (...args: unknown[]) => void)(exports, createRequire(bundle), commonJs, bundle, dirname(bundle));
      return commonJs.exports as T;
    },
  };
}

/** The bundle's exports, or undefined when the build wrote none (tests run from the sources). */
export function loadBundle<T>(bundle: string): T | undefined {
  if (!existsSync(bundle)) return undefined;
  if (nodeCachesModules) return createRequire(bundle)(bundle) as T;
  const cache = codeCachePath(bundle);
  return compileBundle(bundle, existsSync(cache) ? readFileSync(cache) : undefined).run<T>();
}
