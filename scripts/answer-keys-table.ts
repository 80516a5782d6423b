import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerKeyTable } from '../src/answers/key-table.js';
import { packageRoot } from '../src/support/paths.js';

/** Rewrites the README's answer-key table from the registry: `node dist/scripts/answer-keys-table.js`. */
export const TABLE_START = '<!-- answer-keys: generated from src/answers/registry.ts by node dist/scripts/answer-keys-table.js -->';
export const TABLE_END = '<!-- /answer-keys -->';

export function readmeWithTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('README.md: answer-key table markers not found');
  return `${readme.slice(0, start + TABLE_START.length)}\n${answerKeyTable()}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join(packageRoot(), 'README.md');
  writeFileSync(path, readmeWithTable(readFileSync(path, 'utf8')));
}
