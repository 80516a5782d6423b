import { type Message, msg } from '../../i18n/message.js';
import { publiccodeString } from '../../repo/publiccode-file.js';
import { sectionsOf } from '../../repo/markdown-sections.js';
import { idsOf, isListedLicence } from '../../repo/reuse/expression.js';
import type { RepositoryFacts } from '../model/facts.js';
import { type Rule, command, edit, fail, joined, pass } from './rule.js';

/**
 * K1: what the repository says of its licence and of who publishes it is one thing, wherever it
 * is said. A team that refused part of an update (a licence switch applied to LICENSE but not to
 * its edited README) is left with files that contradict each other: the licence that binds is
 * then unclear, and the repository is not compliant. Several licences are not a contradiction:
 * two sources contradict each other only when they name no licence in common.
 */

/** What one place says: a licence family (`GPL`), with its SPDX id when the place gives one. */
interface Claim {
  family: string;
  id?: string;
}

interface LicenceSource {
  where: Message;
  says: string[];
  claims: Claim[];
  /** Which place: the licence text and publiccode.yml disagreeing alone is L1-declared's finding (SHOULD: the text binds). */
  kind: 'text' | 'readme' | 'publiccode' | 'answers' | 'headers';
}

/** Families by id prefix, most specific first. */
const ID_FAMILIES: readonly [string, string][] = [
  ['AGPL-', 'AGPL'], ['LGPL-', 'LGPL'], ['GPL-', 'GPL'], ['Apache-', 'Apache'], ['MIT', 'MIT'], ['EUPL-', 'EUPL'],
  ['CECILL-B', 'CeCILL-B'], ['CECILL-C', 'CeCILL-C'], ['CECILL-', 'CeCILL'], ['BSD-', 'BSD'], ['0BSD', 'BSD'], ['MPL-', 'MPL'], ['EPL-', 'EPL'],
  ['etalab-', 'etalab'], ['CC-BY', 'CC-BY'], ['CC0-', 'CC0'], ['ISC', 'ISC'], ['Unlicense', 'Unlicense'], ['ODbL-', 'ODbL'],
];

const FAMILIES: ReadonlySet<string> = new Set(ID_FAMILIES.map(([, family]) => family));

/** The prefixes in upper case, for a comparison that ignores case. */
const UPPER_FAMILIES: readonly [string, string][] = ID_FAMILIES.map(([prefix, family]) => [prefix.toUpperCase(), family]);

function familyOfId(id: string): string {
  const upper = id.toUpperCase();
  return UPPER_FAMILIES.find(([prefix]) => upper.startsWith(prefix))?.[1] ?? id;
}

/** The licence text an id names: the GNU grant (-only, -or-later, +) is the same text, not a contradiction. */
const textOf = (id: string): string => id.replace(/-only$|-or-later$|\+$/u, '').toUpperCase();

/** Licence names in prose, as a family: words of a Markdown section, compared whole. */
const NAME_WORDS: Readonly<Record<string, string>> = {
  AGPL: 'AGPL', AGPLv3: 'AGPL', LGPL: 'LGPL', LGPLv3: 'LGPL', LGPLv2: 'LGPL', GPL: 'GPL', GPLv2: 'GPL', GPLv3: 'GPL',
  Apache: 'Apache', MIT: 'MIT', EUPL: 'EUPL', CeCILL: 'CeCILL', 'CeCILL-B': 'CeCILL-B', 'CeCILL-C': 'CeCILL-C', BSD: 'BSD', MPL: 'MPL', ISC: 'ISC', Unlicense: 'Unlicense',
};
const NAME_PHRASES: readonly [string, string][] = [
  ['affero general public', 'AGPL'], ['lesser general public', 'LGPL'], ['union européenne', 'EUPL'], ['european union public', 'EUPL'],
  ['mozilla public', 'MPL'], ['eclipse public', 'EPL'], ['licence ouverte', 'etalab'], ['open licence', 'etalab'], ['creative commons', 'CC-BY'],
];

/** How many times `part` occurs in `text` without overlapping, as `text.split(part).length - 1` counts it. */
function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count += 1;
  return count;
}

/** The licences a passage of prose names: SPDX ids, then names. */
function claimsIn(text: string): Claim[] {
  const claims: Claim[] = [];
  for (const word of text.split(/[^A-Za-z0-9.+-]+/u)) {
    let end = word.length;
    while (end > 0 && word[end - 1] === '.') end -= 1;
    const token = word.slice(0, end);
    // Only ids of a known family: a listed id that is also a word (`curl`, `JSON`, `W3C`) says nothing here.
    if (isListedLicence(token) && FAMILIES.has(familyOfId(token))) claims.push({ family: familyOfId(token), id: token });
    else if (NAME_WORDS[token]) claims.push({ family: NAME_WORDS[token]! });
  }
  const lower = text.toLowerCase();
  for (const [phrase, family] of NAME_PHRASES) if (lower.includes(phrase)) claims.push({ family });
  // « GNU General Public License » alone, not as a part of the Affero or Lesser names.
  const gpl = occurrences(lower, 'general public licen');
  if (gpl > occurrences(lower, 'affero general public licen') + occurrences(lower, 'lesser general public licen')) claims.push({ family: 'GPL' });
  return claims;
}

const agree = (a: Claim, b: Claim) => a.family === b.family && (a.id === undefined || b.id === undefined || textOf(a.id) === textOf(b.id));
const shareOne = (a: readonly Claim[], b: readonly Claim[]) => a.some((x) => b.some((y) => agree(x, y)));

/** The README last cut into sections: K1 looks for two headings in the same one. */
let lastSections: { text: string; sections: ReturnType<typeof sectionsOf> } | undefined;

/** The README's licence section and its subsections, as prose. */
function readmeSection(text: string, heading: RegExp): string | undefined {
  if (lastSections?.text !== text) lastSections = { text, sections: sectionsOf(text) };
  const { sections } = lastSections;
  const at = sections.findIndex((section) => section.level > 0 && heading.test(section.heading));
  if (at < 0) return undefined;
  const level = sections[at]!.level;
  const end = sections.findIndex((section, index) => index > at && section.level > 0 && section.level <= level);
  return sections.slice(at, end < 0 ? sections.length : end).map((section) => section.core).join('\n');
}

/** What codegouv's earlier run stored in `.yo-rc.json`: its answers and the paths it wrote. */
function storedRun(facts: RepositoryFacts): { licence?: string; administration?: string; written: ReadonlySet<string> } | undefined {
  const text = facts.tree.has('.yo-rc.json') ? facts.tree.text('.yo-rc.json') : undefined;
  if (text === undefined) return undefined;
  try {
    const section = (JSON.parse(text) as Record<string, unknown>)['generator-codegouv'];
    if (typeof section !== 'object' || section === null || Array.isArray(section)) return undefined;
    const answers = section as Record<string, unknown>;
    const written = typeof answers.written === 'object' && answers.written !== null ? Object.keys(answers.written) : [];
    return {
      ...(typeof answers.licence === 'string' ? { licence: answers.licence } : {}),
      ...(typeof answers.administration === 'string' ? { administration: answers.administration } : {}),
      written: new Set(written),
    };
  } catch {
    // A broken .yo-rc.json stores nothing.
    return undefined;
  }
}

const LICENCE_HEADING = /licen[cs]e|licensing/iu;
const ADMINISTRATION_HEADING = /^administration$|^qui publie|^published by/iu;

/**
 * The REUSE information of the team's files (not what codegouv wrote): the licences they use, the
 * most used first. Only when it covers at least half of them (a few vendored files with their own
 * header say nothing of the project) and only listed SPDX ids (`LicenseRef-…` is no comparable claim).
 */
function teamLicences(facts: RepositoryFacts, written: ReadonlySet<string>): { majority: string; used: Claim[] } | undefined {
  const counts = new Map<string, number>();
  let teamFiles = 0;
  let declared = 0;
  for (const [path, info] of facts.reuse.files) {
    if (written.has(path) || path === '.yo-rc.json') continue;
    teamFiles += 1;
    const ids = new Set(info.expressions.flatMap((expression) => idsOf(expression).licences).filter(isListedLicence));
    if (ids.size > 0) declared += 1;
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  if (counts.size === 0 || declared * 2 < teamFiles) return undefined;
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return { majority: sorted[0]![0], used: sorted.map(([id]) => ({ family: familyOfId(id), id })) };
}

function licenceSources(facts: RepositoryFacts, stored: ReturnType<typeof storedRun>): LicenceSource[] {
  const sources: LicenceSource[] = [];
  const texts = facts.licence.files.filter((file) => file.detected);
  if (texts.length > 0) {
    const ids = [...new Set(texts.map((file) => file.detected!.id))];
    sources.push({ kind: 'text', where: msg('coherence.K1.where.file', { path: texts.map((file) => file.path).join(', ') }), says: ids, claims: ids.map((id) => ({ family: familyOfId(id), id })) });
  }
  const readme = facts.document('readme');
  const section = readme.main ? readmeSection(readme.text, LICENCE_HEADING) : undefined;
  const named = section ? claimsIn(section) : [];
  if (readme.main && named.length > 0) {
    const says = [...new Set(named.map((claim) => claim.id ?? claim.family))];
    sources.push({ kind: 'readme', where: msg('coherence.K1.where.readmeLicence', { path: readme.main.path }), says, claims: named });
  }
  const declared = publiccodeString(facts.publiccode, 'legal.license')?.trim();
  if (declared) {
    const ids = idsOf(declared).licences;
    sources.push({ kind: 'publiccode', where: msg('coherence.K1.where.field', { path: 'publiccode.yml', field: 'legal.license' }), says: [declared], claims: ids.map((id) => ({ family: familyOfId(id), id })) });
  }
  if (stored?.licence) sources.push({ kind: 'answers', where: msg('coherence.K1.where.field', { path: '.yo-rc.json', field: 'licence' }), says: [stored.licence], claims: [{ family: familyOfId(stored.licence), id: stored.licence }] });
  const team = teamLicences(facts, stored?.written ?? new Set());
  // Every licence the team's files use counts as theirs: REUSE saying which file is under which is no contradiction.
  if (team) sources.push({ kind: 'headers', where: msg('coherence.K1.where.headers'), says: [team.majority], claims: team.used });
  return sources;
}

/** Two places that name no licence in common, each once. */
function licenceContradictions(sources: readonly LicenceSource[]): LicenceSource[] {
  const against = new Set<LicenceSource>();
  sources.forEach((a, index) => {
    for (const b of sources.slice(index + 1)) {
      const l1Declared = new Set([a.kind, b.kind]).size === 2 && [a.kind, b.kind].every((kind) => kind === 'text' || kind === 'publiccode');
      if (l1Declared || shareOne(a.claims, b.claims)) continue;
      against.add(a);
      against.add(b);
    }
  });
  return sources.filter((source) => against.has(source));
}

const normalName = (name: string) => name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** Who publishes the project, as `.yo-rc.json`, publiccode.yml and the README's Administration section say. */
function administrationContradictions(facts: RepositoryFacts, stored: ReturnType<typeof storedRun>): Message[] {
  const named: { where: Message; value: string }[] = [];
  if (stored?.administration) named.push({ where: msg('coherence.K1.where.field', { path: '.yo-rc.json', field: 'administration' }), value: stored.administration });
  const owner = publiccodeString(facts.publiccode, 'legal.mainCopyrightOwner')?.trim();
  if (owner) named.push({ where: msg('coherence.K1.where.field', { path: 'publiccode.yml', field: 'legal.mainCopyrightOwner' }), value: owner });
  const problems: Message[] = [];
  const distinct = new Set(named.map(({ value }) => normalName(value)));
  if (distinct.size > 1) problems.push(...named.map(({ where, value }) => msg('coherence.K1.says', { where, value })));
  const readme = facts.document('readme');
  const section = readme.main ? readmeSection(readme.text, ADMINISTRATION_HEADING) : undefined;
  if (readme.main && section !== undefined && named.length > 0 && !named.some(({ value }) => normalName(section).includes(normalName(value)))) {
    if (problems.length === 0) problems.push(...named.map(({ where, value }) => msg('coherence.K1.says', { where, value })));
    problems.push(msg('coherence.K1.readmeAdministration', { path: readme.main.path, names: [...new Set(named.map(({ value }) => value))] }));
  }
  return problems;
}

export const K1: Rule = {
  id: 'K1',
  level: 'MUST',
  sources: ['authorisedLicences', 'rightsHolder'],
  title: 'coherence.K1.title',
  check(facts) {
    const stored = storedRun(facts);
    const contradicting = licenceContradictions(licenceSources(facts, stored));
    const licences = contradicting.map((source) => msg('coherence.K1.says', { where: source.where, value: source.says.join(', ') }));
    const administrations = administrationContradictions(facts, stored);
    if (licences.length === 0 && administrations.length === 0) return pass(msg('coherence.K1.pass'));
    const problems: Message[] = [];
    if (licences.length > 0) problems.push(msg('coherence.K1.licences', { items: licences }));
    if (administrations.length > 0) problems.push(msg('coherence.K1.administrations', { items: administrations }));
    // The licence text is what binds; a project codegouv generated is set right by one run.
    const text = facts.licence.licences[0];
    const readme = facts.document('readme').main?.path ?? 'README.md';
    // codegouv does not replace a README section the team edited: that one is set right by hand.
    if (text && administrations.length === 0 && contradicting.some((source) => source.kind === 'readme')) return fail(joined(problems), edit(msg('coherence.K1.fixReadme', { path: readme, licence: text })));
    if (stored && licences.length > 0 && text && administrations.length === 0) return fail(joined(problems), command('licence', '--force', '--licence', text));
    return fail(joined(problems), edit(msg('coherence.K1.fix', { readme })));
  },
};
