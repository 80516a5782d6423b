import { readFileSync } from 'node:fs';
import { AREA_REGISTRY } from '../areas/registry.js';
import type { Area } from '../areas/registry.js';
import { filledLicenceText, licenceFilePaths, mainLicenceFileName } from '../areas/licence.js';
import { DOCUMENT_BASES } from '../areas/documents.js';
import { docName, documentVariants } from '../areas/context.js';
import type { Answers } from '../answers/types.js';
import { loadTreeSync } from '../repo/tree.js';
import { detectLicence } from '../licence/detect.js';
import { textIdOf } from '../policy/licences.js';
import type { RepositoryTree } from '../repo/tree.js';
import { type TeamFileKind, type TeamFiles, teamFileKind, teamFilesOf } from '../repo/team-files.js';
import { isCranLicenceStub } from '../repo/cran-licence-stub.js';
import { templatePath } from '../support/paths.js';
import type { PlanContext } from '../areas/context.js';
import { copyrightOf } from '../areas/context.js';
import { sortForReuseToml } from '../areas/reuse-team-files.js';
import { reuseToml, teamGroups, undeclaredSnippet } from '../areas/reuse-toml.js';
import type { ExclusionClass } from '../areas/reuse-toml-exclusions.js';
import { historyYears } from '../repo/history-years.js';
import { annotate } from '../areas/reuse-annotate.js';
import type { PlannedFile } from '../areas/types.js';
import { teamCompletion } from './team-completion.js';
import { withSectionUpdates } from './section-update.js';
import { withThreeWayMerges } from './three-way.js';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';


/** `LICENSES/<id>.txt`: the SPDX text (placeholders filled), or our own text for a LicenseRef. */
function licenceTextFile(id: string, context: PlanContext): PlannedFile {
  const content = id.startsWith('LicenseRef-')
    ? readFileSync(templatePath(`licences/${id}.txt`), 'utf8')
    : filledLicenceText(id, context.answers);
  return { path: `LICENSES/${id}.txt`, content };
}

/** The years of the repository's history, else the answer's year, then the administration. */
function historyCopyright(context: PlanContext): string {
  const span = context.targetDir ? historyYears(context.targetDir) : undefined;
  const years = !span ? String(context.answers.year) : span.first === span.last ? String(span.first) : `${span.first}-${span.last}`;
  return `${years} ${context.answers.administration}`;
}

/**
 * The team's files without licensing information, declared in REUSE.toml rather than edited;
 * what codegouv cannot attribute (third-party code, fonts, images, data, files with their own
 * notice) is left uncovered and listed for the team to declare.
 */
function planTeamFilesAnnotation(context: PlanContext, tree: RepositoryTree, generated: ReadonlySet<string>): { file?: PlannedFile; todo: Message[]; licences?: string[] } {
  const sorted = sortForReuseToml(tree, new Set([...generated, 'REUSE.toml']), { holder: context.answers.administration, licence: context.answers.licence });
  const counts = new Map<ExclusionClass, number>();
  for (const file of sorted.undeclared) counts.set(file.class, (counts.get(file.class) ?? 0) + 1);
  const todo: Message[] = sorted.undeclared.length === 0 ? [] : [msg('reuseToml.undeclared', {
    count: sorted.undeclared.length,
    classes: [...counts].map(([kind, count]) => msg(`reuseToml.class.${kind}`, { count })),
    snippet: undeclaredSnippet(sorted),
  })];
  if (sorted.team.length === 0) return { todo };
  const groups = teamGroups(sorted, { code: context.answers.licence, docs: context.answers.docsLicence }, (path) => tree.bytes(path)?.length === 0);
  const globs = groups.flatMap((group) => group.globs);
  // Its own header too, as every file codegouv writes: reuse 1.x, which cannot read REUSE.toml, then still finds it licensed.
  const [annotated] = annotate('REUSE.toml', reuseToml({ groups, copyright: historyCopyright(context) }), {
    copyright: [copyrightOf(context.answers)],
    licence: context.answers.licence,
  });
  const content = annotated!.content;
  // A REUSE.toml an earlier run wrote is ours to update; the team's own is theirs. Without
  // previousPaths this plan is the earlier run's, computed again: an existing REUSE.toml is ours
  // only if it is still exactly what that run wrote (a team's file beside an old .yo-rc.json is not).
  const existing = context.existing('REUSE.toml');
  const theirs = existing !== undefined && (context.previousPaths === undefined ? existing !== content : !context.previousPaths.has('REUSE.toml'));
  if (theirs) return { todo: [msg('area.reuse.declareInToml', { files: globs.join(', ') }), ...todo] };
  if (tree.has('.reuse/dep5')) return { todo: [msg('reuseToml.dep5Present', { globs: globs.join(', ') }), ...todo] };
  return { file: { path: 'REUSE.toml', content }, todo, licences: groups.map((group) => group.licence) };
}

export interface Plan {
  files: PlannedFile[];
  /** Said in the interface language. */
  todo: Message[];
  /** What the section-wise update of a document did or would do: said even for another area's document (part of `todo`). */
  sectionUpdates: Message[];
}

/** The paths codegouv writes for each kind of governance file, given the answers. */
function ourPaths(answers: Answers, previousPaths: ReadonlySet<string>): (kind: TeamFileKind) => ReadonlySet<string> {
  return (kind) => {
    const now = kind === 'licence' ? licenceFilePaths(answers)
      : kind === 'dco' ? ['DCO']
      : documentVariants(answers).map(({ lang }) => docName(DOCUMENT_BASES[kind], answers, lang));
    // What an earlier run wrote (LICENSE before a switch to the LGPL's COPYING files) is ours too.
    return new Set([...now, ...previousPaths]);
  };
}

/**
 * Files of a kind the team already has elsewhere (`.github/CONTRIBUTING.md`, `LICENSE.txt`,
 * `contributing.md`, `DCO.md`) are not written: a second copy would contradict the first and, for
 * names that differ only in case, collide on case-insensitive file systems.
 */
function withoutSecondCopies(byPath: Map<string, PlannedFile>, team: TeamFiles, teamLicence: string | undefined, context: PlanContext): Message[] {
  const todo: Message[] = [];
  const reported = new Set<TeamFileKind>();
  for (const path of [...byPath.keys()]) {
    const kind = teamFileKind(path);
    const theirs = kind && team[kind];
    const existing = context.existing(path);
    // R's `LICENSE` of fields beside the full text is the package's, required by CRAN as it is.
    if (kind === 'licence' && existing !== undefined && isCranLicenceStub(existing)) {
      const planned = byPath.get(path);
      byPath.delete(path);
      byPath.delete(`${path}.license`);
      // Without the full text beside it, it goes where R packages keep it (usethis writes LICENSE.md).
      const beside = `${path}.md`;
      if (!theirs && planned && context.existing(beside) === undefined) byPath.set(beside, { ...planned, path: beside });
      todo.push(msg('area.licence.cranStub', { path, theirs: theirs || beside }));
      continue;
    }
    // A file already at our path is the sync's business (kept, or replaced with consent).
    if (!kind || !theirs || existing !== undefined) continue;
    byPath.delete(path);
    byPath.delete(`${path}.license`);
    if (reported.has(kind)) continue;
    reported.add(kind);
    todo.push(msg('area.team.kept', { path, theirs }));
    // Their licence text says which licence the project is under: an answer saying otherwise is reported, not applied.
    const found = kind === 'licence' ? teamLicence : undefined;
    if (found && found !== textIdOf(context.answers.licence)) todo.push(msg('area.licence.mismatch', { path: theirs, found, wanted: context.answers.licence }));
  }
  return todo;
}

/**
 * A document the team wrote (where codegouv would write its own, or elsewhere) is theirs: never
 * replaced, only completed with the sections the policy asks and it lacks, with consent.
 */
function withTeamDocumentsCompleted(byPath: Map<string, PlannedFile>, input: Parameters<typeof teamCompletion>[0], context: PlanContext): Message[] {
  const completion = teamCompletion(input);
  for (const path of completion.complete) {
    byPath.delete(path);
    byPath.delete(`${path}.license`);
  }
  for (const file of completion.files) {
    byPath.set(file.path, file);
    byPath.delete(`${file.path}.license`);
  }
  return context.keepsExisting ? completion.todo : [];
}

/**
 * The licence text the repository holds once the run is over: the team's own file, or the one
 * at codegouv's path that a --yes run keeps. REUSE.toml declares the team's files under the
 * answer's licence only when that text is the same licence: otherwise the declaration would be
 * false (a kept MIT `LICENSE` under an Apache-2.0 answer, an LGPL-2.1 `COPYING.LGPLv2.1`).
 */
function stayingLicenceText(byPath: ReadonlyMap<string, PlannedFile>, team: TeamFiles, teamLicence: string | undefined, context: PlanContext): { matches: boolean; path: string } {
  const ours = mainLicenceFileName(context.answers);
  const planned = byPath.get(ours);
  const existing = context.existing(ours);
  const kept = existing !== undefined && existing !== planned?.content && context.keepsExisting && !isCranLicenceStub(existing);
  if (!team.licence && !kept) return { matches: true, path: ours };
  const found = team.licence ? teamLicence : detectLicence(existing ?? '')?.id;
  return { matches: found !== undefined && textIdOf(found) === textIdOf(context.answers.licence), path: team.licence ?? ours };
}

/** A team's file that the plan only appends to (a .gitignore with codegouv's patterns added): completed, not replaced. */
function addsOnlyToTeamFile(file: PlannedFile, context: PlanContext): boolean {
  const existing = context.existing(file.path);
  return existing !== undefined && existing !== '' && file.content !== existing && file.content.startsWith(existing) && context.codegouvOwns?.(file.path, existing) !== true;
}

/** Every file the given areas write, in a stable order, with the licence texts they use. */
export function planAreas(areas: readonly Area[], planContext: PlanContext): Plan {
  const tree = planContext.tree ?? (planContext.targetDir ? loadTreeSync(planContext.targetDir) : undefined);
  const teamFiles = tree ? teamFilesOf(tree, ourPaths(planContext.answers, planContext.previousPaths ?? new Set())) : {};
  const context: PlanContext = { ...planContext, teamFiles };
  const byPath = new Map<string, PlannedFile>();
  const licences = new Set<string>();
  const todo: Message[] = [];
  for (const area of areas) {
    const plan = AREA_REGISTRY[area].plan(context);
    for (const file of plan.files) byPath.set(file.path, file);
    for (const id of plan.licences) licences.add(id);
    todo.push(...plan.todo);
  }
  const sectionUpdates = [...withThreeWayMerges(byPath, context), ...withSectionUpdates(byPath, areas, context)];
  todo.push(...sectionUpdates);
  const primary = context.answers.languages[0] ?? 'fr';
  const ours = Object.fromEntries((['readme', 'contributing', 'security'] as const).map((kind) => [kind, byPath.get(docName(DOCUMENT_BASES[kind], context.answers, primary))?.content]));
  // The team's licence text, compared with the SPDX texts once for both uses below.
  const teamLicence = teamFiles.licence ? detectLicence(context.existing(teamFiles.licence) ?? '')?.id : undefined;
  todo.push(...withoutSecondCopies(byPath, teamFiles, teamLicence, context));
  if (tree && !context.earlierRun) todo.push(...withTeamDocumentsCompleted(byPath, { tree, areas, lang: primary, ours, administration: context.answers.administration, owned: context.codegouvOwns ?? (() => false) }, context));
  // Yeoman's .yo-rc.json is JSON: its licensing goes in a sidecar, under the code licence.
  const sidecar = annotate('.yo-rc.json', '', { copyright: [copyrightOf(context.answers)], licence: context.answers.licence })[1]!;
  byPath.set(sidecar.path, sidecar);
  licences.add(context.answers.licence);
  const staying = stayingLicenceText(byPath, teamFiles, teamLicence, context);
  if (areas.includes('licence') && tree && staying.matches) {
    // A planned file covers itself if it carries a header or a sidecar (a team's .gitignore with
    // lines appended does not) and will be written: a team's file kept as it is needs the annotation.
    const written = (file: PlannedFile) => [undefined, file.content].includes(context.existing(file.path));
    const covered = [...byPath.values()].filter((file) => (/SPDX-License-Identifier:/.test(file.content) || byPath.has(`${file.path}.license`)) && written(file));
    const annotation = planTeamFilesAnnotation(context, tree, new Set(covered.map((file) => file.path)));
    if (annotation.file) byPath.set(annotation.file.path, annotation.file);
    for (const id of annotation.licences ?? []) licences.add(id);
    todo.push(...annotation.todo);
  } else if (areas.includes('licence') && tree) {
    const existing = context.existing('REUSE.toml');
    // An earlier run's REUSE.toml stays as it is (it still says the kept licence), not obsolete.
    if (existing !== undefined && context.previousPaths?.has('REUSE.toml')) byPath.set('REUSE.toml', { path: 'REUSE.toml', content: existing });
    if (existing === undefined) todo.push(msg('area.reuse.licenceMismatch', { path: staying.path, wanted: context.answers.licence }));
  }
  for (const id of [...licences].sort()) {
    const file = licenceTextFile(id, context);
    byPath.set(file.path, file);
  }
  return { files: [...byPath.values()].map((file) => (addsOnlyToTeamFile(file, context) ? { ...file, completes: true as const } : file)), todo, sectionUpdates };
}
