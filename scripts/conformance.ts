/**
 * Runs the publiccode.yml validator over the reference parser's conformance corpus and compares
 * each file's valid/invalid verdict with the corpus's expected.json.
 *
 *   node dist/scripts/conformance.js DIR     (DIR holds v0/ and expected.json)
 *
 * The validator runs with the network off. Files under invalid/ were checked upstream WITH the
 * network, so errors that only a network check can raise are set aside before comparing.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { validatePubliccode } from '../src/publiccode/validate.js';

export const MINIMUM_AGREEMENT = 169;

interface ExpectedIssue {
  type: 'error' | 'warning';
  key: string;
  description: string;
}

interface ExpectedSet {
  network: boolean;
  /** Per-file issues, or a sentence meaning "every file passes with no issue". */
  expected: Record<string, ExpectedIssue[]> | string;
}

export interface FileVerdict {
  file: string;
  expectedValid: boolean;
  actualValid: boolean;
  /** Set when the expected verdict changed because only network checks found errors. */
  networkOnly: boolean;
  expectedErrors: string[];
  actualErrors: string[];
}

export interface ConformanceReport {
  verdicts: FileVerdict[];
  agreeing: number;
  total: number;
}

const NETWORK_ONLY_ERROR =
  /not reachable|is not a valid code repository|HTTP GET failed|HTTP GET returned|failed to get raw URL|downloading /;

export function runConformance(corpusDir: string): ConformanceReport {
  const expectedJson = JSON.parse(readFileSync(path.join(corpusDir, 'expected.json'), 'utf8')) as {
    sets: Record<string, ExpectedSet>;
  };
  const root = path.join(corpusDir, 'v0');
  const verdicts = yamlFilesUnder(root).map((file) => verdictFor(root, file, expectedJson.sets));
  const agreeing = verdicts.filter((verdict) => verdict.expectedValid === verdict.actualValid).length;
  return { verdicts, agreeing, total: verdicts.length };
}

function verdictFor(root: string, file: string, sets: Record<string, ExpectedSet>): FileVerdict {
  const relative = path.relative(root, file);
  const setName = path.dirname(relative).split(path.sep).join('/');
  const set = sets[setName];
  const listed = set && typeof set.expected !== 'string' ? set.expected[path.basename(file)] : undefined;
  const expectedErrors = (listed ?? []).filter((issue) => issue.type === 'error');
  const offlineErrors = set?.network ? expectedErrors.filter((issue) => !NETWORK_ONLY_ERROR.test(issue.description)) : expectedErrors;
  const shouldFail = setName.startsWith('invalid');
  const expectedValid = !shouldFail || offlineErrors.length === 0;

  const result = validatePubliccode(readFileSync(file), { baseDir: path.dirname(file), network: false });
  return {
    file: relative,
    expectedValid,
    actualValid: result.valid,
    networkOnly: shouldFail && expectedValid,
    expectedErrors: expectedErrors.map((issue) => `${issue.key}: ${issue.description}`),
    actualErrors: result.errors.map((issue) => `${issue.key}: ${issue.description}`),
  };
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return yamlFilesUnder(full);
      return /\.ya?ml$/.test(name) ? [full] : [];
    });
}

function verdictWord(valid: boolean): string {
  return valid ? 'valid' : 'invalid';
}

function main(argv: readonly string[]): number {
  const corpusDir = argv[0];
  if (!corpusDir) {
    console.error('usage: node dist/scripts/conformance.js DIR   (DIR contains v0/ and expected.json)');
    return 2;
  }
  const report = runConformance(corpusDir);
  for (const verdict of report.verdicts.filter((candidate) => candidate.networkOnly)) {
    console.log(`note: ${verdict.file}: only network checks fail it upstream, so it is expected valid offline`);
  }
  for (const verdict of report.verdicts.filter((candidate) => candidate.expectedValid !== candidate.actualValid)) {
    console.log(`mismatch: ${verdict.file}: expected ${verdictWord(verdict.expectedValid)}, got ${verdictWord(verdict.actualValid)}`);
    for (const expected of verdict.expectedErrors) console.log(`  expected error  ${expected}`);
    for (const actual of verdict.actualErrors) console.log(`  actual error    ${actual}`);
  }
  console.log(`conformance: ${report.agreeing}/${report.total} verdicts agree with the reference parser`);
  return report.agreeing >= MINIMUM_AGREEMENT ? 0 : 1;
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(invokedPath).href) {
  process.exitCode = main(process.argv.slice(2));
}
