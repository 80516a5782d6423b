/**
 * A .gitignore read the way git reads it, for the few paths the audit asks about (is `.env`
 * ignored? is this key file?): comments, `!` negation, trailing `/` for directories, patterns
 * with a slash anchored at the root, `*`, `?`, `**` and character classes.
 */
interface Pattern {
  regex: RegExp;
  negated: boolean;
  directoryOnly: boolean;
}

function toRegex(glob: string, anchored: boolean): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index] as string;
    if (char === '\\') {
      index += 1;
      source += (glob[index] ?? '').replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
    } else if (glob.startsWith('**/', index)) {
      source += '(?:.*/)?';
      index += 2;
    } else if (glob.startsWith('/**', index) && index + 3 === glob.length) {
      source += '/.*';
      index += 2;
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '[') {
      const end = glob.indexOf(']', index + 2);
      if (end < 0) {
        source += '\\[';
      } else {
        source += `[${glob.slice(index + 1, end).replace(/^!/u, '^').replace(/\\/gu, '\\\\')}]`;
        index = end;
      }
    } else {
      source += char.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
    }
  }
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}$`, 'u');
}

export function parseGitignore(text: string): Pattern[] {
  return text.split(/\r\n?|\n/u).flatMap((raw) => {
    let line = raw.replace(/(?<!\\)\s+$/u, '');
    if (line === '' || line.startsWith('#')) return [];
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1);
    const directoryOnly = line.endsWith('/');
    if (directoryOnly) line = line.slice(0, -1);
    const anchored = line.includes('/');
    return [{ regex: toRegex(line.replace(/^\//u, ''), anchored), negated, directoryOnly }];
  });
}

/** Whether a file path (relative, `/`-separated) is ignored: by itself or by an ignored parent directory. */
export function isIgnored(patterns: readonly Pattern[], path: string): boolean {
  const parts = path.split('/');
  for (let depth = 1; depth < parts.length; depth += 1) {
    if (matches(patterns, parts.slice(0, depth).join('/'), true)) return true;
  }
  return matches(patterns, path, false);
}

function matches(patterns: readonly Pattern[], path: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const pattern of patterns) {
    if (pattern.directoryOnly && !isDirectory) continue;
    if (pattern.regex.test(path)) ignored = !pattern.negated;
  }
  return ignored;
}
