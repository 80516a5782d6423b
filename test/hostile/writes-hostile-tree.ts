import { lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { completeAnswers } from '../fixtures.js';
import type { RawAnswers } from '../../src/answers/types.js';

/** A fresh temporary folder. */
export const tempDir = (label: string) => mkdtempSync(join(tmpdir(), `codegouv-writes-${label}-`));

/** An answers file outside the target, so that the target holds only what the test puts there. */
export function answersFile(overrides: RawAnswers = {}): string {
  const path = join(tempDir('answers'), 'answers.yml');
  writeFileSync(path, stringify(completeAnswers(overrides)));
  return path;
}

/** Every entry under `dir`, links not followed: path → kind (and content for regular files). */
export function entries(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      const stat = lstatSync(path);
      const key = relative(dir, path);
      if (stat.isSymbolicLink()) out[key] = 'link';
      else if (stat.isDirectory()) {
        out[key] = 'dir';
        walk(path);
      } else if (stat.isFile()) out[key] = `file:${readFileSync(path, 'utf8')}`;
      else out[key] = 'special';
    }
  };
  walk(dir);
  return out;
}
