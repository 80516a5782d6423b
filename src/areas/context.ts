import type { Answers } from '../answers/types.js';
import type { Message } from '../i18n/message.js';
import type { Lang } from '../policy/enums.js';
import type { PlannedFile } from './types.js';
import type { TeamFiles } from '../repo/team-files.js';
import type { RepositoryTree } from '../repo/tree.js';

export interface PlanContext {
  answers: Answers;
  /** The answers an earlier run stored, when there was one: what changed since is what gets written into files the team may have edited. */
  previousAnswers?: Answers;
  /** Content of a file already in the target directory, if any. */
  existing(path: string): string | undefined;
  /** The target directory, for checks on files it holds (publiccode.yml logo, screenshots). */
  targetDir?: string;
  /** --yes without --force: every existing file that differs is kept as it is. */
  keepsExisting?: boolean;
  /** The team's own governance files, where ours would be a second copy: ours link to them instead. */
  teamFiles?: TeamFiles;
  /** The target folder as the audit sees it, listed once for the run (else listed when planning). */
  tree?: RepositoryTree;
  /** What an earlier run wrote: codegouv's files, never taken for the team's. */
  previousPaths?: ReadonlySet<string>;
  /** Whether a document now in the folder is codegouv's (regenerated) rather than the team's (completed). */
  codegouvOwns?: (path: string, content: string) => boolean;
  /** Codegouv's earlier output at a path, exactly as that run wrote it (generated-from.ts): the base of a three-way merge. */
  earlierOutput?: (path: string) => string | undefined;
  /** This plan is the earlier run's, computed again to know what it wrote: the team's documents are not completed. */
  earlierRun?: true;
}

export interface AreaPlan {
  files: PlannedFile[];
  /** SPDX ids the files use, so that LICENSES/ holds each text (REUSE). */
  licences: string[];
  /** Things the user must do by hand (said in the interface language). */
  todo: Message[];
}

/** Document languages: the primary one writes `NAME.md`, the other `NAME.<lang>.md`. */
export function documentVariants(answers: Answers): { lang: Lang; suffix: string }[] {
  return answers.languages.map((lang, index) => ({ lang, suffix: index === 0 ? '' : `.${lang}` }));
}

/** The Markdown file name of a governance document in one language. */
export function docName(base: string, answers: Answers, lang: Lang): string {
  const variant = documentVariants(answers).find((v) => v.lang === lang);
  return `${base}${variant?.suffix ?? ''}.md`;
}

export function copyrightOf(answers: Answers): string {
  return `${answers.year} ${answers.administration}`;
}
