import { printable } from '../support/terminal.js';

/**
 * Markup built by {@link html}: the only value {@link html} does not escape. Everything else put
 * into the page (paths, messages and fixes from repositories, catalogue texts) is a string, and
 * strings are always escaped.
 */
export class Markup {
  constructor(readonly value: string) {}
}

type Part = string | number | Markup | readonly Markup[];

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

/**
 * Text safe in an element or a quoted attribute. Controls and bidirectional marks are shown as
 * `\u{…}`, as in the terminal: they could reorder what a reader sees of a repository's name.
 */
function escapeHtml(value: string): string {
  return printable(value).replace(/[&<>"']/gu, (character) => ENTITIES[character] ?? character);
}

function partText(part: Part): string {
  if (part instanceof Markup) return part.value;
  if (Array.isArray(part)) return (part as readonly Markup[]).map((item) => item.value).join('');
  return escapeHtml(String(part));
}

/** `` html`<p>${text}</p>` ``: a fragment where every interpolated string is escaped. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  return new Markup(strings.reduce((out, literal, index) => out + literal + (index < parts.length ? partText(parts[index] as Part) : ''), ''));
}
