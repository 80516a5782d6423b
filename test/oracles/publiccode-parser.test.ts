import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_DIFFERENCES } from '../../src/publiccode/differences.js';
import { validatePubliccode } from '../../src/publiccode/validate.js';
import { completeAnswers, englishFirst, englishTexts, sharedDir } from '../fixtures.js';
import { type Base, MUTATION_KINDS, publiccodeMutants } from './publiccode-mutants.js';
import { type ParserVerdict, parseAll, requireParser } from './publiccode-parser.js';
import { generate } from './tools.js';

const corpus = join(sharedDir, 'publiccode', 'conformance', 'v0');
const MUTANT_COUNT = 1050;
const SEED = 17;
const MINIMUM_AGREEMENT = 0.995;

let parser = '';
beforeAll(() => {
  parser = requireParser();
});

interface Comparison {
  file: string;
  label: string;
  ours: { valid: boolean; errors: string[] };
  theirs: ParserVerdict;
}

function ourVerdict(file: string) {
  const result = validatePubliccode(readFileSync(file), { baseDir: dirname(file), network: false });
  return { valid: result.valid, errors: result.errors.map((issue) => `${issue.key}: ${issue.description}`) };
}

async function compare(files: readonly { file: string; label: string }[]): Promise<Comparison[]> {
  const parsing = parseAll(parser, files.map(({ file }) => file));
  const ours = files.map(({ file }) => ourVerdict(file));
  const theirs = await parsing;
  return files.map(({ file, label }, index) => ({ file, label, ours: ours[index] as Comparison['ours'], theirs: theirs[index] as ParserVerdict }));
}

/** A disagreement is documented when every error behind it is one of KNOWN_DIFFERENCES. */
function documented(comparison: Comparison): string | undefined {
  const accepting = comparison.ours.valid;
  const errors = accepting ? comparison.theirs.errors : comparison.ours.errors;
  const candidates = KNOWN_DIFFERENCES.filter((difference) => difference.ours === (accepting ? 'accepts' : 'rejects'));
  const ids = errors.map((error) => candidates.find((difference) => difference.error.test(error))?.id);
  return errors.length > 0 && ids.every((id) => id !== undefined) ? ids[0] : undefined;
}

function describeComparison(comparison: Comparison): string {
  return `${comparison.label}\n  ours: ${comparison.ours.errors.join(' | ') || 'valid'}\n  parser: ${comparison.theirs.errors.join(' | ') || 'valid'}`;
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return yamlFilesUnder(full);
      return /\.ya?ml$/.test(name) ? [full] : [];
    });
}

const ANSWER_SETS = {
  'fr': completeAnswers(),
  'fr, en': completeAnswers({ languages: ['fr', 'en'], ...englishTexts(), codemeta: true }),
  'en, fr': englishFirst(),
  'Apache-2.0, CI, hook': completeAnswers({ licence: 'Apache-2.0', ci: true, signoffHook: true, repositoryUrl: 'https://gitlab.com/org/projet' }),
};

const generated = new Map<string, string>();
function generatedPubliccode(label: keyof typeof ANSWER_SETS): string {
  let file = generated.get(label);
  if (!file) {
    file = join(generate(ANSWER_SETS[label]), 'publiccode.yml');
    generated.set(label, file);
  }
  return file;
}

describe('the reference parser (italia/publiccode-parser-go) as an oracle', () => {
  it('gives the verdicts of this validator on the conformance corpus, but for the documented differences', async () => {
    const files = yamlFilesUnder(corpus).map((file) => ({ file, label: relative(corpus, file) }));
    expect(files.length).toBeGreaterThan(150);
    const comparisons = await compare(files);
    const disagreements = comparisons.filter((comparison) => comparison.ours.valid !== comparison.theirs.valid);
    const undocumented = disagreements.filter((comparison) => documented(comparison) === undefined);
    console.log(`conformance corpus: ${comparisons.length - disagreements.length}/${comparisons.length} verdicts agree with the parser; ` +
      `documented differences: ${disagreements.map((comparison) => `${comparison.label} (${documented(comparison)})`).join(', ') || 'none'}`);
    expect(undocumented.map(describeComparison)).toEqual([]);
  }, 300_000);

  it.each(Object.keys(ANSWER_SETS) as (keyof typeof ANSWER_SETS)[])('accepts the publiccode.yml generated for answers %s', async (label) => {
    const file = generatedPubliccode(label);
    const [comparison] = await compare([{ file, label }]);
    expect(comparison?.theirs.errors).toEqual([]);
    expect(comparison?.ours.errors).toEqual([]);
  });

  it(`agrees with this validator on ≥ ${MINIMUM_AGREEMENT * 100} % of ${MUTANT_COUNT} mutants and never rejects one it accepts`, async () => {
    const bases: Base[] = [
      ...(Object.keys(ANSWER_SETS) as (keyof typeof ANSWER_SETS)[]).map((label) => ({ name: `generated ${label}`, text: readFileSync(generatedPubliccode(label), 'utf8') })),
      ...['valid.minimal.yml', 'valid_with_fundedBy.yml'].map((name) => ({ name, text: readFileSync(join(corpus, 'valid', name), 'utf8') })),
    ];
    const baseComparisons = await compare(bases.map((base) => {
      const dir = mkdtempSync(join(tmpdir(), 'codegouv-base-'));
      writeFileSync(join(dir, 'publiccode.yml'), base.text);
      return { file: join(dir, 'publiccode.yml'), label: base.name };
    }));
    expect(baseComparisons.filter((comparison) => !comparison.theirs.valid || !comparison.ours.valid).map(describeComparison)).toEqual([]);

    const mutants = publiccodeMutants(bases, MUTANT_COUNT, SEED);
    expect(new Set(mutants.map((mutant) => mutant.kind))).toEqual(new Set(MUTATION_KINDS));
    const root = mkdtempSync(join(tmpdir(), 'codegouv-mutants-'));
    const files = mutants.map((mutant, index) => {
      const dir = join(root, String(index));
      mkdirSync(dir);
      writeFileSync(join(dir, 'publiccode.yml'), mutant.source);
      for (const [path, content] of Object.entries(mutant.files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      return { file: join(dir, 'publiccode.yml'), label: mutant.id };
    });

    const started = Date.now();
    const comparisons = await compare(files);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const weAccept = comparisons.filter((comparison) => comparison.ours.valid && !comparison.theirs.valid);
    const weReject = comparisons.filter((comparison) => !comparison.ours.valid && comparison.theirs.valid);
    const agreeing = comparisons.length - weAccept.length - weReject.length;
    const parserInvalid = comparisons.filter((comparison) => !comparison.theirs.valid).length;
    const undocumentedAccepts = weAccept.filter((comparison) => documented(comparison) === undefined);
    console.log(
      `mutants: ${agreeing}/${comparisons.length} verdicts agree (${((100 * agreeing) / comparisons.length).toFixed(2)} %), ` +
        `${parserInvalid} invalid for the parser; we accept ${weAccept.length} it rejects ` +
        `(${weAccept.length - undocumentedAccepts.length} documented), we reject ${weReject.length} it accepts; ` +
        `compared in ${seconds} s`,
    );
    for (const kind of MUTATION_KINDS) {
      const ofKind = comparisons.filter((_comparison, index) => mutants[index]?.kind === kind);
      const refused = ofKind.filter((comparison) => !comparison.theirs.valid).length;
      const differing = ofKind.filter((comparison) => comparison.ours.valid !== comparison.theirs.valid).length;
      console.log(`  ${kind}: ${ofKind.length} mutants, ${refused} refused by the parser, ${differing} disagreements`);
    }
    for (const comparison of [...weAccept, ...weReject]) console.log(`disagreement (${documented(comparison) ?? 'undocumented'}): ${describeComparison(comparison)}`);

    expect(undocumentedAccepts.map(describeComparison)).toEqual([]);
    expect(agreeing / comparisons.length).toBeGreaterThanOrEqual(MINIMUM_AGREEMENT);
  }, 600_000);
});
