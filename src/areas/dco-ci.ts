/** The sign-off check shipped in every generated repository, called by each forge's job. */
export const DCO_CHECK_PATH = 'scripts/dco-check.sh';
export const GITLAB_DCO_JOB_PATH = '.gitlab/dco.gitlab-ci.yml';

/**
 * GitHub Actions: no third-party action, no secret, read-only token; pull request data reach
 * the shell only through environment variables, never through `${{ }}` inside `run:`.
 */
export function githubDcoWorkflow(): object {
  return {
    name: 'DCO',
    on: { pull_request: { types: ['opened', 'synchronize', 'reopened'] } },
    permissions: { contents: 'read' },
    jobs: {
      dco: {
        name: 'Signed-off-by',
        'runs-on': 'ubuntu-latest',
        steps: [
          { uses: 'actions/checkout@v4', with: { 'fetch-depth': 0, 'persist-credentials': false } },
          {
            name: 'Check the sign-off of every commit',
            env: {
              BASE_SHA: '${{ github.event.pull_request.base.sha }}',
              HEAD_SHA: '${{ github.event.pull_request.head.sha }}',
            },
            run: `sh ${DCO_CHECK_PATH} "$BASE_SHA..$HEAD_SHA"`,
          },
        ],
      },
    },
  };
}

/** The DCO GitHub App's configuration, with only its three documented keys (dcoapp/app README). */
export function githubDcoAppConfig(): object {
  return {
    require: { members: true },
    allowRemediationCommits: { individual: true, thirdParty: false },
  };
}

export function gitlabDcoJob(): object {
  return {
    dco: {
      stage: 'test',
      image: { name: 'alpine/git:latest', entrypoint: [''] },
      variables: { GIT_DEPTH: '0' },
      rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }],
      script: [
        // In merged-results pipelines CI_COMMIT_SHA is the merge result: check the source branch head.
        'export DCO_HEAD="${CI_MERGE_REQUEST_SOURCE_BRANCH_SHA:-$CI_COMMIT_SHA}"',
        `sh ${DCO_CHECK_PATH} "$CI_MERGE_REQUEST_DIFF_BASE_SHA..$DCO_HEAD"`,
      ],
    },
  };
}

export function gitlabRootPipeline(): object {
  return { include: [{ local: GITLAB_DCO_JOB_PATH }] };
}
