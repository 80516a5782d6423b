import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { TYPED_ANSWERS, repoRoot, snapshot } from './fixtures.js';
import { TerminalSession, hasTmux } from './terminal-session.js';

/**
 * The first question of an interactive run is on screen before yeoman-environment is loaded
 * (src/startup/first-question.ts), and answering it there gives the same repository as when the
 * generator asks it. Driven in a real terminal (tmux). The order is proven by a trace, not by
 * timings (`npm run bench` times it): a preload (`--import`) notes when the question is written
 * to the terminal and, through a module resolve hook, each import of yeoman-environment.
 */

const terminal = new TerminalSession(`codegouv-first-${process.pid}`);
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

/** What a person types at each question: the fixture's answer where the default is not enough, Enter elsewhere. */
function typeAnswers(question: string): string[] {
  const typed = TYPED_ANSWERS.find(([pattern]) => pattern.test(question))?.[1];
  return typed ? ['C-u', typed, 'Enter'] : ['Enter'];
}

/** Both runs' folders have the same name: the project's name is inferred from it. */
function emptyGitFolder(run: string): string {
  const dir = join(work, run, 'outil');
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}

describe.skipIf(!hasTmux)('the first question, before Yeoman (tmux)', () => {
  afterEach(() => terminal.kill());

  it('is on screen in French before yeoman-environment is imported, asked once, and gives the files the generator gives', async () => {
    const trace = join(work, 'trace');
    const cli = emptyGitFolder('cli');
    terminal.start(cli, `NODE_OPTIONS=--import=${pathToFileURL(tracer(trace)).href} ${process.execPath} ${bin}`);
    const first = await terminal.waitFor(FIRST, 30_000, 50);
    expect(first).toContain('(nom exact, ex. Ministère de l\'Intérieur)');
    const end = await terminal.drive(typeAnswers);
    expect(end).toContain('EXIT=0');
    const events = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
    expect(events[0]).toBe('question');
    expect(events).toContain('yeoman-environment');
    // Asked once: the generator took the answer given before it was loaded.
    expect(end.split('\n').filter((line) => line.startsWith('✔ Administration titulaire'))).toHaveLength(1);

    // The same answers, every question asked by the generator through yeoman-environment.
    terminal.kill();
    const generator = emptyGitFolder('generator');
    const runGenerator = pathToFileURL(join(repoRoot, 'dist/src/cli/run-generator.js')).href;
    const script = `import('${runGenerator}').then((m) => m.runGenerator('app', [], { force: false, dryRun: false, bail: false }))`;
    writeFileSync(join(work, 'generator.mjs'), script);
    terminal.start(generator, `${process.execPath} ${join(work, 'generator.mjs')}`);
    await terminal.waitFor(FIRST, 30_000, 50);
    expect(await terminal.drive(typeAnswers)).toContain('EXIT=0');
    const [fromCli, fromGenerator] = [snapshot(cli), snapshot(generator)];
    expect(Object.keys(fromCli).sort()).toEqual(Object.keys(fromGenerator).sort());
    expect(fromCli).toEqual(fromGenerator);
    expect(fromCli['publiccode.yml']).toContain('Direction interministérielle du numérique');
  }, 300_000);
});
