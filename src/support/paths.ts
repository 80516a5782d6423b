import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root, found the same way from the TypeScript source and from dist/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('generator-codegouv: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  root = dir;
  return dir;
}

/** A file the build writes under dist/ (bundles, texts, generators, the bin). */
export const builtPath = (...parts: string[]): string => join(packageRoot(), 'dist', ...parts);

/** This package's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function templatesDir(): string {
  return join(packageRoot(), 'templates');
}

let overrides: string | undefined;

/** A preset's template folder: its files replace the built-in templates of the same path. */
export function setTemplateOverrides(dir: string | undefined): void {
  overrides = dir;
}

/** `templates/<relativePath>`, or the preset's file of the same path when it has one. */
export function templatePath(relativePath: string): string {
  if (overrides) {
    const override = join(overrides, relativePath);
    if (existsSync(override)) return override;
  }
  return join(templatesDir(), relativePath);
}
