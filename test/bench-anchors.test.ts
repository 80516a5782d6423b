import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CREATE_VITE_ARGS, createViteBin, findExecutable } from '../bench/anchors.js';
import { TEMPLATE_FILE_PATHS, TEMPLATE_VARIABLES, writeCookiecutterTemplate, writeCopierTemplate } from '../bench/templates.js';

/**
 * The bench's anchors do real work without asking anything: the templates it writes for
 * cookiecutter and copier are valid (each file only names declared variables), and create-vite's
 * command line is its non-interactive one. When cookiecutter or copier is installed (on PATH or in
 * CODEGOUV_BENCH_VENV), it renders the template with its defaults.
 */

const work = mkdtempSync(join(tmpdir(), 'codegouv-bench-anchors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The variable names a Jinja text refers to as `{{ prefix.name }}`. */
function references(text: string, prefix: string): string[] {
  return [...text.matchAll(/\{\{ *([\w.]+) *\}\}/gu)].map((match) => match[1]!).map((name) => (name.startsWith(prefix) ? name.slice(prefix.length) : `?${name}`));
}

const variables = Object.keys(TEMPLATE_VARIABLES).sort();
const expectedFiles = [...TEMPLATE_FILE_PATHS].sort();

describe('bench anchors: cookiecutter template', () => {
  const dir = join(work, 'cookiecutter-template');
  writeCookiecutterTemplate(dir);
  const project = join(dir, '{{cookiecutter.project_slug}}');

  it('declares every variable in cookiecutter.json, and its files name only those', () => {
    const declared = JSON.parse(readFileSync(join(dir, 'cookiecutter.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(declared).sort()).toEqual(variables);
    expect(filesUnder(project)).toEqual(expectedFiles);
    expect(expectedFiles).toHaveLength(10);
    const used = new Set(expectedFiles.flatMap((path) => references(readFileSync(join(project, path), 'utf8'), 'cookiecutter.')));
    expect([...used].filter((name) => !(name in declared))).toEqual([]);
    expect(used.size).toBeGreaterThan(3);
  });

  const cookiecutter = findExecutable('cookiecutter');
  it.skipIf(!cookiecutter)('renders with cookiecutter --no-input', () => {
    const out = join(work, 'cookiecutter-out');
    // Its replays go to the scratch folder, not to the home folder.
    const config = join(work, 'cookiecutter-config.yaml');
    writeFileSync(config, `replay_dir: ${JSON.stringify(join(work, 'replay'))}\n`);
    const result = spawnSync(cookiecutter!, ['--no-input', '--output-dir', out, dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000, env: { ...process.env, COOKIECUTTER_CONFIG: config } });
    expect(result.status, result.stderr).toBe(0);
    const rendered = join(out, TEMPLATE_VARIABLES.project_slug);
    expect(filesUnder(rendered)).toEqual(expectedFiles);
    expect(readFileSync(join(rendered, 'README.md'), 'utf8')).toContain(TEMPLATE_VARIABLES.administration);
  });
});

describe('bench anchors: copier template', () => {
  const dir = join(work, 'copier-template');
  writeCopierTemplate(dir);

  it('declares every variable as a question with a default in copier.yml, and its files name only those', () => {
    const questions = parse(readFileSync(join(dir, 'copier.yml'), 'utf8')) as Record<string, { type: string; default: string }>;
    expect(Object.keys(questions).sort()).toEqual(variables);
    for (const [name, question] of Object.entries(questions)) expect(question).toEqual({ type: 'str', default: TEMPLATE_VARIABLES[name as keyof typeof TEMPLATE_VARIABLES] });
    expect(filesUnder(dir)).toEqual(['copier.yml', ...expectedFiles.map((path) => `${path}.jinja`)].sort());
    const used = new Set(expectedFiles.flatMap((path) => references(readFileSync(join(dir, `${path}.jinja`), 'utf8'), '')));
    expect([...used].filter((name) => !(name in questions))).toEqual([]);
  });

  const copier = findExecutable('copier');
  it.skipIf(!copier)('renders with copier copy --defaults', () => {
    const out = join(work, 'copier-out');
    const result = spawnSync(copier!, ['copy', '--defaults', '--trust', '--quiet', dir, out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(filesUnder(out)).toEqual(expectedFiles);
    expect(readFileSync(join(out, 'publiccode.yml'), 'utf8')).toContain(`name: ${TEMPLATE_VARIABLES.project_name}`);
  });
});

describe('bench anchors: create-vite', () => {
  it('is run with the flags its --help gives for a run that never prompts nor installs', () => {
    const help = spawnSync(process.execPath, [createViteBin(), '--help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    expect(help.status).toBe(0);
    for (const flag of ['--no-interactive', '--no-immediate', '--template']) {
      expect(help.stdout).toContain(flag);
      expect(CREATE_VITE_ARGS).toContain(flag);
    }
  });

  it('writes its vanilla project into an empty folder, stdin closed', () => {
    const cwd = mkdtempSync(join(work, 'create-vite-'));
    const result = spawnSync(process.execPath, [createViteBin(), ...CREATE_VITE_ARGS], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    expect(result.status).toBe(0);
    const project = join(cwd, CREATE_VITE_ARGS[0]);
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'))).toMatchObject({ name: 'my-app' });
    // The vanilla template is JavaScript (main.js), not the TypeScript default a wrong name falls back to.
    expect(existsSync(join(project, 'src', 'main.js'))).toBe(true);
  });
});
