import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageVersion } from '../support/paths.js';
import type { GeneratedFrom } from './generated-from.js';
import type { Gathered } from './gather.js';

function versionIn(manifest: string): string | undefined {
  try {
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/** The preset as the user named it, the version of its npm package when it is one, and a digest of its file. */
function presetOf(gathered: Gathered): GeneratedFrom['preset'] {
  if (!gathered.presetSpec || !gathered.presetFile) return undefined;
  const manifest = join(dirname(gathered.presetFile), 'package.json');
  const version = existsSync(manifest) ? versionIn(manifest) : undefined;
  const digest = `sha256:${createHash('sha256').update(readFileSync(gathered.presetFile)).digest('hex')}`;
  return { spec: gathered.presetSpec, ...(version ? { version } : {}), digest };
}

/** What made this run's files: this package at its version, and the preset. */
export function madeWith(gathered: Gathered): { generator: string; preset?: GeneratedFrom['preset'] } {
  const preset = presetOf(gathered);
  return { generator: `generator-codegouv@${packageVersion()}`, ...(preset ? { preset } : {}) };
}
