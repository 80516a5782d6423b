import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credentialShape, isPlaceholder, namesASecret } from '../src/check/rules/secrets-values.js';
import { SECRET_PATTERNS } from '../src/policy/secret-patterns.js';
import { completeAnswers, repoRoot, sharedDir } from './fixtures.js';

/**
 * S1 as a security reviewer reads it: a file whose name says secret is judged by what it holds.
 * Templates and empty or dummy files pass; a real secret fails and the message says, per file,
 * what matched (never the value); a key under a test folder is named, not failed.
 */
const bin = join(repoRoot, 'dist', 'bin', 'codegouv.js');

interface RuleResult {
  id: string;
  ok: boolean;
  message: string;
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });

/** A git repository whose every file is committed, even those a .gitignore would leave out. */
function repository(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-secrets-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A', '-f');
  git(dir, 'commit', '-qm', 'x');
  return dir;
}

function s1(dir: string, lang = 'fr'): RuleResult {
  const result = spawnSync(process.execPath, [bin, 'check', '--json', '--lang', lang, dir], { encoding: 'utf8', timeout: 60_000 });
  const rules = (JSON.parse(result.stdout) as { results: { rules: RuleResult[] }[] }).results[0]?.rules ?? [];
  const rule = rules.find((candidate) => candidate.id === 'S1');
  if (!rule) throw new Error(`no S1 in ${result.stdout}${result.stderr}`);
  return rule;
}

/** Real-looking values: each would be a secret anywhere but in a template. */
const REAL_PASSWORD = 'Zq8vKp2LwX9mRt4';
const GITHUB_TOKEN = `ghp_${'aB3dE5fG7hJ9kL1mN2pQ4rS6tU8vW0xY2zA4'}`;
const NPM_TOKEN = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const PRIVATE_KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----\n';
const OPENSSH_KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n';
const CERTIFICATE = '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----\n';
const FILLED_ENV = `SECRET_KEY=${REAL_PASSWORD}\nDATABASE_URL=postgres://app:${REAL_PASSWORD}@db.internal/app\n`;

describe('S1 on crafted repositories', () => {
  it('passes every template form, even filled in, and the files that hold no secret', () => {
    const dir = repository({
      '.env.example': FILLED_ENV,
      '.env.sample': FILLED_ENV,
      '.env.dist': FILLED_ENV,
      '.env.template': FILLED_ENV,
      '.env.defaults': FILLED_ENV,
      '.env.dev.example': FILLED_ENV,
      '.env-example': FILLED_ENV,
      '.env.dev-exemple': FILLED_ENV,
      'deploy/server.pem.example': PRIVATE_KEY,
      'front/.env': '',
      '.env.test': 'APP_HOST="test.host"\nDATAGOUV_API_KEY="clesecrete"\nUNIVERSIGN_USERPWD="fake:fake"\nDB_PASSWORD=\nAPI_TOKEN=${API_TOKEN}\nSECRET_KEY=<à remplir>\nPOSTGRES_PASSWORD=postgres\nDJANGO_SECRET_KEY=django-insecure-7k2m\nTOKEN_TTL=3600\n',
      'web/.env': 'HEADER_LOGO=%PUBLIC_URL%/logo.svg?v=2\nTAB_TITLE=Onyxia\nRECAPTCHA_SITE_KEY=6LcQx8kUAAAAAJ2v\nDISABLE_HOMEPAGE=false\n',
      '.npmrc': 'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nengine-strict=true\n',
      'website/.npmrc': 'auto-install-peers=true\n',
      '.pypirc': '[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n',
      'certs/ca.pem': CERTIFICATE,
      'keys/deploy.pub': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGg deploy@example\n',
    });
    const rule = s1(dir);
    expect(rule.ok, rule.message).toBe(true);
    expect(rule.message).toContain('.env.test (valeurs de secrets vides ou factices)');
    expect(rule.message).toContain('web/.env (aucune variable de secret)');
    expect(rule.message).toContain('certs/ca.pem (certificat ou clé publique, sans clé privée)');
    expect(rule.message).toContain('.npmrc (sans identifiant en clair)');
    expect(rule.message).not.toMatch(/\.env\.example|exemple|\.pub/u);
  });

  it('fails on each real secret and says per file what matched, never the value', () => {
    const dir = repository({
      '.env': `DB_PASSWORD=${REAL_PASSWORD}\nAPP_NAME=demo\n`,
      '.env.production': `DATABASE_URL=postgres://app:${REAL_PASSWORD}@db.internal/app\n`,
      'ops/.env.local': `GH=${GITHUB_TOKEN}\n`,
      '.npmrc': `//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n`,
      '.pypirc': `[pypi]\nusername = __token__\npassword = ${REAL_PASSWORD}\n`,
      'deploy/server.key': PRIVATE_KEY,
      'home/id_ed25519': OPENSSH_KEY,
      'certs/store.p12': Buffer.from([0x30, 0x82, 0x0a, 0x01, 0x02, 0x01, 0x03]),
    });
    const rule = s1(dir);
    expect(rule.ok).toBe(false);
    for (const expected of [
      '.env (valeur non vide dans .env pour DB_PASSWORD)',
      '.env.production (mot de passe dans l\'URL de DATABASE_URL)',
      'ops/.env.local (jeton GitHub dans GH)',
      '.npmrc (jeton npm en clair dans _authToken)',
      '.pypirc (mot de passe en clair dans password)',
      'deploy/server.key (clé privée PEM)',
      'home/id_ed25519 (clé privée PEM)',
      'certs/store.p12 (magasin de clés, nom en *.p12)',
    ]) expect(rule.message).toContain(expected);
    for (const value of [REAL_PASSWORD, GITHUB_TOKEN, NPM_TOKEN]) expect(rule.message).not.toContain(value);
    const english = s1(dir, 'en');
    expect(english.message).toContain('deploy/server.key (PEM private key)');
    expect(english.message).toContain('.npmrc (plain npm token in _authToken)');
  });

  it('names a key under a test folder without failing the MUST', () => {
    const dir = repository({
      'test/fixtures/tls/server.key': PRIVATE_KEY,
      'src/__tests__/id_rsa': OPENSSH_KEY,
      'README.md': '# x\n',
    });
    const rule = s1(dir);
    expect(rule.ok, rule.message).toBe(true);
    expect(rule.message).toContain('Secrets de test sous un dossier de tests');
    expect(rule.message).toContain('test/fixtures/tls/server.key (clé privée PEM)');
    expect(rule.message).toContain('src/__tests__/id_rsa (clé privée PEM)');
  });

  it('still fails a real key beside test keys', () => {
    const rule = s1(repository({ 'tests/key.pem': PRIVATE_KEY, 'prod/key.pem': PRIVATE_KEY }));
    expect(rule.ok).toBe(false);
    expect(rule.message).toMatch(/Secrets versionnés ou non exclus : prod\/key\.pem \(clé privée PEM\)\..*tests\/key\.pem \(clé privée PEM\)/u);
  });
});

describe('what a value or a name says', () => {
  it('tells secret names from public ones', () => {
    for (const name of ['DB_PASSWORD', 'SECRET_KEY_BASE', 'GITHUB_TOKEN', 'MAPS_API_KEY', 'db.pass', 'AWS_SECRET']) expect(namesASecret(name), name).toBe(true);
    for (const name of ['RECAPTCHA_SITE_KEY', 'STRIPE_PUBLISHABLE_KEY', 'KEY_ID', 'APP_HOST', 'TAB_TITLE']) expect(namesASecret(name), name).toBe(false);
  });

  it('tells placeholders from real-looking values', () => {
    for (const value of ['', '${NPM_TOKEN}', '$TOKEN', '<à remplir>', '{{ token }}', 'xxxxxx', '****', 'changeme', 'your-token-here', 'fake:fake', 'clesecrete', 'true', '3600']) {
      expect(isPlaceholder(value), value).toBe(true);
    }
    expect(isPlaceholder('postgres', 'POSTGRES_PASSWORD')).toBe(true);
    for (const value of ['x', 'abc', REAL_PASSWORD, NPM_TOKEN]) expect(isPlaceholder(value, 'DB_PASSWORD'), value).toBe(false);
  });

  it('knows a credential by its shape', () => {
    expect(credentialShape(GITHUB_TOKEN)).toEqual({ kind: 'token', issuer: 'GitHub' });
    expect(credentialShape(`postgres://app:${REAL_PASSWORD}@db/app`)).toEqual({ kind: 'urlPassword' });
    expect(credentialShape('postgres://postgres:postgres@localhost/app')).toBeUndefined();
    expect(credentialShape('postgres://app:changeme@localhost/app')).toBeUndefined();
    expect(credentialShape('https://www.data.gouv.fr/api/1')).toBeUndefined();
  });
});

describe('the generator\'s secret patterns, read by git', () => {
  it('ignore the secrets and never the templates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-secrets-ignore-'));
    git(dir, 'init', '-q');
    writeFileSync(join(dir, '.gitignore'), `${SECRET_PATTERNS.join('\n')}\n`);
    const ignored = (path: string) => spawnSync('git', ['check-ignore', '--no-index', '-q', path], { cwd: dir }).status === 0;
    for (const path of ['.env', '.env.local', 'sub/.env.production', 'server.key', 'cert.pem', 'id_rsa', '.npmrc', '.pypirc', '.netrc', 'store.p12']) {
      expect(ignored(path), path).toBe(true);
    }
    for (const path of ['.env.example', '.env.sample', '.env.dist', '.env.template', '.env.defaults', 'sub/.env.dev.example', 'server.pem.example']) {
      expect(ignored(path), path).toBe(false);
    }
  });
});

describe('codegouv security on a .gitignore that already re-includes a template', () => {
  it('appends the missing patterns without ignoring the template again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-secrets-append-'));
    git(dir, 'init', '-q');
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n!.env.sample\n');
    const answers = join(dir, '..', `${dir.split('/').pop() ?? 'x'}-answers.json`);
    writeFileSync(answers, JSON.stringify(completeAnswers()));
    const run = spawnSync(process.execPath, [bin, 'security', '--yes', '--force', '--answers', answers], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    const written = readFileSync(join(dir, '.gitignore'), 'utf8');
    expect(written).toMatch(/^node_modules\/\n!\.env\.sample\n/u);
    const ignored = (path: string) => spawnSync('git', ['check-ignore', '--no-index', '-q', path], { cwd: dir }).status === 0;
    expect(ignored('.env')).toBe(true);
    expect(ignored('.env.local')).toBe(true);
    expect(ignored('.env.example')).toBe(false);
    expect(ignored('.env.sample')).toBe(false);
  });
});

/**
 * The 24 real repositories of French administrations (https://code.gouv.fr/sources/): S1 must
 * pass on each one where a careful reader found no secret.
 */
const realrepos = join(sharedDir, 'realrepos');

describe.runIf(existsSync(join(realrepos, 'materialize.sh')))('S1 on real repositories', () => {
  it('passes wherever the reader found no secret', { timeout: 300_000 }, () => {
    const manifest = JSON.parse(readFileSync(join(realrepos, 'manifest.json'), 'utf8')) as Record<string, { expectedMustFailures: string[] }>;
    const dest = mkdtempSync(join(tmpdir(), 'codegouv-secrets-real-'));
    execFileSync('sh', [join(realrepos, 'materialize.sh'), dest], { stdio: 'ignore' });
    const names = readdirSync(dest).filter((name) => name in manifest);
    expect(names.length).toBe(Object.keys(manifest).length);
    const audited = names.filter((name) => !manifest[name]?.expectedMustFailures.some((failure) => /^S1\b/u.test(failure)));
    // One fleet audit: one process for all, as an OSPO runs it.
    const result = spawnSync(process.execPath, [bin, 'check', '--json', ...audited.map((name) => join(dest, name))], { encoding: 'utf8', timeout: 240_000 });
    const results = (JSON.parse(result.stdout) as { results: { path: string; rules?: RuleResult[] }[] }).results;
    expect(results.length).toBe(audited.length);
    const failing = results.flatMap(({ path, rules }) => {
      const rule = rules?.find((candidate) => candidate.id === 'S1');
      return rule?.ok ? [] : [`${path}: ${rule?.message ?? 'no S1'}`];
    });
    expect(failing).toEqual([]);
  });
});
