import type { Area } from '../areas/registry.js';
import { inDocumentFormat } from '../areas/section-format.js';
import { TEAM_SECTIONS, type TeamSection, badgeOf, purposeOf, sectionOf } from '../areas/team-sections.js';
import type { PlannedFile } from '../areas/types.js';
import { RepositoryFacts } from '../check/model/facts.js';
import { RULES } from '../check/rules/index.js';
import { type Message, msg } from '../i18n/message.js';
import type { Lang } from '../policy/enums.js';
import type { DocumentKind } from '../repo/documents.js';
import { extensionOf } from '../repo/documents.js';
import { markdownSkipper } from '../repo/markdown-sections.js';
import { type ReadmeTopic, missingReadmeTopics } from '../repo/readme-topics.js';
import type { RepositoryTree } from '../repo/tree.js';

/** What a team's document lacks, as codegouv's own document of that kind says it. */
interface Additions {
  /** Inserted under the title. */
  top: string[];
  /** Appended at the end. */
  end: string[];
  said: Message[];
}

interface CompletionInput {
  tree: RepositoryTree;
  areas: readonly Area[];
  lang: Lang;
  /** What codegouv would write for each kind, in the primary document language. */
  ours: Partial<Record<DocumentKind, string>>;
  /** Who publishes the project: the README must name it. */
  administration: string;
  /** Whether the document at a path is codegouv's (an earlier run wrote it): regenerated rather than completed. */
  owned: (path: string, content: string) => boolean;
}

export interface Completion {
  /** The team's documents with what they lack added, each to be written only with consent. */
  files: PlannedFile[];
  /** The team's documents that lack nothing the policy asks: not codegouv's to touch. */
  complete: string[];
}

const COMMANDS: Readonly<Partial<Record<DocumentKind, { area: Area; command: string }>>> = {
  readme: { area: 'readme', command: 'codegouv readme --force' },
  contributing: { area: 'contributing', command: 'codegouv contributing --force' },
  security: { area: 'security', command: 'codegouv security --force' },
};

const fails = (facts: RepositoryFacts, id: string) => RULES.find((rule) => rule.id === id)?.check(facts).ok === false;

function section(rendered: string | undefined, name: TeamSection, lang: Lang, into: Additions): void {
  const text = rendered && sectionOf(rendered, name, lang);
  if (!text) return;
  into.end.push(text);
  into.said.push(msg('teamDocs.section', { heading: TEAM_SECTIONS[name].heading[lang] }));
}

/** README topics a section of codegouv's README covers. */
const README_SECTIONS: readonly (TeamSection & ReadmeTopic)[] = ['administration', 'contributing', 'licence', 'contact'];

function additionsFor(kind: DocumentKind, facts: RepositoryFacts, input: CompletionInput): Additions {
  const into: Additions = { top: [], end: [], said: [] };
  const rendered = input.ours[kind];
  if (kind === 'contributing' && fails(facts, 'C1')) section(rendered, 'dco', input.lang, into);
  if (kind === 'security' && fails(facts, 'S2')) section(rendered, 'securityContact', input.lang, into);
  if (kind === 'readme' && rendered) {
    // The holder check reads from publiccode.yml, which this run writes with the administration.
    const missing = missingReadmeTopics(facts.document('readme').text, input.administration);
    const badge = fails(facts, 'F4') ? badgeOf(rendered) : undefined;
    if (badge) {
      into.top.push(badge);
      into.said.push(msg('teamDocs.badge'));
    }
    const purpose = missing.includes('purpose') ? purposeOf(rendered) : undefined;
    if (purpose) {
      into.top.push(purpose);
      into.said.push(msg('teamDocs.purpose'));
    }
    for (const name of README_SECTIONS) if (missing.includes(name)) section(rendered, name, input.lang, into);
  }
  return into;
}

const SETEXT = /^=+\s*$/u;
const ADORNED = /^([=\-~^"'*+#`:.])\1{2,}\s*$/u;

/**
 * The line after the document's title (Markdown `# `, underlined, or an HTML `<h1>`; reST
 * adorned) when the document opens with one, else 0 (the top). A `#` inside a code block is a
 * shell comment, and nothing inside an HTML comment is shown.
 */
function afterTitle(lines: readonly string[], path: string): number {
  const rst = extensionOf(path) === 'rst';
  const hidden = markdownSkipper();
  for (let index = 0; index < Math.min(lines.length, 40); index += 1) {
    const line = lines[index]!;
    const next = lines[index + 1] ?? '';
    if (!rst) {
      if (hidden(line)) continue;
      if (/^\s*<h1\b/iu.test(line)) {
        const close = lines.findIndex((candidate, at) => at >= index && /<\/h1>/iu.test(candidate));
        return close < 0 ? 0 : close + 1;
      }
      if (/^#\s/u.test(line)) return index + 1;
      // A document that opens on a section, not a title: the top.
      if (/^#{2,6}\s/u.test(line)) return 0;
    } else if (/^\.\. |^ {2,}/u.test(line)) {
      continue;
    }
    if (line.trim() !== '' && !ADORNED.test(line) && (rst ? ADORNED.test(next) : SETEXT.test(next))) return index + 2;
  }
  return 0;
}

const count = (text: string, part: string) => text.split(part).length - 1;

/**
 * The team's text with the additions and nothing else changed: its bytes stay as they are (byte
 * order mark, line ends, trailing blank lines), the additions use its most frequent line end.
 */
function completed(text: string, path: string, additions: Additions): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let body = text.slice(bom.length);
  const crlf = count(body, '\r\n');
  const eol = crlf > count(body, '\n') - crlf ? '\r\n' : '\n';
  const format = (block: string) => inDocumentFormat(block, path, body).split('\n').join(eol);
  if (additions.top.length > 0) {
    const lines = body.split('\n');
    const at = afterTitle(lines.map((line) => line.replace(/\r$/u, '')), path);
    const offset = Math.min(body.length, lines.slice(0, at).reduce((sum, line) => sum + line.length + 1, 0));
    let head = body.slice(0, offset);
    const rest = body.slice(offset);
    if (head !== '' && !head.endsWith('\n')) head += eol;
    const blankAfter = rest === '' || rest.startsWith('\n') || rest.startsWith('\r\n');
    body = `${head}${head === '' ? '' : eol}${additions.top.map(format).join(`${eol}${eol}`)}${eol}${blankAfter ? '' : eol}${rest}`;
  }
  for (const block of additions.end) {
    const ending = body.endsWith(`${eol}${eol}`) || body === '' ? '' : body.endsWith('\n') ? eol : `${eol}${eol}`;
    body = `${body}${ending}${format(block)}${eol}`;
  }
  return `${bom}${body}`;
}

/**
 * The team's README, CONTRIBUTING and SECURITY, wherever they are, completed with what the policy
 * asks and they lack (the DCO sign-off, a security contact, the README's topics and badge): the
 * same sections codegouv's own documents have, added under the title or at the end, and nothing
 * else changed. A document an earlier run wrote is codegouv's and regenerated instead.
 */
export function teamCompletion(input: CompletionInput): Completion & { todo: Message[] } {
  const facts = RepositoryFacts.ofDocuments(input.tree);
  const result: Completion & { todo: Message[] } = { files: [], complete: [], todo: [] };
  for (const [kind, { area, command }] of Object.entries(COMMANDS) as [DocumentKind, { area: Area; command: string }][]) {
    const main = facts.document(kind).main;
    // The bytes as they are (tree.text drops a byte order mark, which must stay).
    const bytes = main ? input.tree.bytes(main.path) : undefined;
    const text = bytes?.toString('utf8') ?? '';
    // An empty file holds nothing to keep: codegouv's document may take its place (with consent).
    if (!input.areas.includes(area) || !main || text.trim() === '' || input.owned(main.path, text)) continue;
    const additions = additionsFor(kind, facts, input);
    if (additions.said.length === 0) {
      result.complete.push(main.path);
      continue;
    }
    result.files.push({ path: main.path, content: completed(text, main.path, additions), completes: true });
    result.todo.push(msg('teamDocs.toAdd', { path: main.path, additions: additions.said, command }));
  }
  return result;
}
