import { parse } from 'yaml';
import { annotate } from './reuse-annotate.js';
import { toYaml } from '../support/yaml.js';
import { copyrightOf } from './context.js';
import type { AreaPlan, PlanContext } from './context.js';
import { DCO_CHECK_PATH, GITLAB_DCO_JOB_PATH } from './dco-ci.js';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';

/**
 * The compliance checks an organisation runs on every repository (`--ci`), on every
 * push and every merge/pull request: DCO sign-off (the shipped `scripts/dco-check.sh`), REUSE
 * lint and publiccode.yml validation by the reference parser with network checks off
 * (https://github.com/italia/publiccode-parser-go, https://reuse.software/, https://developercertificate.org/).
 */
export const GITHUB_CI_WORKFLOW_PATH = '.github/workflows/codegouv.yml';
export const GITLAB_CI_JOBS_PATH = '.gitlab/codegouv.gitlab-ci.yml';

/** Pinned to a major version: the action's major follows reuse's (fsfe/reuse-action README). */
const REUSE_ACTION = 'fsfe/reuse-action@v6';
/** Runs `publiccode-parser` without `-json`, whose exit code is 0 even on errors (https://github.com/italia/publiccode-parser-go). */
const PUBLICCODE_ACTION = 'italia/publiccode-parser-action@v1';
const CHECKOUT_ACTION = 'actions/checkout@v4';
/** Both images have the tool as entrypoint: GitLab needs it cleared to run `script:`. */
const REUSE_IMAGE = 'fsfe/reuse:latest';
const PUBLICCODE_IMAGE = 'italia/publiccode-parser-go:latest';
const GIT_IMAGE = 'alpine/git:latest';
/** Plain `publiccode-parser` exits 1 on errors; `-json` would exit 0 (https://github.com/italia/publiccode-parser-go). */
const PUBLICCODE_COMMAND = 'publiccode-parser -no-network publiccode.yml';
const REUSE_COMMAND = 'reuse lint';

/**
 * Chooses the commit range to check and runs the sign-off check, in POSIX sh, with lines short
 * enough for a literal block (`|`) in both files. It reads:
 * - EVENT_BASE: the pull/merge request base, or the commit the branch pointed to before the
 *   push (all zeros for a new branch or the repository's first push; gone after a force push);
 * - EVENT_HEAD: the commit to check up to;
 * - BRANCH, DEFAULT_BRANCH: the pushed branch (empty for a tag) and the default branch, whose
 *   tip is expected at refs/remotes/origin/$DEFAULT_BRANCH (fetched first when `fetchDefault`).
 * Without a usable base, a branch is checked from where it left the default branch, and the
 * default branch itself (the repository's first push) on its whole history.
 */
function dcoRangeScript(fetchDefault = false): string {
  return [
    'zero=0000000000000000000000000000000000000000',
    'base=${EVENT_BASE:-}',
    'head=$EVENT_HEAD',
    'default=refs/remotes/origin/$DEFAULT_BRANCH',
    'if [ -z "$base" ] || [ "$base" = "$zero" ] ||',
    '  ! git cat-file -e "$base^{commit}" 2>/dev/null; then',
    '  # New branch, first push or force push: check what',
    '  # the branch added to the default branch.',
    '  base=',
    '  if [ "${BRANCH:-}" != "$DEFAULT_BRANCH" ]; then',
    ...(fetchDefault
      ? [
        '    # A branch pipeline fetched only its own branch.',
        '    git fetch -q origin "+refs/heads/$DEFAULT_BRANCH:$default" ||',
        '      true',
      ]
      : []),
    '    base=$(git merge-base "$default" "$head" 2>/dev/null) ||',
    '      base=',
    '  fi',
    'fi',
    'if [ -n "$base" ]; then',
    `  sh ${DCO_CHECK_PATH} "$base..$head"`,
    'else',
    '  # First push of the default branch: its whole history.',
    `  sh ${DCO_CHECK_PATH} "$head"`,
    'fi',
    '',
  ].join('\n');
}

/**
 * GitHub Actions: three jobs, read-only token, no secret, checkout credentials not persisted;
 * event data reach the shell only through `env:`, never through `${{ }}` inside `run:`.
 */
export function githubComplianceWorkflow(): object {
  const checkout = (history: boolean) => ({
    uses: CHECKOUT_ACTION,
    with: history ? { 'fetch-depth': 0, 'persist-credentials': false } : { 'persist-credentials': false },
  });
  return {
    name: 'codegouv',
    on: {
      push: { branches: ['**'] },
      pull_request: { types: ['opened', 'synchronize', 'reopened'] },
      merge_group: { types: ['checks_requested'] },
    },
    permissions: { contents: 'read' },
    jobs: {
      dco: {
        name: 'DCO (Signed-off-by)',
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 10,
        steps: [
          checkout(true),
          {
            name: 'Check the sign-off of every new commit',
            env: {
              EVENT_BASE: '${{ github.event.pull_request.base.sha || github.event.merge_group.base_sha || github.event.before }}',
              EVENT_HEAD: '${{ github.event.pull_request.head.sha || github.event.merge_group.head_sha || github.sha }}',
              BRANCH: '${{ github.ref_name }}',
              DEFAULT_BRANCH: '${{ github.event.repository.default_branch }}',
            },
            run: dcoRangeScript(),
          },
        ],
      },
      reuse: {
        name: 'REUSE',
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 10,
        steps: [checkout(false), { name: 'reuse lint', uses: REUSE_ACTION }],
      },
      publiccode: {
        name: 'publiccode.yml',
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 10,
        steps: [
          checkout(false),
          {
            name: 'Validate publiccode.yml (no network checks)',
            uses: PUBLICCODE_ACTION,
            with: { publiccode: 'publiccode.yml', 'no-network': true },
          },
        ],
      },
    },
  };
}

/** On pushes (branch and tag pipelines) and in merge request pipelines; a fresh list per job, so
 * that the serializer writes no YAML anchor. */
function gitlabRules(): object[] {
  return [
    { if: '$CI_PIPELINE_SOURCE == "merge_request_event"' },
    { if: '$CI_PIPELINE_SOURCE == "push"' },
  ];
}

/**
 * GitLab CI: three jobs with names of their own, so that they never merge with the `dco` job
 * of `.gitlab/dco.gitlab-ci.yml` or with a job of the including pipeline.
 */
export function gitlabComplianceJobs(): object {
  return {
    'codegouv-dco': {
      stage: 'test',
      image: { name: GIT_IMAGE, entrypoint: [''] },
      variables: { GIT_DEPTH: '0' },
      rules: gitlabRules(),
      script: [
        [
          '# Merge request pipelines have no "before" commit, and',
          '# in merged-results ones CI_COMMIT_SHA is the merge result.',
          'mr_base=${CI_MERGE_REQUEST_DIFF_BASE_SHA:-}',
          'mr_head=${CI_MERGE_REQUEST_SOURCE_BRANCH_SHA:-}',
          'EVENT_BASE=${mr_base:-$CI_COMMIT_BEFORE_SHA}',
          'EVENT_HEAD=${mr_head:-$CI_COMMIT_SHA}',
          'BRANCH=${CI_COMMIT_BRANCH:-}',
          'DEFAULT_BRANCH=$CI_DEFAULT_BRANCH',
          dcoRangeScript(true),
        ].join('\n'),
      ],
    },
    'codegouv-reuse': {
      stage: 'test',
      image: { name: REUSE_IMAGE, entrypoint: [''] },
      rules: gitlabRules(),
      script: [REUSE_COMMAND],
    },
    'codegouv-publiccode': {
      stage: 'test',
      image: { name: PUBLICCODE_IMAGE, entrypoint: [''] },
      rules: gitlabRules(),
      script: [PUBLICCODE_COMMAND],
    },
  };
}

/**
 * A root `.gitlab-ci.yml` that runs both the DCO area's job and these checks, for a run that
 * writes `.gitlab-ci.yml` itself (the two files' job names never collide).
 */
export function gitlabRootPipelineWithCi(): object {
  return { include: [{ local: GITLAB_DCO_JOB_PATH }, { local: GITLAB_CI_JOBS_PATH }] };
}

/** Whether a GitLab pipeline's text already includes the local file `path`. */
export function includesLocal(pipeline: string, path: string): boolean {
  const wanted = (entry: unknown): boolean => {
    const local = typeof entry === 'string' ? entry : (entry as { local?: unknown } | null)?.local;
    return typeof local === 'string' && local.replace(/^\.?\//, '') === path;
  };
  try {
    const parsed: unknown = parse(pipeline, { logLevel: 'silent' });
    const include = (parsed as { include?: unknown } | null)?.include;
    if (include === undefined) return false;
    return Array.isArray(include) ? include.some(wanted) : wanted(include);
  } catch {
    return pipeline.includes(path);
  }
}

export interface CiOptions {
  /**
   * True when this run also writes a root `.gitlab-ci.yml` that includes
   * GITLAB_CI_JOBS_PATH (see gitlabRootPipelineWithCi): no todo is needed then.
   */
  rootPipelineIncludesCi?: boolean;
}

function gitlabTodo(context: PlanContext, options: CiOptions): Message[] {
  const root = context.existing('.gitlab-ci.yml');
  if (root === undefined ? options.rootPipelineIncludesCi : includesLocal(root, GITLAB_CI_JOBS_PATH)) return [];
  return [msg(root === undefined ? 'area.ci.gitlabInclude' : 'area.ci.gitlabIncludeKept', { path: GITLAB_CI_JOBS_PATH })];
}

/** The organisation's CI file for the repository's forge (`--ci`). */
export function planCi(context: PlanContext, options: CiOptions = {}): AreaPlan {
  const { answers } = context;
  const headers = { copyright: [copyrightOf(answers)], licence: answers.licence };
  if (answers.forge === 'github') {
    return {
      files: annotate(GITHUB_CI_WORKFLOW_PATH, toYaml(githubComplianceWorkflow()), headers),
      licences: [answers.licence],
      todo: [],
    };
  }
  if (answers.forge === 'gitlab') {
    return {
      files: annotate(GITLAB_CI_JOBS_PATH, toYaml(gitlabComplianceJobs()), headers),
      licences: [answers.licence],
      todo: gitlabTodo(context, options),
    };
  }
  return {
    files: [],
    licences: [],
    todo: [msg('area.ci.otherForge', { script: DCO_CHECK_PATH, reuse: REUSE_COMMAND, publiccode: PUBLICCODE_COMMAND })],
  };
}
