import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flagOf } from '../src/answers/flags.js';
import { ANSWER_KEYS, specOf } from '../src/answers/keys.js';
import { DEVELOPMENT_STATUSES, FORGES, MAINTENANCE_TYPES, OPENNESS_LEVELS, SOFTWARE_TYPES } from '../src/policy/enums.js';
import { CODE_LICENCE_IDS } from '../src/policy/licence-input.js';
import { codegouv, repoRoot } from './fixtures.js';

const help = (...args: string[]) => {
  const result = codegouv(mkdtempSync(join(tmpdir(), 'codegouv-help-')), ['--help', ...args]);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
};

/** The flag's entry: its first line and the lines folded under it. */
function entryOf(text: string, flag: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`  ${flag} `));
  expect(start, flag).toBeGreaterThanOrEqual(0);
  const entry = [lines[start]!];
  for (const line of lines.slice(start + 1)) {
    if (!/^ {34}\S/u.test(line)) break;
    entry.push(line);
  }
  return entry.map((line) => line.trim()).join(' ');
}

/** Every key answered from a list: select, checkbox or search. */
const ENUMERATED = ANSWER_KEYS.filter((key) => {
  const prompt = specOf(key).prompt;
  return prompt !== 'never' && ['select', 'checkbox', 'search'].includes(prompt.type);
});

describe('codegouv --help', () => {
  const french = help();
  const english = help('--lang', 'en');

  it.each([
    ['--development-status', 'Statut du développement : concept, development, beta, stable, obsolete', 'Development status: concept, development, beta, stable, obsolete'],
    ['--maintenance-type', 'Type de maintenance : internal, contract, community, none', 'Maintenance type: internal, contract, community, none'],
    ['--forge', 'Forge : github, gitlab, other', 'Forge: github, gitlab, other'],
    ['--openness', 'Degré d\'ouverture (badge code.gouv.fr) : contributif, ouvert, publie', 'Openness level (code.gouv.fr badge): contributif, ouvert, publie'],
    ['--languages', 'fr | fr,en | en,fr | en', 'fr | fr,en | en,fr | en'],
    ['--categories', '106 valeurs, listées par codegouv --help categories', '106 values, listed by codegouv --help categories'],
    ['--scope', '24 valeurs, listées par codegouv --help scopes', '24 values, listed by codegouv --help scopes'],
    ['--docs-licence', 'etalab-2.0 (Licence Ouverte 2.0) ou la licence du code', 'etalab-2.0 (Licence Ouverte 2.0) or the code licence'],
    ['--platforms', 'web, windows, mac, linux, ios, android ou toute autre', 'web, windows, mac, linux, ios, android or any other'],
  ])('%s lists its values in the interface language', (flag, fr, en) => {
    expect(entryOf(french, flag)).toContain(fr);
    expect(entryOf(english, flag)).toContain(en);
  });

  it('lists the allowed values of every option with enumerated values', () => {
    expect(ENUMERATED.length).toBeGreaterThanOrEqual(11);
    const lists = [DEVELOPMENT_STATUSES, SOFTWARE_TYPES, MAINTENANCE_TYPES, FORGES, OPENNESS_LEVELS, CODE_LICENCE_IDS];
    for (const text of [french, english]) {
      // Every list answer says what it takes (after « : »), every value of the closed lists appears.
      for (const key of ENUMERATED) expect(entryOf(text, `${flagOf(key)} …`), key).toMatch(/\S ?: \S/u);
      for (const value of lists.flat()) expect(text).toContain(value);
      expect(entryOf(text, '--lang fr|en')).toContain('.yo-rc.json');
    }
  });

  it('speaks one language at a time, French typography in French', () => {
    expect(french).toContain('Domaines : licence, readme');
    expect(french).toContain('Options d\'exécution :\n');
    expect(french).not.toMatch(/\p{L}: /u);
    expect(english).toContain('Areas: licence, readme');
    expect(english).toContain('Run options:\n');
    expect(english).not.toMatch(/\p{L} : /u);
    expect(english).not.toMatch(/ valeurs| ou |Réponses/u);
    // --lang is the interface language; the documents stay French.
    expect(entryOf(french, '--lang fr|en')).toContain('les documents restent en français');
    expect(entryOf(english, '--lang fr|en')).toContain('documents stay in French');
  });

  it('keeps its lines readable: 120 columns at most', () => {
    for (const text of [french, english]) expect(text.split('\n').filter((line) => [...line].length > 120)).toEqual([]);
  });
});

describe('codegouv --help categories|scopes [word]', () => {
  it('lists every value with its words, and where they come from', () => {
    const categories = help('categories');
    expect(categories).toMatch(/^ {2}contact-management +Gestion des contacts, annuaire$/mu);
    expect(categories.split('\n').filter((line) => /^ {2}[a-z]/u.test(line))).toHaveLength(106);
    expect(categories).toContain('https://yml.publiccode.tools/categories-list.html');
    const scopes = help('scopes', '--lang', 'en');
    expect(scopes).toMatch(/^ {2}healthcare +Healthcare$/mu);
    expect(scopes.split('\n').filter((line) => /^ {2}[a-z]/u.test(line))).toHaveLength(24);
    expect(scopes).toContain('https://yml.publiccode.tools/scope-list.html');
  });

  it.each([
    [['scopes', 'santé'], ['healthcare']],
    [['scopes', 'EDUCATION'], ['education']],
    [['categories', 'annuaire'], ['contact-management', 'identity-management']],
    [['categories', 'finance', '--lang', 'en'], ['financial-reporting']],
  ])('%j finds %j', (args, values) => {
    const text = help(...args);
    expect(text.split('\n').filter((line) => /^ {2}[a-z]/u.test(line)).map((line) => line.trim().split(/ +/u)[0])).toEqual(values);
  });

  it('says so when nothing matches', () => {
    expect(help('scopes', 'zzz')).toContain('Aucune valeur ne correspond à « zzz ».');
    expect(help('scopes', 'zzz', '--lang', 'en')).toContain('No value matches "zzz".');
  });
});

describe('codegouv --help, from the text the build wrote, or for a search from its own bundle', () => {
  it.each([
    [[], 'fr'], [['--lang', 'en'], 'en'], [['categories'], 'fr'], [['scopes', 'santé'], 'fr'], [['categories', 'données', '--lang', 'en'], 'en'], [['-h'], 'fr'],
  ] as const)('codegouv --help %j is the help module\'s text, without loading the generator\'s modules (nor any for the general help)', async (args, lang) => {
    const { helpText } = await import('../src/cli/help.js');
    const work = mkdtempSync(join(tmpdir(), 'codegouv-help-bundle-'));
    const trace = join(work, 'trace');
    const hook = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) { const resolved = await next(specifier, context); appendFileSync(${JSON.stringify(trace)}, resolved.url + '\\n'); return resolved; }`;
    writeFileSync(join(work, 'hook.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});\n`);
    const argv = args[0] === '-h' ? [...args] : ['--help', ...args];
    const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(work, 'hook.mjs')).href, join(repoRoot, 'dist/bin/codegouv.js'), ...argv], { cwd: work, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(helpText(lang, argv));
    const loaded = readFileSync(trace, 'utf8');
    const search = argv.includes('categories') || argv.includes('scopes');
    expect(loaded.includes('/dist/help.bundle.js'), 'help bundle loaded').toBe(search);
    expect(loaded).not.toContain('/dist/src/cli/help.js');
    expect(loaded).not.toContain('generator.bundle');
    rmSync(work, { recursive: true, force: true });
  });
});
