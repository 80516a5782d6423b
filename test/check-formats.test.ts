import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json' with { type: 'json' };
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { codegouv } from './fixtures.js';

/**
 * `codegouv check --format`: the fleet table, JSON's summary, SARIF 2.1.0 for GitHub code scanning
 * and GitLab's Code Quality report, on a crafted fleet: a compliant repository, a non-compliant
 * one (no LICENSE) and a dangling link (an error entry).
 */

/** The OASIS SARIF 2.1.0 JSON schema (draft-04), as @microsoft/jest-sarif ships it. */
const SARIF_SCHEMA: object = sarifSchema;

/**
 * No package ships a schema of GitLab's Code Quality report: this one is written from the
 * fields GitLab requires, https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 */
const CODE_QUALITY_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1 },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
};

/** CommonJS modules: their `default` is the class and the plugin. */
const { default: Ajv } = ajvDraft04;
const { default: addFormats } = ajvFormats;

function validator(schema: object) {
  // The rtm.5 schema's language pattern (`…]?$`) is valid only without the `u` flag; strict mode rejects its unknown keywords.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

interface RuleJson { id: string; level: 'MUST' | 'SHOULD' | 'MAY'; ok: boolean }
interface EntryJson { path: string; status: string; compliant?: boolean; rules?: RuleJson[]; message?: string }
interface Summary { paths: number; compliant: number; nonCompliant: number; errors: number; failed: Record<string, number>; rules: Record<string, { level: string; passed: number; failed: number }> }
interface CodeQualityIssue { check_name: string; severity: string; fingerprint: string; description: string; location: { path: string; lines: { begin: number } } }

const FLEET = ['compliant', 'broken', 'dangling'];
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'codegouv-formats-'));
  const compliant = join(root, 'compliant');
  mkdirSync(compliant);
  const made = codegouv(compliant, [
    '--yes', '--administration', 'Ministère de l\'Exemple', '--licence', 'EUPL-1.2', '--reciprocity-reason', 'Garantir que les améliorations faites par d\'autres administrations restent disponibles pour toutes', '--project-name', 'mon-outil',
    '--description', 'Un outil pour instruire les demandes', '--long-description', 'Cet outil aide les agents à instruire les demandes des usagers : il rassemble les pièces, vérifie leur complétude et prépare les courriers de réponse.',
    '--features', 'Instruction des demandes', '--repository-url', 'https://github.com/ministere-exemple/mon-outil',
    '--contact-name', 'Équipe outil', '--contact-email', 'equipe.outil@exemple.gouv.fr',
  ]);
  expect(made.status, made.stderr).toBe(0);
  cpSync(compliant, join(root, 'broken'), { recursive: true });
  rmSync(join(root, 'broken', 'LICENSE'));
  symlinkSync(join(root, 'nowhere'), join(root, 'dangling'));
}, 60_000);

describe('codegouv check --format sarif', () => {
  it('is valid SARIF 2.1.0: one rule per check rule, a result at the file concerned for each failure and one for the path in error', () => {
    const run = codegouv(root, ['check', '--format', 'sarif', ...FLEET]);
    expect(run.status, run.stderr).toBe(3);
    const log = JSON.parse(run.stdout) as Log;
    const validate = validator(SARIF_SCHEMA);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ message: { text: 'x' }, level: 'fatal' }] }] }), 'the schema is really applied').toBe(false);
    expect(log.version).toBe('2.1.0');
    const [sarifRun] = log.runs;
    const rules = sarifRun?.tool.driver.rules ?? [];
    const l1 = rules.find((rule) => rule.id === 'L1');
    expect(l1?.shortDescription?.text).toBe('Texte intégral d\'une licence autorisée à la racine');
    expect(l1?.helpUri).toMatch(/^https:\/\//u);
    expect(l1?.defaultConfiguration?.level).toBe('error');
    expect(rules.find((rule) => rule.id === 'F3')?.defaultConfiguration?.level).toBe('warning');
    expect(rules.find((rule) => rule.id === 'F2-unread')?.defaultConfiguration?.level).toBe('note');

    const results = sarifRun?.results ?? [];
    const locationOf = (ruleId: string, under: string) => results.find((result) => result.ruleId === ruleId && result.locations?.[0]?.physicalLocation?.artifactLocation?.uri?.startsWith(under));
    const licence = locationOf('L1', 'broken/');
    expect(licence?.level).toBe('error');
    expect(licence?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'broken/LICENSE', uriBaseId: '%SRCROOT%' });
    expect(licence?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(1);
    for (const result of results) {
      expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      expect(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri).not.toMatch(/^\/|^file:/u);
    }
    expect(results.filter((result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri?.startsWith('compliant/') && result.level === 'error')).toEqual([]);
    const error = results.find((result) => result.ruleId === 'not-audited');
    expect(error?.level).toBe('error');
    expect(error?.message.text).toContain('dangling');
    expect(error?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('dangling');
    expect(sarifRun?.invocations?.[0]?.executionSuccessful).toBe(false);
  });
});

describe('codegouv check --format codequality', () => {
  it('is a GitLab Code Quality report with every required field, the path in error included, fingerprints stable across runs', () => {
    const first = codegouv(root, ['check', '--format', 'codequality', ...FLEET]);
    expect(first.status, first.stderr).toBe(3);
    const issues = JSON.parse(first.stdout) as CodeQualityIssue[];
    const validate = validator(CODE_QUALITY_SCHEMA);
    expect(validate(issues), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate([{ ...issues[0], location: { path: 'x' } }]), 'the schema is really applied').toBe(false);
    expect(issues.find((issue) => issue.check_name === 'L1' && issue.location.path === 'broken/LICENSE')?.severity).toBe('major');
    expect(issues.find((issue) => issue.location.path === 'dangling')).toMatchObject({ check_name: 'not-audited', severity: 'blocker' });
    expect(issues.filter((issue) => issue.location.path.startsWith('compliant/') && issue.severity === 'major')).toEqual([]);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);

    const second = codegouv(root, ['check', '--format', 'codequality', ...FLEET]);
    expect((JSON.parse(second.stdout) as CodeQualityIssue[]).map((issue) => issue.fingerprint)).toEqual(issues.map((issue) => issue.fingerprint));
  });
});

describe('codegouv check --json', () => {
  it('keeps every entry as it was and adds a summary whose counts are those of the entries', () => {
    const run = codegouv(root, ['check', '--json', ...FLEET]);
    expect(run.status).toBe(3);
    const report = JSON.parse(run.stdout) as { results: EntryJson[]; summary: Summary };
    expect(Object.keys(report)).toEqual(['results', 'summary']);
    expect(report.results.map((entry) => entry.status)).toEqual(['compliant', 'non-compliant', 'error']);
    expect(Object.keys(report.results[2] ?? {}).sort()).toEqual(['message', 'path', 'status']);

    const expected: Summary = { paths: 3, compliant: 0, nonCompliant: 0, errors: 0, failed: { MUST: 0, SHOULD: 0, MAY: 0 }, rules: {} };
    for (const entry of report.results) {
      if (entry.status === 'error') expected.errors += 1;
      else if (entry.status === 'compliant') expected.compliant += 1;
      else expected.nonCompliant += 1;
      for (const rule of entry.rules ?? []) {
        const counts = (expected.rules[rule.id] ??= { level: rule.level, passed: 0, failed: 0 });
        if (rule.ok) counts.passed += 1;
        else {
          counts.failed += 1;
          expected.failed[rule.level] = (expected.failed[rule.level] ?? 0) + 1;
        }
      }
    }
    expect(report.summary).toEqual(expected);
    expect(report.summary.rules.L1).toEqual({ level: 'MUST', passed: 1, failed: 1 });
    expect(report.summary.errors).toBe(1);
  });

  it('--json is --format json', () => {
    expect(codegouv(root, ['check', '--json', ...FLEET]).stdout).toBe(codegouv(root, ['check', '--format', 'json', ...FLEET]).stdout);
  });
});

describe('codegouv check text report of a fleet', () => {
  it('prints the per-repository table (status, MUST and SHOULD failed) before the details', () => {
    const run = codegouv(root, ['check', ...FLEET]);
    expect(run.status).toBe(3);
    const lines = run.stdout.split('\n');
    const header = lines.findIndex((line) => /^ {2}Dépôt\s+Statut\s+Obligatoires non respectées\s+Recommandations non suivies\s+Détail$/u.test(line));
    const firstDetail = lines.findIndex((line) => line.startsWith('Dépôt : '));
    expect(header).toBeGreaterThanOrEqual(0);
    expect(header).toBeLessThan(firstDetail);
    const json = JSON.parse(codegouv(root, ['check', '--json', ...FLEET]).stdout) as { results: EntryJson[] };
    const failed = (entry: EntryJson | undefined, level: string) => String(entry?.rules?.filter((rule) => rule.level === level && !rule.ok).length);
    expect(lines[header + 1]).toMatch(new RegExp(`^ {2}compliant\\s+conforme\\s+0\\s+${failed(json.results[0], 'SHOULD')}\\s+—$`, 'u'));
    expect(lines[header + 2]).toMatch(new RegExp(`^ {2}broken\\s+non conforme\\s+${failed(json.results[1], 'MUST')}\\s+${failed(json.results[1], 'SHOULD')}\\s+L1`, 'u'));
    expect(lines[header + 3]).toMatch(/^ {2}dangling\s+erreur\s+—\s+—\s+dangling/u);
  });
});

describe('codegouv check --format usage errors', () => {
  it('refuses an unknown format in French, naming the option and the accepted values (exit 2)', () => {
    const run = codegouv(root, ['check', '--format', 'xml', 'compliant']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--format « xml » : text, json, sarif, codequality ou html attendu.');
    const english = codegouv(root, ['check', '--lang', 'en', '--format', 'xml', 'compliant']);
    expect(english.stderr).toContain('--format "xml": expected text, json, sarif, codequality or html.');
  });

  it('documents --format in check --help, in both languages', () => {
    expect(codegouv(root, ['check', '--help']).stdout).toContain('--format text|json|sarif|codequality');
    expect(codegouv(root, ['check', '--help', '--lang', 'en']).stdout).toContain('--format text|json|sarif|codequality');
  });
});
