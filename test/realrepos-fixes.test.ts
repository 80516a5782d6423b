import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { AREAS } from '../src/policy/areas.js';
import { repoRoot, sharedDir } from './fixtures.js';

/**
 * Fixes that fix: on the real repositories (the realrepos fixtures), every rule `check` fails
 * comes with a fix, and every fix that is a `codegouv` command, run headless on a copy of the
 * repository exactly as suggested (plus `--yes` and the answers only a user can give), makes
 * that rule pass when `check` runs again.
 */
const realrepos = join(sharedDir, 'realrepos');
const available = existsSync(join(realrepos, 'materialize.sh'));
const bin = join(repoRoot, 'dist', 'bin', 'codegouv.js');

/**
 * What a user types when asked: given for a fixture only where `codegouv` run without a terminal
 * says the answer is missing (the repository does not tell it), never in place of what it infers.
 */
const TYPED_WHEN_ASKED: Readonly<Record<string, unknown>> = {
  administration: 'Ministère des Armées',
  contactName: 'Agnès Dupré',
  contactEmail: 'agnes.dupre@intradef.gouv.fr',
  securityEmail: 'securite.numerique@intradef.gouv.fr',
  conductEmail: 'moderation.communaute@intradef.gouv.fr',
  description: 'Un logiciel publié par une administration française',
  longDescription: 'Ce logiciel est publié par une administration française. Il existait avant codegouv : les commandes proposées par codegouv check doivent le mettre en conformité sans rien perdre de ce que l\'équipe a écrit.',
  features: ['Fonctionnalité principale'],
  licence: 'MIT',
  reciprocityReason: 'Garantir que les améliorations du service restent disponibles pour toutes les administrations',
};

/** The answers `codegouv` (every area) still needs in `dir`, from what it prints without a terminal. */
function askedAnswers(dir: string): Record<string, unknown> {
  // Asked again with what was typed: an answer may call for another (a person's contact address
  // calls for a dedicated security address).
  const answers: Record<string, unknown> = {};
  const file = join(dir, '..', `${dir.split('/').pop()}.asked.yml`);
  for (let round = 0; round < 3; round += 1) {
    writeFileSync(file, stringify(answers));
    const explained = spawnSync(process.execPath, [bin, '--answers', file], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const keys = [...explained.stderr.matchAll(/^ {2}--[\w-]+ \((\w+)\)/gmu)].map((match) => match[1] ?? '').filter((key) => !(key in answers));
    if (keys.length === 0) break;
    const unknown = keys.filter((key) => !(key in TYPED_WHEN_ASKED));
    if (unknown.length > 0) throw new Error(`${dir}: no typed answer for ${unknown.join(', ')}`);
    for (const key of keys) answers[key] = TYPED_WHEN_ASKED[key];
  }
  return answers;
}

/**
 * Pairs whose command fix cannot make the rule pass, and why. Each `fixture rule` is exact: a
 * pair that starts passing must leave this list.
 */
const UNATTRIBUTABLE = 'codegouv licence declares the team\'s files in REUSE.toml; the files it cannot attribute (third-party code, files with their own notice, media, folders with their own licence) stay for the team to declare from the snippet it prints';
const FOREIGN_NOTICES = 'the holder is now known, but the files carry other holders\' notices: adding the administration to them is H2\'s edit fix';
const NO_PROJECT_FILE = 'the holder is now known, but no file is under the project licence (a content repository): declaring it is H2\'s edit fix';
const LICENCE_UNKNOWN = 'the holder is now known, but the project licence is not: L1\'s fix, an edit, comes first';
const CANNOT_PASS: Readonly<Record<string, string>> = {
  'ANSSI-FR__polichombr H1': UNATTRIBUTABLE,
  'CatalaLang__catala H1': UNATTRIBUTABLE,
  'GeotrekCE__Geotrek-admin H1': UNATTRIBUTABLE,
  'IGNF__geoportal-access-lib H1': UNATTRIBUTABLE,
  'InseeFrLab__onyxia H1': UNATTRIBUTABLE,
  'SocialGouv__code-du-travail-numerique H1': UNATTRIBUTABLE,
  'betagouv__jeveuxaider-back H1': UNATTRIBUTABLE,
  'demarches-simplifiees__demarches-simplifiees.fr H1': UNATTRIBUTABLE,
  'etalab__transport-site H1': UNATTRIBUTABLE,
  'numerique-gouv__sites-faciles H1': UNATTRIBUTABLE,
  'opendatateam__udata H1': UNATTRIBUTABLE,
  'publicodes__publicodes H1': UNATTRIBUTABLE,
  'DISIC__politique-de-contribution-open-source H2': NO_PROJECT_FILE,
  'camelot-os__sentry-kernel H2': FOREIGN_NOTICES,
  'IGNF__geoportal-access-lib H2': LICENCE_UNKNOWN,
  'betagouv__jeveuxaider-back H2': LICENCE_UNKNOWN,
  // Its LICENSE is the Licence Ouverte, a documentation licence: REUSE.toml would declare its files under the code licence answered.
  'DISIC__politique-de-contribution-open-source H1': 'its licence text is etalab-2.0, not the code licence answered: codegouv writes no REUSE.toml that would say otherwise',
};

interface RuleJson {
  id: string;
  ok: boolean;
  message: string;
  fix?: { command: string; argv: string[] } | { edit: string };
}
interface ResultJson {
  path: string;
  rules?: RuleJson[];
}

function checkJson(cwd: string, paths: readonly string[]): ResultJson[] {
  const output = execFileSync(process.execPath, [bin, 'check', '--json', ...paths], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  return (JSON.parse(output) as { results: ResultJson[] }).results;
}

/** `check` exits 1 on a non-compliant repository: its JSON is what counts. */
function audit(cwd: string, paths: readonly string[]): ResultJson[] {
  try {
    return checkJson(cwd, paths);
  } catch (error) {
    const stdout = (error as { stdout?: string }).stdout ?? '';
    return (JSON.parse(stdout) as { results: ResultJson[] }).results;
  }
}

function run(cwd: string, args: readonly string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}

interface Attempt {
  fixture: string;
  argv: string[];
  rules: string[];
  copy: string;
  status: number | null;
  output: string;
}

describe.runIf(available)('check\'s fixes on real repositories', () => {
  const dest = mkdtempSync(join(tmpdir(), 'codegouv-fixes-'));
  const originals = join(dest, 'originals');
  const copies = join(dest, 'copies');
  const answersOf = (fixture: string) => join(dest, `${fixture}.answers.yml`);
  let before: ResultJson[] = [];
  const attempts: Attempt[] = [];
  const after = new Map<string, ResultJson>();

  beforeAll(async () => {
    mkdirSync(originals);
    mkdirSync(copies);
    execFileSync('sh', [join(realrepos, 'materialize.sh'), originals], { stdio: 'ignore' });
    const names = readdirSync(originals).sort();
    for (const name of names) writeFileSync(answersOf(name), stringify(askedAnswers(join(originals, name))));
    before = audit(originals, names);
    for (const result of before) {
      const byCommand = new Map<string, Attempt>();
      for (const rule of result.rules ?? []) {
        if (rule.ok || !rule.fix || !('argv' in rule.fix)) continue;
        const key = rule.fix.argv.join(' ');
        const attempt = byCommand.get(key) ?? { fixture: result.path, argv: rule.fix.argv, rules: [], copy: `${result.path}--${attempts.length}`, status: null, output: '' };
        if (!byCommand.has(key)) attempts.push(attempt);
        byCommand.set(key, attempt);
        attempt.rules.push(rule.id);
      }
    }
    // One copy per fixture and command (cp -r keeps .git), two commands at a time.
    const queue = [...attempts];
    const worker = async () => {
      for (let attempt = queue.shift(); attempt; attempt = queue.shift()) {
        execFileSync('cp', ['-r', join(originals, attempt.fixture), join(copies, attempt.copy)]);
        const outcome = await run(join(copies, attempt.copy), [...attempt.argv, '--yes', '--answers', answersOf(attempt.fixture)]);
        attempt.status = outcome.status;
        attempt.output = outcome.output;
      }
    };
    await Promise.all([worker(), worker()]);
    for (const result of audit(copies, attempts.map((attempt) => attempt.copy))) after.set(result.path, result);
  }, 600_000);

  it('gives every failed rule of every fixture a fix: a codegouv command or an edit', () => {
    expect(before.length).toBeGreaterThanOrEqual(24);
    const commands = new Set<string>(['', ...AREAS]);
    for (const result of before) {
      for (const rule of (result.rules ?? []).filter((entry) => !entry.ok)) {
        expect(rule.fix, `${result.path} ${rule.id}`).toBeDefined();
        if (rule.fix && 'argv' in rule.fix) {
          expect(commands.has(rule.fix.argv[0] ?? ''), rule.fix.command).toBe(true);
          expect(rule.fix.command).toBe(['codegouv', ...rule.fix.argv].join(' '));
        } else {
          expect(rule.fix?.edit.length, `${result.path} ${rule.id}`).toBeGreaterThan(20);
        }
      }
    }
  });

  it('runs every suggested command headless without refusing', () => {
    const refused = attempts.filter((attempt) => attempt.status !== 0).map((attempt) => `${attempt.fixture} codegouv ${attempt.argv.join(' ')} → ${attempt.status}: ${attempt.output.slice(0, 400)}`);
    expect(refused).toEqual([]);
  });

  it('makes each rule pass once its command has run, except the pairs listed with their reason', () => {
    const stillFailing: string[] = [];
    for (const attempt of attempts) {
      const rules = after.get(attempt.copy)?.rules ?? [];
      for (const id of attempt.rules) {
        if (!rules.find((rule) => rule.id === id)?.ok) stillFailing.push(`${attempt.fixture} ${id}`);
      }
    }
    expect(stillFailing.sort()).toEqual(Object.keys(CANNOT_PASS).sort());
  });

  it('lists only pairs whose fix is a command that was run', () => {
    const run = new Set(attempts.flatMap((attempt) => attempt.rules.map((id) => `${attempt.fixture} ${id}`)));
    for (const pair of Object.keys(CANNOT_PASS)) expect(run.has(pair), pair).toBe(true);
    // The edits: listed for the reader of the test, as the report gives them.
    const edits = before.flatMap((result) => (result.rules ?? []).filter((rule) => !rule.ok && rule.fix && 'edit' in rule.fix).map((rule) => `${result.path} ${rule.id}`));
    expect(edits.length).toBeGreaterThan(0);
  });
});
