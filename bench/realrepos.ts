/**
 * `check` on the real repositories of the test corpus (French administrations' repositories as
 * compact fixtures, beside the project when it is checked out for development): each one alone,
 * and all of them in one process, against issue 15's targets (0.5 s each, 5 s for the corpus).
 * Skipped with a note when the corpus is not there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const EACH_TARGET_MS = 500;
const CORPUS_TARGET_MS = 5_000;

type Out = (line?: string) => void;

function timed(bin: string, args: string[], cwd: string): number {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, [bin, ...args], { cwd, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export function measureRealRepositories(bin: string, work: string, corpus: string, runs: number, out: Out): void {
  out();
  const materialize = join(corpus, 'materialize.sh');
  if (!existsSync(materialize)) {
    out(`real repositories: skipped (no corpus at ${corpus})`);
    return;
  }
  const dir = join(work, 'realrepos');
  mkdirSync(dir);
  spawnSync('sh', [materialize, dir], { stdio: 'ignore' });
  const names = readdirSync(dir).sort();
  const each = names.map((name) => {
    const ms: number[] = [];
    for (let round = 0; round <= runs; round += 1) {
      const elapsed = timed(bin, ['check', '--json', name], dir);
      if (round > 0) ms.push(elapsed);
    }
    return { name, ms: median(ms) };
  });
  const whole: number[] = [];
  for (let round = 0; round <= runs; round += 1) {
    const elapsed = timed(bin, ['check', '--json', ...names], dir);
    if (round > 0) whole.push(elapsed);
  }
  const slowest = each.reduce((a, b) => (b.ms > a.ms ? b : a), { name: '', ms: 0 });
  const corpusMs = median(whole);
  out(`real repositories: \`codegouv check --json\` on ${names.length} fixtures (medians of ${runs} run(s))`);
  out(`  each alone: median ${median(each.map((row) => row.ms)).toFixed(0)} ms, slowest ${slowest.ms.toFixed(0)} ms (${slowest.name}); target ≤ ${EACH_TARGET_MS} ms: ${slowest.ms <= EACH_TARGET_MS ? 'met' : 'NOT met'}`);
  out(`  all ${names.length} in one process: ${corpusMs.toFixed(0)} ms; target ≤ ${CORPUS_TARGET_MS} ms: ${corpusMs <= CORPUS_TARGET_MS ? 'met' : 'NOT met'}`);
}
