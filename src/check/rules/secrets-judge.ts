import { NPMRC_CREDENTIAL_KEYS, SECRET_PATTERNS, TEMPLATE_SUFFIXES, TEST_FIXTURE_FOLDERS } from '../../policy/secret-patterns.js';
import { type GitignoreRules, isIgnored, parseGitignore } from '../../repo/gitignore.js';
import type { RepositoryTree } from '../../repo/tree.js';
import { type Message, msg } from '../../i18n/message.js';
import { assignments, credentialShape, isPlaceholder, namesASecret } from './secrets-values.js';

/**
 * One file whose name the generator's .gitignore lists, read as a security reviewer would: what
 * it holds decides, not only its name. A secret is `exposed`; the same under a test folder is a
 * `fixture` (named, never a failure); anything else is `harmless`, with why.
 */
export interface Judgement {
  path: string;
  verdict: 'exposed' | 'fixture' | 'harmless';
  what: Message;
}

const CANDIDATES = parseGitignore(SECRET_PATTERNS.join('\n'));
/** Each positive pattern alone, to say which one a file matched. */
const EACH_PATTERN: readonly { pattern: string; rules: GitignoreRules }[] = SECRET_PATTERNS.filter((pattern) => !pattern.startsWith('!')).map((pattern) => ({
  pattern,
  rules: parseGitignore(pattern),
}));

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** `.env.example`, `.env-sample`, `server.pem.dist`: the last word after `.`, `-` or `_`. */
function isTemplateName(path: string): boolean {
  const name = basename(path).toLowerCase();
  return TEMPLATE_SUFFIXES.some((suffix) => ['.', '-', '_'].some((separator) => name.endsWith(`${separator}${suffix}`)));
}

const underTestFolder = (path: string) =>
  path.split('/').slice(0, -1).some((folder) => TEST_FIXTURE_FOLDERS.includes(folder.toLowerCase()));

const KEYSTORES = ['.p12', '.pfx', '.jks', '.keystore', '.kdbx'];

/** Whether the name makes the file a candidate at all: listed by SECRET_PATTERNS, not a template, not a public key. */
export function isSecretName(path: string): boolean {
  return isIgnored(CANDIDATES, path) && !path.endsWith('.pub') && !isTemplateName(path);
}

export function judgeSecretFile(tree: RepositoryTree, path: string): Judgement {
  const found = judgeContent(tree, path, basename(path));
  if ('harmless' in found) return { path, verdict: 'harmless', what: found.harmless };
  return { path, verdict: underTestFolder(path) ? 'fixture' : 'exposed', what: found.secret };
}

type Found = { secret: Message } | { harmless: Message };

function patternOf(path: string): string {
  return EACH_PATTERN.find((entry) => isIgnored(entry.rules, path))?.pattern ?? basename(path);
}

function judgeContent(tree: RepositoryTree, path: string, name: string): Found {
  const lower = name.toLowerCase();
  if (KEYSTORES.some((extension) => lower.endsWith(extension))) {
    const bytes = tree.bytes(path);
    if (bytes === undefined) return { secret: msg('secrets.match.unreadable', { pattern: patternOf(path) }) };
    return bytes.length === 0 ? { harmless: msg('secrets.clean.empty') } : { secret: msg('secrets.match.keystore', { pattern: patternOf(path) }) };
  }
  if (name === '.npmrc') return judgeText(tree, path, npmrcCredential);
  if (name === '.pypirc' || name === '.netrc') return judgeText(tree, path, passwordField);
  if (name === '.env' || name.startsWith('.env.')) return judgeText(tree, path, envSecret);
  return judgeKey(tree, path);
}

function judgeText(tree: RepositoryTree, path: string, judge: (text: string) => Found): Found {
  const text = tree.text(path);
  if (text === undefined) return { secret: msg('secrets.match.unreadable', { pattern: patternOf(path) }) };
  if (text.trim() === '') return { harmless: msg('secrets.clean.empty') };
  return judge(text);
}

/** A key (`*.pem`, `*.key`, `id_rsa`): a private key in PEM, or DER's ASN.1 sequence; a certificate alone is public. */
function judgeKey(tree: RepositoryTree, path: string): Found {
  const bytes = tree.bytes(path);
  if (bytes === undefined) return { secret: msg('secrets.match.unreadable', { pattern: patternOf(path) }) };
  if (bytes.length === 0) return { harmless: msg('secrets.clean.empty') };
  if (hasPrivateKeyHeader(bytes)) return { secret: msg('secrets.match.privateKey') };
  if (bytes.includes('-----BEGIN ')) return { harmless: msg('secrets.clean.publicOnly') };
  if (bytes[0] === 0x30) return { secret: msg('secrets.match.derKey', { pattern: patternOf(path) }) };
  return { harmless: msg('secrets.clean.notKey') };
}

/** `-----BEGIN PRIVATE KEY-----`, `… RSA PRIVATE KEY-----`, `… OPENSSH PRIVATE KEY-----`, `… PGP PRIVATE KEY BLOCK-----` (RFC 7468). */
function hasPrivateKeyHeader(bytes: Buffer): boolean {
  const begin = Buffer.from('-----BEGIN ');
  for (let at = bytes.indexOf(begin); at >= 0; at = bytes.indexOf(begin, at + begin.length)) {
    const label = bytes.subarray(at + begin.length, at + begin.length + 64).toString('latin1');
    const end = label.indexOf('-----');
    const kind = end < 0 ? '' : label.slice(0, end);
    if (kind.endsWith('PRIVATE KEY') || kind.endsWith('PRIVATE KEY BLOCK')) return true;
  }
  return false;
}

/** `_authToken`, `_auth`, `_password`, alone or after `//registry/:`, with a literal value. */
function npmrcCredential(text: string): Found {
  for (const { name, value } of assignments(text)) {
    const key = name.slice(name.lastIndexOf(':') + 1);
    if (NPMRC_CREDENTIAL_KEYS.includes(key) && !isPlaceholder(value)) return { secret: msg('secrets.match.npmToken', { key }) };
    const shape = credentialShape(value);
    if (shape?.kind === 'token') return { secret: msg('secrets.match.token', { issuer: shape.issuer, name }) };
  }
  return { harmless: msg('secrets.clean.noCredential') };
}

/** `password = …` of a .pypirc, `password …` of a .netrc. */
function passwordField(text: string): Found {
  const tokens = text.split(/[\s=:]+/u);
  for (let index = 0; index < tokens.length - 1; index += 1) {
    const value = tokens[index + 1] ?? '';
    if (tokens[index]?.toLowerCase() === 'password' && !isPlaceholder(value)) return { secret: msg('secrets.match.password', { key: 'password' }) };
  }
  return { harmless: msg('secrets.clean.noCredential') };
}

/** A .env: a secret's name with a real-looking value, a token's shape, a URL's password, a private key. */
function envSecret(text: string): Found {
  const named: string[] = [];
  let placeholders = false;
  for (const { name, value } of assignments(text)) {
    const shape = credentialShape(value);
    if (shape?.kind === 'token') return { secret: msg('secrets.match.token', { issuer: shape.issuer, name }) };
    if (shape?.kind === 'urlPassword') return { secret: msg('secrets.match.urlPassword', { name }) };
    if (!namesASecret(name)) continue;
    if (isPlaceholder(value, name)) placeholders = true;
    else named.push(name);
  }
  if (named.length > 0) return { secret: msg('secrets.match.envValue', { names: named.slice(0, 5) }) };
  if (hasPrivateKeyHeader(Buffer.from(text))) return { secret: msg('secrets.match.privateKey') };
  return { harmless: placeholders ? msg('secrets.clean.placeholders') : msg('secrets.clean.noSecretName') };
}
