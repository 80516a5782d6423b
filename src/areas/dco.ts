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

/**
 * The French translation of the contribution policy, under the Licence Ouverte 2.0
 * (https://github.com/DISIC/politique-de-contribution-open-source/blob/master/DCO-fr.txt),
 * after a notice that only the English text binds: the translation itself ends by calling the
 * two texts interchangeable, which a contributor must not take for a second certificate. The
 * notice is the administration's text, hence its copyright first (rule H2).
 */
const DCO_FR_PATH = 'DCO-fr.txt';
const DCO_FR_LICENCE = 'etalab-2.0';
const DCO_FR_COPYRIGHT = 'DINSIC (aujourd\'hui DINUM), politique de contribution open source de l\'État';

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
  const frenchAid = answers.languages.includes('fr');
  if (frenchAid) {
    files.push(...annotate(DCO_FR_PATH, template('DCO-fr-avertissement.txt') + template('DCO-fr.txt'), { copyright: [copyrightOf(answers), DCO_FR_COPYRIGHT], licence: DCO_FR_LICENCE }));
  }
  if (answers.signoffHook) {
    files.push(...annotate('.githooks/prepare-commit-msg', template('prepare-commit-msg'), headers, true));
  }
  if (ci) files.push(...ci.files);
  const licences = [DCO_LICENCE_REF, answers.licence, ...(frenchAid ? [DCO_FR_LICENCE] : [])];
  return { files, licences, todo: [...forge.todo, ...(ci?.todo ?? [])] };
}
