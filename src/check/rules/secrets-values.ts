import { PLACEHOLDER_WORDS, PUBLIC_KEY_WORDS, SECRET_NAME_WORDS, TOKEN_SHAPES } from '../../policy/secret-patterns.js';

/** `NAME=value` of a .env or an .npmrc, comments and quotes gone; the value is never shown. */
export interface Assignment {
  name: string;
  value: string;
}

/** `KEY=value`, `export KEY="value" # comment`, `KEY='value'`: one per line, in linear time. */
export function assignments(text: string): Assignment[] {
  const found: Assignment[] = [];
  for (const line of text.split('\n')) {
    let rest = line.trim();
    if (rest === '' || rest.startsWith('#') || rest.startsWith(';')) continue;
    if (rest.startsWith('export ')) rest = rest.slice('export '.length).trimStart();
    const equals = rest.indexOf('=');
    if (equals <= 0) continue;
    found.push({ name: rest.slice(0, equals).trim(), value: unquoted(rest.slice(equals + 1).trim()) });
  }
  return found;
}

function unquoted(value: string): string {
  const quote = value[0];
  if (quote === '"' || quote === '\'') {
    const end = value.indexOf(quote, 1);
    return end < 0 ? value.slice(1) : value.slice(1, end);
  }
  const comment = value.indexOf(' #');
  return (comment < 0 ? value : value.slice(0, comment)).trim();
}

const nameWords = (name: string) => name.toLowerCase().split(/[_.\-:/]/u).filter((word) => word !== '');

/** `DB_PASSWORD`, `SECRET_KEY_BASE`, `GITHUB_TOKEN`, `MAPS_API_KEY`; not `RECAPTCHA_SITE_KEY` nor `KEY_ID`. */
export function namesASecret(name: string): boolean {
  const words = nameWords(name);
  if (words.some((word) => SECRET_NAME_WORDS.includes(word))) return true;
  const key = words.indexOf('key');
  return key > 0 && !words.some((word) => PUBLIC_KEY_WORDS.includes(word));
}

const NOT_CREDENTIALS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', 'none', 'nil', 'undefined', 'disabled', 'enabled']);

/**
 * Empty, a reference to another variable (`${NPM_TOKEN}`, `$TOKEN`), a flag or a small number,
 * a `<to fill>`, `xxxx`, or a word that says so (`changeme`, `fake:fake`); or the value repeats
 * a word of its own name (`POSTGRES_PASSWORD=postgres`): no real secret is its own label.
 */
export function isPlaceholder(value: string, name = ''): boolean {
  if (value === '' || value.startsWith('$') || value.startsWith('<') || value.startsWith('{{') || value.startsWith('%')) return true;
  const lower = value.toLowerCase();
  if (NOT_CREDENTIALS.has(lower) || (value.length <= 6 && [...value].every((char) => char >= '0' && char <= '9'))) return true;
  if (value.length >= 3 && [...value].every((char) => char === value[0])) return true;
  const letters = lower.replace(/[^a-z0-9]/gu, '');
  if (letters === '') return true;
  if (PLACEHOLDER_WORDS.some((word) => letters.includes(word))) return true;
  return letters.length >= 3 && nameWords(name).join('').includes(letters);
}

/** `scheme://user:password@host`: the password part, when there is one. */
const URL_PASSWORD = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^\s:@/]*):([^\s@/]+)@/u;

export type ValueFinding = { kind: 'token'; issuer: string } | { kind: 'urlPassword' };

/** A value that is a credential by its shape, whatever its name: an issuer's token format, a URL's password. */
export function credentialShape(value: string): ValueFinding | undefined {
  const token = TOKEN_SHAPES.find((shape) => shape.pattern.test(value));
  if (token) return { kind: 'token', issuer: token.name };
  const url = URL_PASSWORD.exec(value);
  if (url && url[2] !== url[1] && !isPlaceholder(url[2] ?? '')) return { kind: 'urlPassword' };
  return undefined;
}
