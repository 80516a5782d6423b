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

/**
 * The last value a section of the config text gives a boolean variable, as git reads it
 * (https://git-scm.com/docs/git-config#_values): a bare name is true; `true`/`yes`/`on`/a
 * non-zero integer and `false`/`no`/`off`/`0`/empty; names are case-insensitive. Subsections
 * (`[core "x"]`) are other sections; a value git would refuse counts as unset. Included files
 * are not read: only what the repository's own config says.
 */
export function configBoolean(text: string, section: string, name: string): boolean | undefined {
  let current = '';
  let found: boolean | undefined;
  for (const line of logicalLines(text)) {
    let rest = line.trimStart();
    if (rest.startsWith('[')) {
      const header = sectionHeader(rest);
      if (header === undefined) continue;
      current = header.plain ? header.name : '';
      rest = header.rest.trimStart();
    }
    if (current !== section.toLowerCase() || rest === '' || rest.startsWith('#') || rest.startsWith(';')) continue;
    const equals = rest.indexOf('=');
    const key = (equals < 0 ? configValue(rest) : rest.slice(0, equals)).trim().toLowerCase();
    if (key !== name.toLowerCase()) continue;
    found = equals < 0 ? true : booleanOf(configValue(rest.slice(equals + 1)));
  }
  return found;
}

function booleanOf(value: string): boolean | undefined {
  const lower = value.toLowerCase();
  if (['true', 'yes', 'on'].includes(lower)) return true;
  if (['false', 'no', 'off', ''].includes(lower)) return false;
  return /^-?\d{1,18}$/u.test(lower) ? Number(lower) !== 0 : undefined;
}

/** `[name]`, `[name "subsection"]` or `[name.sub]`: the lower-case name, whether it has no subsection, and what follows `]`. */
function sectionHeader(line: string): { name: string; plain: boolean; rest: string } | undefined {
  let quoted = false;
  for (let index = 1; index < line.length; index += 1) {
    const char = line[index];
    if (char === '\\' && quoted) index += 1;
    else if (char === '"') quoted = !quoted;
    else if (char === ']' && !quoted) {
      const inside = line.slice(1, index).trim();
      let end = 0;
      while (end < inside.length && !' \t".'.includes(inside[end] as string)) end += 1;
      return { name: inside.slice(0, end).toLowerCase(), plain: end === inside.length, rest: line.slice(index + 1) };
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
