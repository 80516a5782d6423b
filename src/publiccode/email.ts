/**
 * The `email` check of go-playground/validator, which the parser uses for contacts and
 * contractors: `^(?:DOT_ATOM|QUOTED)@(?:LABEL\.)+TOP_LABEL\.?$`, its characters beyond ASCII the
 * HTML `ucschar` ranges (U+00A0–U+D7FF, U+F900–U+FDCF, U+FDF0–U+FFEF). Its domain part is
 * ambiguous (labels may hold dots: a backtracking engine takes exponential time on `.A.A.A…`)
 * and compiling it with re2js cost every start-up tens of milliseconds, so the domain is checked
 * by one scan; the local part's two forms are unambiguous patterns (linear here).
 */
const UNICODE = '\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF';
const ATOM_CHAR = `[A-Za-z0-9!#$%&'*+\\-/=?^_\`{|}~${UNICODE}]`;
const DOT_ATOM = new RegExp(`^${ATOM_CHAR}+(?:\\.${ATOM_CHAR}+)*$`, 'u');
const QUOTED = new RegExp(`^"(?:[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\x21\\x23-\\x5b\\x5d-\\x7e ${UNICODE}]|\\\\[\\x01-\\x7f])*"$`, 'u');

const isUcs = (code: number) => (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xf900 && code <= 0xfdcf) || (code >= 0xfdf0 && code <= 0xffef);
const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
/** A label's first and last character. */
const isLabelEnd = (code: number) => isLetter(code) || isDigit(code) || isUcs(code);
/** The top label's first and last character: no digit. */
const isTopLabelEnd = (code: number) => isLetter(code) || isUcs(code);
/** Any character inside a label: dots included. */
const isLabelInside = (code: number) => isLabelEnd(code) || code === 0x2d || code === 0x2e || code === 0x7e;

/**
 * `(?:LABEL\.)+TOP_LABEL\.?`: every character a label may hold, the first a label's end, and one
 * dot between a label's end and a top label's start, the last character (before an optional final
 * dot) a top label's end. Labels may hold dots, so the labels before the top one are any such run.
 */
function isDomain(domain: string): boolean {
  const codes = [...domain].map((character) => character.codePointAt(0)!);
  if (codes.at(-1) === 0x2e) codes.pop();
  const last = codes.length - 1;
  if (last < 2 || !isLabelEnd(codes[0]!) || !isTopLabelEnd(codes[last]!) || !codes.every(isLabelInside)) return false;
  for (let index = 1; index < last; index += 1) {
    if (codes[index] === 0x2e && isLabelEnd(codes[index - 1]!) && isTopLabelEnd(codes[index + 1]!)) return true;
  }
  return false;
}

export function isEmail(value: string): boolean {
  // The domain holds no `@`: the local part (a quoted one may hold `@`) ends at the last one.
  const at = value.lastIndexOf('@');
  if (at < 0) return false;
  const local = value.slice(0, at);
  return (DOT_ATOM.test(local) || QUOTED.test(local)) && isDomain(value.slice(at + 1));
}
