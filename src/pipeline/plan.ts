import { readFileSync } from 'node:fs';
import { AREA_REGISTRY } from '../areas/registry.js';
import type { Area } from '../areas/registry.js';
import { filledLicenceText } from '../areas/licence.js';
import { templatePath } from '../support/paths.js';
import type { PlanContext } from '../areas/context.js';
import { copyrightOf } from '../areas/context.js';
import { dep5, unlicensedTeamFiles } from '../areas/reuse-team-files.js';
import { annotate } from '../areas/reuse-annotate.js';
import type { PlannedFile } from '../areas/types.js';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';


/** `LICENSES/<id>.txt`: the SPDX text (placeholders filled), or our own text for a LicenseRef. */
function licenceTextFile(id: string, context: PlanContext): PlannedFile {
  const content = id.startsWith('LicenseRef-')
    ? readFileSync(templatePath(`licences/${id}.txt`), 'utf8')
    : filledLicenceText(id, context.answers);
  return { path: `LICENSES/${id}.txt`, content };
}

/** The team's files without licensing information, declared in .reuse/dep5 rather than edited. */
function planTeamFilesAnnotation(context: PlanContext, generated: ReadonlySet<string>): { file?: PlannedFile; todo: Message[] } {
  const { answers } = context;
  const files = unlicensedTeamFiles(context.targetDir!, new Set([...generated, '.reuse/dep5']));
  if (files.length === 0) return { todo: [] };
  if (context.existing('REUSE.toml') !== undefined) return { todo: [msg('area.reuse.declareInToml', { files: files.join(', ') })] };
  const content = dep5({ projectName: answers.projectName, repositoryUrl: answers.repositoryUrl, files, copyright: copyrightOf(answers), licence: answers.licence });
  return { file: { path: '.reuse/dep5', content }, todo: [] };
}

export interface Plan {
  files: PlannedFile[];
  /** Said in the primary document language. */
  todo: Message[];
}

/** Every file the given areas write, in a stable order, with the licence texts they use. */
export function planAreas(areas: readonly Area[], context: PlanContext): Plan {
  const byPath = new Map<string, PlannedFile>();
  const licences = new Set<string>();
  const todo: Message[] = [];
  for (const area of areas) {
    const plan = AREA_REGISTRY[area].plan(context);
    for (const file of plan.files) byPath.set(file.path, file);
    for (const id of plan.licences) licences.add(id);
    todo.push(...plan.todo);
  }
  // Yeoman's .yo-rc.json is JSON: its licensing goes in a sidecar, under the code licence.
  const sidecar = annotate('.yo-rc.json', '', { copyright: [copyrightOf(context.answers)], licence: context.answers.licence })[1]!;
  byPath.set(sidecar.path, sidecar);
  licences.add(context.answers.licence);
  if (areas.includes('licence') && context.targetDir) {
    // A planned file covers itself if it carries a header or a sidecar (a team's .gitignore with
    // lines appended does not) and will be written: a team's file kept as it is needs the annotation.
    const written = (file: PlannedFile) => [undefined, file.content].includes(context.existing(file.path));
    const covered = [...byPath.values()].filter((file) => (/SPDX-License-Identifier:/.test(file.content) || byPath.has(`${file.path}.license`)) && written(file));
    const annotation = planTeamFilesAnnotation(context, new Set(covered.map((file) => file.path)));
    if (annotation.file) byPath.set(annotation.file.path, annotation.file);
    todo.push(...annotation.todo);
  }
  for (const id of [...licences].sort()) {
    const file = licenceTextFile(id, context);
    byPath.set(file.path, file);
  }
  return { files: [...byPath.values()], todo };
}
