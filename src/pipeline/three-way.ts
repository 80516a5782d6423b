import type { PlanContext } from '../areas/context.js';
import type { PlannedFile } from '../areas/types.js';
import { msg } from '../i18n/message.js';
import type { Message } from '../i18n/message.js';
import { mergeTextsSync } from '../repo/git.js';

/**
 * Written between the conflict markers, in French like the commit messages codegouv writes: the
 * file belongs to a French administration's repository, whatever language the terminal speaks.
 */
const LABELS = { ours: 'vos modifications', base: 'version précédente de codegouv', theirs: 'nouvelle version de codegouv' };

/**
 * Markdown documents are merged section by section against the same exact earlier output
 * (section-update.ts): a policy section the team removed is offered back, a conflict gets no
 * markers (the team's section stays, the new one is shown).
 */
const isDocument = (path: string) => path.endsWith('.md');

/**
 * Files codegouv wrote, that the team edited since and that codegouv's new output changes too
 * (new templates, a new preset, new answers): their planned content becomes the three-way merge
 * of the earlier output, the team's file and the new output (`git merge-file`), so the team's
 * edits stay and codegouv's changes come in. Still written only with consent (--force, or a yes
 * to the conflict question, whose diff shows the merge). A merge with conflicts is written with
 * its markers only with that consent, and listed.
 */
export function withThreeWayMerges(byPath: Map<string, PlannedFile>, context: PlanContext): Message[] {
  const todo: Message[] = [];
  const { earlierOutput, codegouvOwns } = context;
  if (context.earlierRun || !earlierOutput || !codegouvOwns) return todo;
  for (const file of [...byPath.values()]) {
    if (file.completes || isDocument(file.path)) continue;
    const existing = context.existing(file.path);
    if (existing === undefined || existing === file.content || !codegouvOwns(file.path, existing)) continue;
    const base = earlierOutput(file.path);
    // Untouched since (then it is simply updated), or nothing new from codegouv (then the team's edits are the file).
    if (base === undefined || base === existing || base === file.content) continue;
    const merge = mergeTextsSync({ ours: existing, base, theirs: file.content }, LABELS);
    if (!merge) continue;
    byPath.set(file.path, { ...file, content: merge.text, generated: file.content });
    if (merge.conflicts > 0) todo.push(msg('merge.conflicts', { path: file.path, count: merge.conflicts, kept: context.keepsExisting === true }));
    else if (context.keepsExisting && merge.text !== existing) todo.push(msg('merge.wouldMerge', { path: file.path }));
  }
  return todo;
}
