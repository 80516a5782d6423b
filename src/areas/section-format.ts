import { extensionOf } from '../repo/documents.js';

/**
 * Sections codegouv adds to a team's document are rendered in Markdown from its templates; a
 * document elsewhere than the root, or in reStructuredText, needs them adapted: links relative to
 * its folder, and reST syntax in a `.rst` file. Plain text keeps Markdown, which reads as text.
 */
export function inDocumentFormat(markdown: string, path: string, document: string): string {
  const depth = path.split('/').length - 1;
  const relinked = depth === 0 ? markdown : relink(markdown, '../'.repeat(depth));
  return extensionOf(path) === 'rst' ? restructured(relinked, sectionAdornment(document)) : relinked;
}

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|#|\/)/iu;

/** `](target)` of a relative target becomes `](prefix target)`. */
function relink(markdown: string, prefix: string): string {
  let out = '';
  let from = 0;
  for (let at = markdown.indexOf('](', from); at >= 0; at = markdown.indexOf('](', from)) {
    out += markdown.slice(from, at + 2);
    from = at + 2;
    if (!ABSOLUTE.test(markdown.slice(from, from + 40))) out += prefix;
  }
  return out + markdown.slice(from);
}

const ADORNMENT = /^([=\-~^"'*+#`:.])\1{2,}$/u;

/**
 * The underline character of a second-level section in a reST document: the second style it
 * uses (the first is its title), else one it does not use yet.
 */
function sectionAdornment(document: string): string {
  const styles: string[] = [];
  const lines = document.split(/\r?\n/u);
  lines.forEach((line, index) => {
    const style = ADORNMENT.exec(line.trim())?.[1];
    if (style && index > 0 && lines[index - 1]!.trim() !== '' && !ADORNMENT.test(lines[index - 1]!.trim()) && !styles.includes(style)) styles.push(style);
  });
  return styles[1] ?? (styles[0] === '-' ? '~' : styles[0] ? '-' : '=');
}

const width = (text: string) => [...text].length;

/** Our sections' Markdown (headings, fenced code, links, badges, inline code, lists) in reST. */
function restructured(markdown: string, adornment: string): string {
  const out: string[] = [];
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      fence = !fence;
      if (fence) out.push(`.. code-block:: ${line.slice(3).trim() || 'text'}`, '');
      else out.push('');
      continue;
    }
    if (fence) out.push(line === '' ? '' : `   ${line}`);
    else if (line.startsWith('## ')) out.push(line.slice(3), adornment.repeat(width(line.slice(3))));
    else if (line.startsWith('[![')) out.push(...badge(line));
    else out.push(inline(line));
  }
  return out.join('\n').replace(/\n{3,}/gu, '\n\n');
}

/** `[![label](image)](target)` as a reST image with a target. */
function badge(line: string): string[] {
  const label = line.slice(3, line.indexOf(']('));
  const image = line.slice(line.indexOf('](') + 2, line.indexOf(')]('));
  const target = line.slice(line.indexOf(')](') + 3, line.lastIndexOf(')'));
  return [`.. image:: ${image}`, `   :target: ${target}`, `   :alt: ${label}`];
}

/** Inline code, links and autolinks of one line; read left to right, in linear time. */
function inline(line: string): string {
  let out = '';
  let at = 0;
  while (at < line.length) {
    const char = line[at]!;
    if (char === '\\' && at + 1 < line.length) {
      out += line.slice(at, at + 2);
      at += 2;
    } else if (char === '`') {
      const end = line.indexOf('`', at + 1);
      if (end < 0) {
        out += line.slice(at);
        break;
      }
      out += `\`\`${line.slice(at + 1, end)}\`\``;
      at = end + 1;
    } else if (char === '[') {
      const close = line.indexOf('](', at);
      const end = close < 0 ? -1 : line.indexOf(')', close + 2);
      if (end < 0) {
        out += char;
        at += 1;
        continue;
      }
      out += `\`${inline(line.slice(at + 1, close)).replace(/`/gu, '')} <${line.slice(close + 2, end)}>\`__`;
      at = end + 1;
    } else if (char === '<') {
      const end = line.indexOf('>', at + 1);
      const inside = end < 0 ? '' : line.slice(at + 1, end);
      if (end >= 0 && /^(?:https?:\/\/\S+|[^\s@<>]+@[^\s@<>]+)$/u.test(inside)) {
        out += inside;
        at = end + 1;
      } else {
        out += char;
        at += 1;
      }
    } else {
      out += char;
      at += 1;
    }
  }
  return out;
}
