import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What the interactive run asks first in an empty folder (French by default). */
const FIRST_QUESTION = 'Administration titulaire des droits';
const TIMEOUT_MS = 20_000;

const quoted = (text: string) => `'${text.replace(/'/gu, `'\\''`)}'`;

/**
 * Milliseconds from the spawn of `codegouv` (interactive, in a pseudo-terminal made by util-linux's
 * `script`) until its first question is on that terminal; undefined when it never appears.
 */
function once(bin: string, cwd: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', `${quoted(process.execPath)} ${quoted(bin)}`, '/dev/null'], { cwd, stdio: ['pipe', 'pipe', 'ignore'], detached: true });
    let seen = '';
    let done = false;
    const finish = (ms: number | undefined) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
      resolve(ms);
    };
    const timer = setTimeout(() => finish(undefined), TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      if (seen.includes(FIRST_QUESTION)) finish(Number(process.hrtime.bigint() - start) / 1e6);
    });
    child.on('error', () => finish(undefined));
    child.on('close', () => finish(undefined));
  });
}

/** One warm-up, then `runs` timed runs, each in a fresh empty folder under `work`. */
export async function firstQuestionTimes(bin: string, work: string, runs: number): Promise<number[] | undefined> {
  const times: number[] = [];
  for (let round = 0; round <= runs; round++) {
    const dir = mkdtempSync(join(work, 'first-question-'));
    const ms = await once(bin, dir);
    rmSync(dir, { recursive: true, force: true });
    if (ms === undefined) return undefined;
    if (round > 0) times.push(ms);
  }
  return times;
}
