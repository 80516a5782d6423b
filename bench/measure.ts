/**
 * Timing of whole processes for the bench: spawn, measure wall time, and interleave the commands
 * round by round so that a change of load on the machine weighs on all of them alike.
 */
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';

export interface Sample {
  ms: number[];
  /** The exit code of the last run. */
  status: number | null;
  /** Every timed run's exit code, to flag a run that ended differently (and so is not comparable). */
  statuses: (number | null)[];
  /** The last run's result, to explain a failure. */
  last: SpawnSyncReturns<string>;
}

export interface Command {
  /** The executable; Node itself when absent. */
  file?: string;
  args: readonly string[];
  /** Added to the bench's own environment. */
  env?: Readonly<Record<string, string>>;
  /** Runs before each run, untimed; gives the working directory. */
  prepare: () => string;
  /** Runs after each run, untimed. */
  cleanup?: (cwd: string) => void;
}

export function run(args: readonly string[], cwd: string, file: string = process.execPath, env?: Readonly<Record<string, string>>): { ms: number; result: SpawnSyncReturns<string> } {
  const start = process.hrtime.bigint();
  // stdin closed, as in CI: a headless run must never wait for a prompt.
  const result = spawnSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, env: env ? { ...process.env, ...env } : process.env });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, result };
}

/**
 * One warm-up round, then `runs` timed rounds; each round runs every command once, so that a
 * change of load on the machine weighs on all of them alike and the ratios stay meaningful.
 */
export function measureRounds(commands: readonly Command[], runs: number): Sample[] {
  const samples: { ms: number[]; statuses: (number | null)[]; last?: SpawnSyncReturns<string> }[] = commands.map(() => ({ ms: [], statuses: [] }));
  for (let round = 0; round <= runs; round++) {
    commands.forEach((command, index) => {
      const cwd = command.prepare();
      const timed = run(command.args, cwd, command.file, command.env);
      command.cleanup?.(cwd);
      const sample = samples[index]!;
      sample.last = timed.result;
      if (round > 0) {
        sample.ms.push(timed.ms);
        sample.statuses.push(timed.result.status);
      }
    });
  }
  return samples.map((sample) => ({ ms: sample.ms, status: sample.last!.status, statuses: sample.statuses, last: sample.last! }));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function firstLine(text: string | undefined): string {
  return (text ?? '').trim().split('\n')[0]?.slice(0, 120) ?? '';
}
