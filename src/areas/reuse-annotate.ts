import type { FileLicensing, PlannedFile } from './types.js';

type CommentStyle = 'html' | 'hash' | 'none';

/** Formats REUSE can read a header in; anything else gets a `.license` sidecar. */
function commentStyle(path: string, content: string): CommentStyle {
  const name = path.split('/').pop() ?? path;
  if (/\.(md|markdown)$/i.test(name)) return 'html';
  if (/\.(ya?ml|sh|toml)$/i.test(name) || name === '.gitignore' || name === '.gitattributes') return 'hash';
  if (content.startsWith('#!')) return 'hash';
  return 'none';
}

function tagLines(licensing: FileLicensing): string[] {
  return [
    ...licensing.copyright.map((holder) => `SPDX-FileCopyrightText: ${holder}`),
    '',
    `SPDX-License-Identifier: ${licensing.licence}`,
  ];
}

function hashLines(tags: string[], path: string): string[] {
  // An SPDX tag cannot be wrapped; in YAML, tell yamllint's default line-length rule so. Not in
  // publiccode.yml: the team's file holds no tool directive, and its texts are not folded either.
  const yaml = /\.ya?ml$/i.test(path) && path !== 'publiccode.yml';
  return tags.flatMap((line) => (line === '' ? ['#'] : yaml && line.length + 2 > 80 ? ['# yamllint disable-line rule:line-length', `# ${line}`] : [`# ${line}`]));
}

/** The `#` header `annotate` writes, with the blank line after it. */
export function hashHeader(licensing: FileLicensing, path: string): string {
  return `${hashLines(tagLines(licensing), path).join('\n')}\n\n`;
}

/** A leading block of `#` comment lines followed by a blank line, and the rest. */
export function splitHashHeader(text: string): { header: string; body: string } {
  const match = /^(?:#[^\n]*\n)+\n/.exec(text);
  return match ? { header: match[0], body: text.slice(match[0].length) } : { header: '', body: text };
}

/**
 * The file with its copyright and licence declared the REUSE way: a comment header where the
 * format has comments, otherwise a `<file>.license` sidecar next to it.
 */
export function annotate(path: string, body: string, licensing: FileLicensing, executable = false): PlannedFile[] {
  const tags = tagLines(licensing);
  const style = commentStyle(path, body);
  if (style === 'html') {
    return [{ path, content: `<!--\n${tags.join('\n')}\n-->\n\n${body}` }];
  }
  if (style === 'hash') {
    const header = hashLines(tags, path).join('\n');
    if (body.startsWith('#!')) {
      const newline = body.indexOf('\n');
      const shebang = body.slice(0, newline + 1);
      return [{ path, content: `${shebang}${header}\n${body.slice(newline + 1)}`, executable }];
    }
    return [{ path, content: `${header}\n\n${body}`, executable }];
  }
  return [
    { path, content: body, executable },
    { path: `${path}.license`, content: `${tags.join('\n')}\n` },
  ];
}

/** The text without the `#` REUSE header `annotate` puts at its top. */
export function withoutHashHeader(text: string): string {
  return text.replace(/^(# (SPDX-|yamllint disable-line)[^\n]*\n|#\n)+\n/, '');
}
