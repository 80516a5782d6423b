/**
 * The anchors `npm run bench` measures codegouv against, all offline (issue 17):
 * - generators people compare it with: create-vite (a dev dependency), cookiecutter and copier
 *   (on PATH or in the Python environment named by CODEGOUV_BENCH_VENV), each writing a small
 *   project into a fresh empty folder without asking anything;
 * - the reference tools `check` stands in for, on the same repository: `reuse lint`,
 *   `licensee detect` and the reference publiccode.yml parser (PUBLICCODE_PARSER).
 * A tool that is missing becomes a « skipped » line saying how to install it.
 */
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from './measure.js';
import { writeCookiecutterTemplate, writeCopierTemplate } from './templates.js';

export interface Anchor {
  label: string;
  command: Command;
  /** Which executable ran, for the note column. */
  note: string;
}

export interface Anchors {
  anchors: Anchor[];
  /** One line per tool that is missing, with how to install it. */
  skipped: string[];
}

const VENV_HINT = 'python3 -m venv /tmp/codegouv-bench-venv && /tmp/codegouv-bench-venv/bin/pip install cookiecutter copier, then CODEGOUV_BENCH_VENV=/tmp/codegouv-bench-venv npm run bench';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `name` in the Python environment named by CODEGOUV_BENCH_VENV, else on PATH. */
export function findExecutable(name: string): string | undefined {
  const venv = process.env.CODEGOUV_BENCH_VENV;
  const dirs = [...(venv ? [join(venv, 'bin')] : []), ...(process.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '')];
  return dirs.map((dir) => join(dir, name)).find(executable);
}

/** create-vite's command line that never prompts, whatever stdin is (its `--help`). */
export const CREATE_VITE_ARGS = ['my-app', '--template', 'vanilla', '--no-interactive', '--no-immediate'] as const;

export function createViteBin(): string {
  return fileURLToPath(import.meta.resolve('create-vite/index.js'));
}

/** Each run of a generator starts in a fresh empty folder, removed after the run. */
function freshFolders(parent: string): Pick<Command, 'prepare' | 'cleanup'> {
  mkdirSync(parent, { recursive: true });
  return {
    prepare: () => mkdtempSync(join(parent, 'run-')),
    cleanup: (dir) => rmSync(dir, { recursive: true, force: true }),
  };
}

/** create-vite, cookiecutter and copier, each generating a small project under `work`. */
export function generatorAnchors(work: string): Anchors {
  const anchors: Anchor[] = [];
  const skipped: string[] = [];
  const createVite = createViteBin();
  anchors.push({ label: 'create-vite --template vanilla', command: { args: [createVite, ...CREATE_VITE_ARGS], ...freshFolders(join(work, 'create-vite')) }, note: '' });

  const cookiecutter = findExecutable('cookiecutter');
  if (cookiecutter) {
    const template = join(work, 'cookiecutter-template');
    writeCookiecutterTemplate(template);
    // Replays and downloaded templates go to the work folder, not to the home folder.
    const config = join(work, 'cookiecutter-config.yaml');
    writeFileSync(config, `cookiecutters_dir: ${JSON.stringify(join(work, 'cookiecutters'))}\nreplay_dir: ${JSON.stringify(join(work, 'cookiecutter-replay'))}\n`);
    anchors.push({ label: 'cookiecutter --no-input (10 files)', command: { file: cookiecutter, args: ['--no-input', template], env: { COOKIECUTTER_CONFIG: config }, ...freshFolders(join(work, 'cookiecutter')) }, note: cookiecutter });
  } else skipped.push(`cookiecutter: skipped, not found on PATH${process.env.CODEGOUV_BENCH_VENV ? ' nor in $CODEGOUV_BENCH_VENV/bin' : ''} (${VENV_HINT})`);

  const copier = findExecutable('copier');
  if (copier) {
    const template = join(work, 'copier-template');
    writeCopierTemplate(template);
    anchors.push({ label: 'copier copy --defaults (10 files)', command: { file: copier, args: ['copy', '--defaults', '--trust', '--quiet', template, 'mon-projet'], ...freshFolders(join(work, 'copier')) }, note: copier });
  } else skipped.push(`copier: skipped, not found on PATH${process.env.CODEGOUV_BENCH_VENV ? ' nor in $CODEGOUV_BENCH_VENV/bin' : ''} (${VENV_HINT})`);
  return { anchors, skipped };
}

/** `reuse lint`, `licensee detect` and the reference publiccode.yml parser on `repository` (a folder in `cwd`). */
export function referenceTools(cwd: string, repository: string): Anchors {
  const anchors: Anchor[] = [];
  const skipped: string[] = [];
  const stay = () => cwd;
  const reuse = findExecutable('reuse') ?? (process.env.REUSE_CURRENT && executable(process.env.REUSE_CURRENT) ? process.env.REUSE_CURRENT : undefined);
  if (reuse) anchors.push({ label: `reuse lint (${repository})`, command: { file: reuse, args: ['--root', repository, 'lint'], prepare: stay }, note: reuse });
  else skipped.push('reuse lint: skipped, no reuse on PATH nor in $REUSE_CURRENT (apt-get install reuse, or python3 -m venv /tmp/reuse && /tmp/reuse/bin/pip install reuse and REUSE_CURRENT=/tmp/reuse/bin/reuse)');
  const licensee = findExecutable('licensee');
  if (licensee) anchors.push({ label: `licensee detect (${repository})`, command: { file: licensee, args: ['detect', repository], prepare: stay }, note: licensee });
  else skipped.push('licensee detect: skipped, no licensee on PATH (apt-get install ruby-licensee, or gem install licensee)');
  const parser = process.env.PUBLICCODE_PARSER;
  if (parser && executable(parser)) {
    anchors.push({ label: `publiccode-parser (${repository})`, command: { file: parser, args: ['-no-network', '-path', repository, join(repository, 'publiccode.yml')], prepare: stay }, note: parser });
  } else skipped.push(`publiccode-parser: skipped, ${parser ? `$PUBLICCODE_PARSER (${parser}) is not executable` : 'no $PUBLICCODE_PARSER'} (build https://github.com/italia/publiccode-parser-go with go build -o DEST/publiccode-parser ./publiccode-parser, then PUBLICCODE_PARSER=DEST/publiccode-parser)`);
  return { anchors, skipped };
}
