import { RE2JS } from 're2js';

// Characters go-playground's email pattern allows beyond ASCII (the HTML `ucschar` ranges).
const UNICODE = '\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF';
const ATOM_CHAR = `[A-Za-z0-9!#$%&'*+\\-/=?^_\`{|}~${UNICODE}]`;
const DOT_ATOM = `${ATOM_CHAR}+(?:\\.${ATOM_CHAR}+)*`;
const QUOTED = `"(?:[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\x21\\x23-\\x5b\\x5d-\\x7e ${UNICODE}]|\\\\[\\x01-\\x7f])*"`;
const LABEL_CHAR = `[A-Za-z0-9${UNICODE}]`;
const LABEL = `${LABEL_CHAR}(?:[A-Za-z0-9\\-.~${UNICODE}]*${LABEL_CHAR})?`;
const TOP_LABEL_CHAR = `[A-Za-z${UNICODE}]`;
const TOP_LABEL = `${TOP_LABEL_CHAR}(?:[A-Za-z0-9\\-.~${UNICODE}]*${TOP_LABEL_CHAR})?`;
// RE2 (re2js), linear: a backtracking engine takes exponential time here on `.A.A.A…` (labels may hold dots).
// Compiled on first use: it costs tens of milliseconds, which a start-up without an address to check need not pay.
let email: RE2JS | undefined;

/** The `email` check of go-playground/validator, which the parser uses for contacts and contractors. */
export function isEmail(value: string): boolean {
  email ??= RE2JS.compile(RE2JS.translateRegExp(`^(?:${DOT_ATOM}|${QUOTED})@(?:${LABEL}\\.)+${TOP_LABEL}\\.?$`));
  return email.test(value);
}
