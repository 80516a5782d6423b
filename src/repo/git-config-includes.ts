/**
 * The `path` values of the `[include]` and `[includeIf "…"]` sections of a git configuration
 * text (https://git-scm.com/docs/git-config#_includes), read in one pass without regular
 * expressions: a repository's `.git/config` is hostile, and git opens every file it includes
 * (a FIFO there would block git). Conditions are not evaluated: every path git might open is
 * returned, as written (`~/` and relative paths are resolved by the caller).
 */
export function includedPaths(text: string): string[] {
  const paths: string[] = [];
  let section = '';
  for (const line of logicalLines(text)) {
    let rest = line.trimStart();
    if (rest.startsWith('[')) {
      const header = sectionHeader(rest);
      if (header === undefined) continue;
      section = header.name;
      rest = header.rest.trimStart();
    }
    if (section !== 'include' && section !== 'includeif') continue;
    const equals = rest.indexOf('=');
    if (equals < 0 || rest.slice(0, equals).trim().toLowerCase() !== 'path') continue;
    const value = configValue(rest.slice(equals + 1));
    if (value !== '') paths.push(value);
  }
  return paths;
}

/** Lines, with a backslash before the line break joining a line to the next one, as git reads them. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.endsWith('\\') && !line.endsWith('\\\\')) {
      current += line.slice(0, -1);
      continue;
    }
    lines.push(current + line);
    current = '';
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** `[name]`, `[name "subsection"]` or `[name.sub]`: the lower-case name and what follows `]`. */
function sectionHeader(line: string): { name: string; rest: string } | undefined {
  let quoted = false;
  for (let index = 1; index < line.length; index += 1) {
    const char = line[index];
    if (char === '\\' && quoted) index += 1;
    else if (char === '"') quoted = !quoted;
    else if (char === ']' && !quoted) {
      const inside = line.slice(1, index).trim();
      let end = 0;
      while (end < inside.length && !' \t".'.includes(inside[end] as string)) end += 1;
      return { name: inside.slice(0, end).toLowerCase(), rest: line.slice(index + 1) };
    }
  }
  return undefined;
}

/** A value after `=`: quotes removed, `\\` `\"` `\n` `\t` unescaped, a `#` or `;` outside quotes starts a comment. */
function configValue(raw: string): string {
  let value = '';
  let quoted = false;
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw[index] as string;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '#' || char === ';')) break;
    else if (char === '\\') {
      const next = raw[index + 1] ?? '';
      value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      index += 1;
    } else value += char;
  }
  return value.trim();
}
