import type { PlanContext } from '../areas/context.js';
import { AREA_REGISTRY } from '../areas/registry.js';
import type { Area } from '../areas/registry.js';
import type { PlannedFile } from '../areas/types.js';
import { type Message, msg } from '../i18n/message.js';
import { type Section, sectionsOf } from '../repo/markdown-sections.js';
import { TEAM_SECTIONS } from '../areas/team-sections.js';
import { mergeTextsSync } from '../repo/git.js';

/**
 * A document codegouv wrote and the team then edited (a section added, a sentence changed) is
 * updated section by section when an answer changes: each section still as the earlier answers
 * wrote it takes what the new answers write, every other byte stays the team's.
 */

export interface SectionUpdate {
  /** The current document with the sections it still has as generated replaced by the new ones. */
  content: string;
  /** Headings of the sections the new answers change, replaced. */
  updated: string[];
  /** Headings of the sections the new answers change but the team edited: kept as they are. */
  notUpdated: string[];
  /** What the new answers write in those sections, for the team to carry over by hand. */
  wanted: string;
}

/** Which new section takes the place of each earlier one: the same heading, else the same place in a document of the same shape. */
function counterparts(previous: readonly Section[], next: readonly Section[]): Map<Section, Section | undefined> {
  const byKey = new Map(next.map((part) => [part.key, part]));
  const claimed = new Set<Section>();
  const map = new Map<Section, Section | undefined>();
  for (const part of previous) {
    const same = byKey.get(part.key);
    if (same) claimed.add(same);
    map.set(part, same);
  }
  if (previous.length === next.length) {
    previous.forEach((part, index) => {
      if (map.get(part) === undefined && !claimed.has(next[index]!)) {
        claimed.add(next[index]!);
        map.set(part, next[index]);
      }
    });
  }
  return map;
}

const nameOf = (part: Section) => (part.key === '<spdx>' ? 'SPDX' : part.key === '<top>' ? '' : part.heading);

/**
 * `current` updated from `previous` (what the earlier answers write) to `next` (what the new
 * answers write), section by section: a section of `current` identical to the earlier output's
 * (line ends and trailing blank lines aside) is replaced by the new output's; any other is the
 * team's and stays byte for byte. A section only the new answers write, or one the team removed
 * (not the title), is inserted after the one that precedes it in the new output; one they no
 * longer write goes, if the team left it as generated.
 */
export function updateSections(current: string, previous: string, next: string): SectionUpdate {
  const bom = current.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = current.slice(bom.length);
  const crlf = body.split('\r\n').length - 1;
  const eol = crlf > body.split('\n').length - 1 - crlf ? '\r\n' : '\n';
  const inFile = (core: string) => core.split('\n').join(eol);
  const before = sectionsOf(previous);
  const after = sectionsOf(next);
  const beforeByKey = new Map(before.map((part) => [part.key, part]));
  const map = counterparts(before, after);
  const out: { text: string; tail: string; from?: Section }[] = [];
  const updated: string[] = [];
  const notUpdated: string[] = [];
  const wanted: string[] = [];
  const currentParts = sectionsOf(body);
  const present = new Set(currentParts.map((part) => part.key));
  for (const part of currentParts) {
    const earlier = beforeByKey.get(part.key);
    if (!earlier) {
      out.push({ text: part.core, tail: part.tail });
      continue;
    }
    const now = map.get(earlier);
    const changes = now?.core !== earlier.core;
    if (part.core === earlier.core) {
      if (changes) updated.push(nameOf(part));
      if (now) out.push({ text: now.core, tail: part.tail, from: now });
      continue;
    }
    out.push({ text: part.core, tail: part.tail, ...(now ? { from: now } : {}) });
    if (changes && now) {
      notUpdated.push(nameOf(part));
      wanted.push(now.core);
    }
  }
  // Sections the new answers write and the earlier ones did not, after their predecessor; and the
  // policy's sections the team removed, put back (the whole file is still written only with
  // consent, and its diff shows them). A title is never put back beside the team's own.
  const earlierOf = new Map([...map].filter(([, now]) => now !== undefined).map(([earlier, now]) => [now!, earlier]));
  after.forEach((part, index) => {
    const earlier = earlierOf.get(part);
    const removed = earlier !== undefined && !present.has(earlier.key) && (part.key === '<spdx>' || POLICY_HEADINGS.has(part.heading));
    if (earlier && !removed) return;
    // A removed section goes back after the generated section before it, never between the top of the file and the team's own title.
    const predecessor = after.slice(0, index).reverse().find((candidate) => (!removed || candidate.level > 0) && out.some((item) => item.from === candidate));
    const at = predecessor ? out.findIndex((item) => item.from === predecessor) + 1 : removed && part.key !== '<spdx>' ? out.length : 0;
    const previousItem = out[at - 1];
    const tail = previousItem?.tail || eol;
    // A blank line between the section before and the one inserted, as Markdown needs.
    if (previousItem && !/\n\r?\n$/u.test(previousItem.tail)) previousItem.tail = `${eol}${eol}`;
    out.splice(at, 0, { text: part.core, tail, from: part });
    updated.push(nameOf(part));
  });
  const content = `${bom}${out.map((item) => `${inFile(item.text)}${item.tail}`).join('')}`;
  return { content, updated, notUpdated, wanted: wanted.join('\n\n') };
}

/**
 * The sections the policy asks for (who publishes, how to contribute, the licence, a contact, the
 * DCO, where to report a vulnerability): put back if removed. Any other (« Prochaines étapes »,
 * « Installation et utilisation ») is the team's to remove for good.
 */
const POLICY_HEADINGS: ReadonlySet<string> = new Set(Object.values(TEAM_SECTIONS).flatMap((section) => Object.values(section.heading)));

/** The areas whose Markdown documents are updated section by section. */
const DOCUMENT_AREAS: readonly Area[] = ['readme', 'contributing', 'security', 'code-of-conduct'];

/**
 * The plan's documents that an earlier run wrote and the team edited since, updated section by
 * section rather than replaced whole (still only written with consent: --force or a yes to the
 * conflict question). Says which sections the team changed and the new answers would too.
 */
export function withSectionUpdates(byPath: Map<string, PlannedFile>, areas: readonly Area[], context: PlanContext): Message[] {
  const previousAnswers = context.previousAnswers;
  const owns = context.codegouvOwns;
  if (context.earlierRun || !previousAnswers || !owns) return [];
  const edited = [...byPath.values()].filter((file) => {
    const existing = file.path.endsWith('.md') && !file.completes ? context.existing(file.path) : undefined;
    return existing !== undefined && existing !== file.content && owns(file.path, existing);
  });
  if (edited.length === 0) return [];
  const earlier = new Map<string, string>();
  for (const area of areas.filter((name) => DOCUMENT_AREAS.includes(name))) {
    try {
      for (const file of AREA_REGISTRY[area].plan({ ...context, answers: previousAnswers }).files) earlier.set(file.path, file.content);
    } catch {
      // The earlier answers no longer plan (a template changed its inputs): the document is planned whole, as before.
    }
  }
  const todo: Message[] = [];
  for (const file of edited) {
    // The earlier output as written when it is known exactly (a template changed since), else as today's templates give it.
    const exact = context.earlierOutput?.(file.path);
    const previous = exact ?? earlier.get(file.path);
    const existing = context.existing(file.path)!;
    if (previous === undefined || previous === existing) continue;
    const update = withLinesMerged(updateSections(existing, previous, file.content), exact, file.content);
    // Codegouv's own output is what the record keeps: the file stays the team's, and the next update compares with that output.
    byPath.set(file.path, { ...file, content: update.content, generated: file.content });
    if (update.notUpdated.length > 0) todo.push(msg('coherence.notUpdated', { path: file.path, headings: update.notUpdated.map(quoted), wanted: update.wanted }));
    if (context.keepsExisting && update.content !== existing && update.updated.length > 0) todo.push(msg('coherence.wouldUpdate', { path: file.path, headings: update.updated.map(quoted) }));
  }
  return todo;
}

/**
 * Sections both the team and codegouv changed, merged line by line (`git merge-file`) when the
 * earlier output is known exactly: the team's sentence and the new licence name in one Licence
 * section both stay. The section update is the merge's own side, so the sections it restored or
 * replaced are no conflict; any conflict leaves the section update as it was (the team's section
 * kept, the new one shown).
 */
function withLinesMerged(update: SectionUpdate, exact: string | undefined, next: string): SectionUpdate {
  if (exact === undefined || update.notUpdated.length === 0) return update;
  const merge = mergeTextsSync({ ours: update.content, base: exact, theirs: next }, { ours: 'ours', base: 'base', theirs: 'theirs' });
  if (!merge || merge.conflicts > 0) return update;
  return { content: merge.text, updated: [...update.updated, ...update.notUpdated], notUpdated: [], wanted: '' };
}

const quoted = (heading: string): Message => (heading === '' ? msg('coherence.top') : heading === 'SPDX' ? msg('coherence.spdx') : msg('coherence.heading', { heading }));
