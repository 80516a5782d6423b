/**
 * Writes dist/licence-pair-counts.json: for each licence text `codegouv check` compares a
 * LICENSE with, its length and its number of distinct word pairs (src/licence/detect.ts), so
 * that an audit normalises only the texts that could still match.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PAIR_COUNTS_FILE, builtPairCounts } from '../src/licence/detect.js';

writeFileSync(fileURLToPath(new URL(`../${PAIR_COUNTS_FILE}`, import.meta.url)), `${JSON.stringify(builtPairCounts())}\n`);
