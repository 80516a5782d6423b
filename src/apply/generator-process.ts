import { spawnSync } from 'node:child_process';
import { builtPath } from '../support/paths.js';

/** A headless run takes well under a second; a hung one is killed at this limit. */
const GENERATOR_TIMEOUT_MS = 5 * 60_000;

export type GeneratorRun = { kind: 'done' } | { kind: 'refused'; stderr: string } | { kind: 'failed'; code: string; stderr: string };

/**
 * The generator run headless (`--yes --preset …`) in a scratch clone, as a process of its own:
 * a repository that makes it fail, hang or crash is one line of the fleet's report, never the
 * end of `apply`. Exit 2 is the generator's refusal (missing answers, a file it will not touch).
 */
export function runGenerator(cwd: string, args: readonly string[]): GeneratorRun {
  const bin = builtPath('bin', 'codegouv.js');
  const result = spawnSync(process.execPath, [bin, '--yes', ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: GENERATOR_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 16 * 1024 * 1024,
  });
  const stderr = result.stderr ?? '';
  if (result.status === 0) return { kind: 'done' };
  if (result.status === 2) return { kind: 'refused', stderr };
  return { kind: 'failed', code: result.signal ?? String(result.status ?? result.error?.message), stderr };
}
