import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { TYPED_ANSWERS, repoRoot, snapshot } from './fixtures.js';

/**
 * The first question of an interactive run is on screen before yeoman-environment is loaded
 * (src/startup/first-question.ts), and answering it there gives the same repository as when the
 * generator asks it. Driven in a real terminal (tmux). The order is proven by a trace, not by
 * timings (`npm run bench` times it): a preload (`--import`) notes when the question is written
 * to the terminal and, through a module resolve hook, each import of yeoman-environment.
 */

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const session = `codegouv-first-${process.pid}`;
const bin = join(repoRoot, 'dist/bin/codegouv.js');
const FIRST = '? Administration titulaire des droits';
const work = mkdtempSync(join(tmpdir(), 'codegouv-first-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The preload: appends `question` when the first question reaches stdout, `yeoman-environment` when it is imported. */
function tracer(trace: string): string {
  const hook = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (resolved.url.includes('/node_modules/yeoman-environment/')) appendFileSync(${JSON.stringify(trace)}, 'yeoman-environment\\n');
  return resolved;
}`;
  const preload = join(work, `tracer-${Date.now()}.mjs`);
  writeFileSync(preload, `import { register } from 'node:module';
import { appendFileSync } from 'node:fs';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  if (String(chunk).includes(${JSON.stringify(FIRST.slice(2))})) appendFileSync(${JSON.stringify(trace)}, 'question\\n');
  return write(chunk, ...rest);
};
`);
  return preload;
}

function screen(): string {
  return execFileSync('tmux', ['capture-pane', '-p', '-J', '-t', session, '-S', '-3000'], { encoding: 'utf8' });
}

function start(dir: string, command: string): void {
  execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '200', '-y', '50', '-c', dir, `HOME=${dir} GIT_CONFIG_NOSYSTEM=1 ${command}; echo EXIT=$?; sleep 600`]);
}

async function waitFor(text: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const current = screen();
    if (current.includes(text)) return current;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${text}. Screen:\n${current}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}


/** Answers every question as it comes until the run ends; returns the last screen. */
async function drive(): Promise<string> {
  let answered = -1;
  const deadline = Date.now() + 180_000;
  for (;;) {
    const current = screen();
    if (/EXIT=\d+/.test(current)) return current;
    const lines = current.split('\n');
    const done = lines.filter((line) => line.startsWith('✔ ')).length;
    const question = lines.findLast((line) => line.startsWith('? '));
    if (question && done > answered) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const typed = TYPED_ANSWERS.find(([pattern]) => pattern.test(question))?.[1];
      answered = done;
      execFileSync('tmux', ['send-keys', '-t', session, ...(typed ? ['C-u', typed, 'Enter'] : ['Enter'])]);
    }
    if (Date.now() > deadline) throw new Error(`The run did not end. Screen:\n${current}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Both runs' folders have the same name: the project's name is inferred from it. */
function emptyGitFolder(run: string): string {
  const dir = join(work, run, 'outil');
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}

describe.skipIf(!hasTmux)('the first question, before Yeoman (tmux)', () => {
  afterEach(() => {
    spawnSync('tmux', ['kill-session', '-t', session]);
  });

  it('is on screen in French before yeoman-environment is imported, asked once, and gives the files the generator gives', async () => {
    const trace = join(work, 'trace');
    const cli = emptyGitFolder('cli');
    start(cli, `NODE_OPTIONS=--import=${pathToFileURL(tracer(trace)).href} ${process.execPath} ${bin}`);
    const first = await waitFor(FIRST);
    expect(first).toContain('(nom exact, ex. Ministère de l\'Intérieur)');
    const end = await drive();
    expect(end).toContain('EXIT=0');
    const events = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
    expect(events[0]).toBe('question');
    expect(events).toContain('yeoman-environment');
    // Asked once: the generator took the answer given before it was loaded.
    expect(end.split('\n').filter((line) => line.startsWith('✔ Administration titulaire'))).toHaveLength(1);

    // The same answers, every question asked by the generator through yeoman-environment.
    spawnSync('tmux', ['kill-session', '-t', session]);
    const generator = emptyGitFolder('generator');
    const runGenerator = pathToFileURL(join(repoRoot, 'dist/src/cli/run-generator.js')).href;
    const script = `import('${runGenerator}').then((m) => m.runGenerator('app', [], { force: false, dryRun: false, bail: false }))`;
    writeFileSync(join(work, 'generator.mjs'), script);
    start(generator, `${process.execPath} ${join(work, 'generator.mjs')}`);
    await waitFor(FIRST);
    expect(await drive()).toContain('EXIT=0');
    const [fromCli, fromGenerator] = [snapshot(cli), snapshot(generator)];
    expect(Object.keys(fromCli).sort()).toEqual(Object.keys(fromGenerator).sort());
    expect(fromCli).toEqual(fromGenerator);
    expect(fromCli['publiccode.yml']).toContain('Direction interministérielle du numérique');
  }, 300_000);
});
