import { readFileSync } from 'node:fs';
import { templatePath } from '../support/paths.js';
import { annotate } from './reuse-annotate.js';
import { toYaml } from '../support/yaml.js';
import { copyrightOf } from './context.js';
import type { AreaPlan, PlanContext } from './context.js';
import type { PlannedFile } from './types.js';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { GITLAB_CI_JOBS_PATH, gitlabRootPipelineWithCi, includesLocal, planCi } from './ci.js';
import { withoutHashHeader } from './reuse-annotate.js';
import { githubDcoAppConfig, githubDcoWorkflow, gitlabDcoJob, gitlabRootPipeline, DCO_CHECK_PATH, GITLAB_DCO_JOB_PATH } from './dco-ci.js';

/** The DCO text is not under an SPDX licence: « changing it is not allowed ». */
const DCO_LICENCE_REF = 'LicenseRef-DCO';
const DCO_COPYRIGHT = '2004, 2006 The Linux Foundation and its contributors';

function template(name: string): string {
  return readFileSync(templatePath(`dco/${name}`), 'utf8');
}

/** A root .gitlab-ci.yml is ours when it is exactly one we write, whatever its header. */
function rootPipelineIsOurs(text: string): boolean {
  const body = withoutHashHeader(text);
  return body === toYaml(gitlabRootPipeline()) || body === toYaml(gitlabRootPipelineWithCi());
}

function forgeFiles(context: PlanContext, headers: { copyright: string[]; licence: string }): { files: PlannedFile[]; todo: Message[] } {
  const { answers } = context;
  if (answers.forge === 'github') {
    return {
      files: [
        ...annotate('.github/workflows/dco.yml', toYaml(githubDcoWorkflow()), headers),
        ...annotate('.github/dco.yml', toYaml(githubDcoAppConfig()), headers),
      ],
      todo: [],
    };
  }
  if (answers.forge === 'gitlab') {
    const files = annotate(GITLAB_DCO_JOB_PATH, toYaml(gitlabDcoJob()), headers);
    const rootPipeline = context.existing('.gitlab-ci.yml');
    if (rootPipeline === undefined || rootPipelineIsOurs(rootPipeline)) {
      const root = answers.ci ? gitlabRootPipelineWithCi() : gitlabRootPipeline();
      files.push(...annotate('.gitlab-ci.yml', toYaml(root), headers));
      return { files, todo: [] };
    }
    const included = rootPipeline.includes(GITLAB_DCO_JOB_PATH);
    return {
      files,
      todo: included ? [] : [msg('area.dco.gitlabInclude', { path: GITLAB_DCO_JOB_PATH })],
    };
  }
  return {
    files: [],
    todo: [msg('area.dco.otherForge', { script: DCO_CHECK_PATH })],
  };
}

export function planDco(context: PlanContext): AreaPlan {
  const { answers } = context;
  const headers = { copyright: [copyrightOf(answers)], licence: answers.licence };
  const forge = forgeFiles(context, headers);
  // The organisation's compliance CI; on GitLab the root pipeline written above includes it.
  const root = context.existing('.gitlab-ci.yml');
  const rootIncludesCi = root === undefined || rootPipelineIsOurs(root) || includesLocal(root, GITLAB_CI_JOBS_PATH);
  const ci = answers.ci ? planCi(context, { rootPipelineIncludesCi: rootIncludesCi }) : undefined;
  const files: PlannedFile[] = [
    ...annotate('DCO', template('DCO.txt'), { copyright: [DCO_COPYRIGHT], licence: DCO_LICENCE_REF }),
    ...annotate(DCO_CHECK_PATH, template('dco-check.sh'), headers, true),
    ...forge.files,
  ];
  if (answers.signoffHook) {
    files.push(...annotate('.githooks/prepare-commit-msg', template('prepare-commit-msg'), headers, true));
  }
  if (ci) files.push(...ci.files);
  return { files, licences: [DCO_LICENCE_REF, answers.licence], todo: [...forge.todo, ...(ci?.todo ?? [])] };
}
