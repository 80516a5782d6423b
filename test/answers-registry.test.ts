import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ANSWER_KEYS, BOOLEAN_KEYS, PRESET_KEYS, specOf } from '../src/answers/keys.js';
import type { AnswerKey, RawAnswers } from '../src/answers/types.js';
import { validateAnswers } from '../src/answers/validate.js';
import { inferAnswers } from '../src/answers/infer.js';
import type { InferenceSource } from '../src/answers/registry.js';
import { helpText } from '../src/cli/help.js';
import { readmeWithTable } from '../scripts/answer-keys-table.js';
import { presetSchema } from '../scripts/preset-schema.js';
import { codegouv, completeAnswers, englishTexts, repoRoot } from './fixtures.js';

/** The value at a registry path such as `maintenance.contacts[0].email` or `supports[].id`. */
function at(data: unknown, path: string): unknown {
  let values: unknown[] = [data];
  for (const part of path.split('.')) {
    const [, name, index] = /^([^[]+)(?:\[(\d*)\])?$/.exec(part)!;
    values = values.map((value) => (value as Record<string, unknown> | undefined)?.[name!]);
    if (index === '') values = values.flatMap((value) => (Array.isArray(value) ? value : [value]));
    else if (index !== undefined) values = values.map((value) => (value as unknown[] | undefined)?.[Number(index)]);
  }
  return path.includes('[]') ? values : values[0];
}

function generatedPubliccodeText(answers: RawAnswers): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-registry-'));
  writeFileSync(join(dir, 'answers.json'), JSON.stringify(answers));
  const run = codegouv(dir, ['publiccode', '--yes', '--answers', 'answers.json']);
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(join(dir, 'publiccode.yml'), 'utf8');
}

const generatedPubliccode = (answers: RawAnswers): unknown => parse(generatedPubliccodeText(answers));

/** The keys the registry says this source gives, among `keys`. */
const declared = (source: InferenceSource, keys: readonly AnswerKey[]) =>
  keys.filter((key) => specOf(key).inferredFrom?.includes(source)).sort();

/** A folder holding only these files, inferred from as a run would. */
function inferredKeys(files: Record<string, string>): AnswerKey[] {
  const dir = join(mkdtempSync(join(tmpdir(), 'codegouv-infer-')), 'dossier');
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return (Object.keys(inferAnswers(dir)) as AnswerKey[]).filter((key) => key !== 'projectName' || !files['publiccode.yml']).sort();
}

describe('answer registry', () => {
  it('keeps the README key table equal to the one derived from the registry', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readmeWithTable(readme)).toBe(readme);
    for (const key of ANSWER_KEYS) expect(readme).toContain(`| \`${key}\` |`);
  });

  it('derives flags and --help from the registry', () => {
    for (const lang of ['fr', 'en'] as const) {
      const help = helpText(lang);
      for (const key of ANSWER_KEYS) {
        const flag = `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
        expect(help).toContain(BOOLEAN_KEYS.includes(key) ? `${flag} ` : `${flag} …`);
      }
    }
  });

  it('derives the preset schema from the keys presets may set', () => {
    const schema = presetSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual([...PRESET_KEYS, 'templates'].sort());
    expect(PRESET_KEYS).toContain('licence');
    expect(PRESET_KEYS).not.toContain('projectName');
  });

  it('puts each answer where the registry says publiccode.yml holds it', () => {
    const internal: RawAnswers = {
      ...completeAnswers(), ...englishTexts(), languages: ['fr', 'en'], title: 'Mon Projet',
      categories: ['it-development'], scope: ['government'], supports: ['alias:gdpr'], platforms: ['web', 'linux'],
      developmentStatus: 'beta', softwareType: 'library',
    };
    const contract: RawAnswers = { ...internal, maintenanceType: 'contract', contractors: [{ name: 'Société', until: '2031-01-01' }] };
    let checked = 0;
    for (const raw of [internal, contract]) {
      const answers = validateAnswers(raw, { lang: 'fr', keys: ANSWER_KEYS, publiccode: true });
      expect(answers.problems).toEqual([]);
      const publiccode = generatedPubliccode(raw);
      for (const key of ANSWER_KEYS) {
        const path = specOf(key).publiccode;
        if (!path) continue;
        if (raw.maintenanceType !== 'contract' && key === 'contractors') continue;
        const required = specOf(key).required;
        if (typeof required === 'object' && 'secondary' in required && required.secondary === 'fr') continue;
        const value = answers.answers[key as AnswerKey];
        expect(at(publiccode, path.replace('<lang>', 'fr')), `${key} → ${path}`).toEqual(value);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('declares exactly the keys each source of inference gives', () => {
    const rich: RawAnswers = {
      ...completeAnswers(), ...englishTexts(), languages: ['fr', 'en'], title: 'Mon Projet', categories: ['it-development'],
      scope: ['government'], supports: ['alias:gdpr'], developmentStatus: 'beta', softwareType: 'library',
    };
    const fromPubliccode = declared('publiccode.yml', ANSWER_KEYS);
    const internal = inferredKeys({ 'publiccode.yml': generatedPubliccodeText(rich) });
    expect(internal).toEqual(fromPubliccode.filter((key) => key !== 'contractors' && !key.endsWith('Fr')));
    const contract = inferredKeys({ 'publiccode.yml': generatedPubliccodeText({ ...rich, maintenanceType: 'contract', contractors: [{ name: 'Société', until: '2031-01-01' }] }) });
    // Under a contract the administration's contact stays in maintenance.contacts.
    expect(contract).toEqual(fromPubliccode.filter((key) => !key.endsWith('Fr')));
    const npm = inferredKeys({ 'package.json': JSON.stringify({ name: 'outil', description: 'Un outil', license: 'MIT' }) });
    expect(npm).toEqual(declared('package.json', ANSWER_KEYS));
  });

  it('validates in registry order: a default follows the earlier answer it depends on', () => {
    const { answers } = validateAnswers({ projectName: 'outil', repositoryUrl: 'https://gitlab.com/a/b', contactEmail: 'a@b.fr', licence: 'MIT' }, { lang: 'fr', keys: [], publiccode: false });
    expect(answers.title).toBe('outil');
    expect(answers.forge).toBe('gitlab');
    expect(answers.securityEmail).toBe('a@b.fr');
    expect(answers.docsLicence).toBe('etalab-2.0');
    for (const key of ANSWER_KEYS) {
      const parent = specOf(key).follows;
      if (parent) expect(ANSWER_KEYS.indexOf(parent), `${key} follows ${parent}`).toBeLessThan(ANSWER_KEYS.indexOf(key));
    }
  });
});
