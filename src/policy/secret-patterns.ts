/**
 * What the contribution policy asks of secrets: « aucun secret … ne doit être stocké dans le
 * code » (Politique de contribution de l'État, pratique.md « Sécurité »,
 * https://github.com/DISIC/politique-de-contribution-open-source). The same facts feed the
 * generator's .gitignore and `codegouv check`'s S1, so that what one ignores the other judges.
 */

/**
 * The last word of a template's name (`.env.example`, `.env-sample`, `config.pem.dist`): a file
 * to copy and fill in, shipped on purpose, never a secret. `exemple` is the French spelling
 * teams use (`.env.dev-exemple`).
 */
export const TEMPLATE_SUFFIXES: readonly string[] = ['example', 'exemple', 'sample', 'dist', 'template', 'defaults'];

/**
 * Files that usually hold secrets and must stay unversioned, as .gitignore lines; the templates
 * come last, re-included (a negation only undoes the lines above it).
 */
export const SECRET_PATTERNS: readonly string[] = [
  '.env',
  '.env.*',
  '*.pem',
  '*.key',
  '*.p12',
  '*.pfx',
  '*.jks',
  '*.keystore',
  '*.kdbx',
  'id_rsa*',
  'id_ed25519*',
  '.npmrc',
  '.pypirc',
  '.netrc',
  ...TEMPLATE_SUFFIXES.filter((suffix) => suffix !== 'exemple').map((suffix) => `!.env.${suffix}`),
  '!*.example',
];

/**
 * What an existing .gitignore lacks of SECRET_PATTERNS, to append. When a pattern is added, every
 * template negation follows it again: a `!.env.example` already above an appended `.env.*`
 * would be undone by it.
 */
export function missingSecretPatterns(present: ReadonlySet<string>): string[] {
  const negations = SECRET_PATTERNS.filter((pattern) => pattern.startsWith('!'));
  const missing = SECRET_PATTERNS.filter((pattern) => !pattern.startsWith('!') && !present.has(pattern));
  return missing.length === 0 ? negations.filter((pattern) => !present.has(pattern)) : [...missing, ...negations];
}

/**
 * Folders whose keys are test fixtures (a TLS test's throw-away key): named in S1's message,
 * never a failure of the MUST. Compared with each folder of the path, in any case.
 */
export const TEST_FIXTURE_FOLDERS: readonly string[] = ['test', 'tests', 'spec', 'specs', 'fixtures', 'fixture', 'testdata', '__tests__', '__fixtures__'];

/**
 * Words of a variable's name that say its value is a secret (`DB_PASSWORD`, `SECRET_KEY_BASE`,
 * `GITHUB_TOKEN`), as the OWASP Secrets Management Cheat Sheet lists them
 * (https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html). A name
 * is cut at `_`, `-` and `.`; `KEY` counts only after another word (`API_KEY`, not `KEY_ID`).
 */
export const SECRET_NAME_WORDS: readonly string[] = ['secret', 'password', 'passwd', 'pwd', 'pass', 'passphrase', 'token', 'apikey', 'credential', 'credentials', 'privatekey'];

/** Names where `…_KEY` holds something public: the browser-side keys of captcha and map services. */
export const PUBLIC_KEY_WORDS: readonly string[] = ['public', 'publishable', 'site', 'pub'];

/**
 * Words that make a value an obvious placeholder (`changeme`, `your-token-here`, `fake:fake`,
 * `clesecrete`), compared with the lower-cased value without separators.
 */
export const PLACEHOLDER_WORDS: readonly string[] = [
  'change', 'example', 'exemple', 'sample', 'dummy', 'fake', 'test', 'placeholder', 'secret', 'password', 'motdepasse',
  'xxx', 'your', 'votre', 'replace', 'remplacer', 'todo', 'tbd', 'redacted', 'insecure', 'notreal', 'foobar', 'mock',
];

/** A credential's own shape, whatever the name it is given, each from its issuer's format. */
export interface TokenShape {
  /** What S1 says matched. */
  name: string;
  pattern: RegExp;
  source: string;
}

export const TOKEN_SHAPES: readonly TokenShape[] = [
  { name: 'GitHub', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})/u, source: 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/' },
  { name: 'npm', pattern: /\bnpm_[A-Za-z0-9]{36}\b/u, source: 'https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/' },
  { name: 'GitLab', pattern: /\bglpat-[A-Za-z0-9_-]{20}/u, source: 'https://docs.gitlab.com/security/tokens/' },
  { name: 'AWS', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/u, source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids' },
  { name: 'Slack', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/u, source: 'https://api.slack.com/authentication/token-types' },
];

/** The keys of an .npmrc that carry a credential (https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration). */
export const NPMRC_CREDENTIAL_KEYS: readonly string[] = ['_authToken', '_auth', '_password'];
