/** Wildcards of a glob dialect and the regular expression each stands for, longest first. */
type Wildcards = readonly (readonly [token: string, regex: string])[];

/** REUSE.toml `path` (REUSE 3.3): `*` stays within one directory, `**` and `**\/` cross them. */
const REUSE_TOML: Wildcards = [['**/', '(?:.*/)?'], ['**', '.*'], ['*', '[^/]*']];

/** `.reuse/dep5` `Files:` (Debian copyright format 1.0): `*` matches anything, `/` included. */
const DEP5: Wildcards = [['*', '.*'], ['?', '.']];

const escapeRegExp = (char: string) => char.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/** A whole-path matcher; in both dialects a backslash makes the next character literal. */
function compile(glob: string, wildcards: Wildcards): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index += 1) {
    if (glob[index] === '\\') {
      index += 1;
      source += escapeRegExp(glob[index] ?? '\\');
      continue;
    }
    const wildcard = wildcards.find(([token]) => glob.startsWith(token, index));
    if (wildcard) {
      source += wildcard[1];
      index += wildcard[0].length - 1;
    } else {
      source += escapeRegExp(glob[index] as string);
    }
  }
  return new RegExp(`^${source}$`, 'u');
}

export function reuseTomlPattern(glob: string): RegExp {
  return compile(glob, REUSE_TOML);
}

export function dep5Pattern(glob: string): RegExp {
  return compile(glob.replace(/^\.\//u, ''), DEP5);
}
