/**
 * import() for code that may run from the generator's CommonJS bundle. On Node 20 that bundle runs
 * through `vm.Script` from V8's code cache (src/cli/bundle-loader.ts), and a function restored from
 * the cache has no import() of its own (« A dynamic import callback was not specified »): the loader,
 * an ES module, lends its own. Run from the modules, this module's import() serves.
 */
type Importer = (specifier: string) => Promise<unknown>;

const LENT = Symbol.for('generator-codegouv.import');

export function lendImport(importer: Importer): void {
  (globalThis as { [LENT]?: Importer })[LENT] = importer;
}

export function esmImport<T>(specifier: string): Promise<T> {
  const lent = (globalThis as { [LENT]?: Importer })[LENT];
  return (lent ? lent(specifier) : import(specifier)) as Promise<T>;
}
