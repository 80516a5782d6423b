import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionOf } from '../src/answers/question.js';
import { ANSWER_KEYS } from '../src/answers/keys.js';
import { RULES } from '../src/check/rules/index.js';
import { CATALOGUES } from '../src/i18n/catalogue.js';
import { langFromArgs, parseLang } from '../src/i18n/lang.js';
import { msg } from '../src/i18n/message.js';
import { plural } from '../src/i18n/grammar/plural.js';
import { render } from '../src/i18n/render.js';
import { FILE_OUTCOMES } from '../src/pipeline/outcome.js';
import { repoRoot } from './fixtures.js';

const bin = join(repoRoot, 'dist', 'bin', 'codegouv.js');

/** Every message id written as a literal in a folder's sources: msg('…'), t('…'), either side of a ternary, and rule titles. */
function idsUsedIn(folder: string, ruleTitles = false): Set<string> {
  const ids = new Set<string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [, id] of source.matchAll(/\b(?:msg|t)\('([^']+)'/gu)) ids.add(id as string);
    if (ruleTitles) for (const [, id] of source.matchAll(/\btitle: '([^']+)'/gu)) ids.add(id as string);
    for (const [, a, b] of source.matchAll(/\b(?:msg|t)\([^'()]* \? '([^']+)' : '([^']+)'[,)]/gu)) ids.add(a as string).add(b as string);
  }
  return ids;
}

describe('catalogues', () => {
  it('have the same keys, each a text or a function in both languages', () => {
    const shape = (catalogue: object) => Object.entries(catalogue).map(([key, value]) => `${key}:${typeof value}`).sort();
    expect(shape(CATALOGUES.en)).toEqual(shape(CATALOGUES.fr));
  });

  it('hold every message id check uses, and every rule title', () => {
    const used = idsUsedIn(join(repoRoot, 'src', 'check'), true);
    for (const rule of RULES) used.add(rule.title);
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((id) => !(id in CATALOGUES.fr) || !(id in CATALOGUES.en));
    expect(missing).toEqual([]);
  });

  it.each(['answers', 'areas', 'cli', 'pipeline', 'yeoman'])('hold every message id src/%s uses', (folder) => {
    const used = idsUsedIn(join(repoRoot, 'src', folder));
    expect(used.size).toBeGreaterThan(0);
    const missing = [...used].filter((id) => !(id in CATALOGUES.fr) || !(id in CATALOGUES.en));
    expect(missing).toEqual([]);
  });

  it('hold the ids built from a name: a question per answer key, a title per file outcome', () => {
    const built = [
      ...ANSWER_KEYS.map((key) => questionOf(key).id),
      ...FILE_OUTCOMES.map((outcome) => `run.files.${outcome}`),
    ];
    const missing = built.filter((id) => !(id in CATALOGUES.fr) || !(id in CATALOGUES.en));
    expect(missing).toEqual([]);
  });

  it('leave no dictionary of their own in the interface code', () => {
    // Text written into the user's files stays with its template, in the document language.
    const documentText = new Set(['areas/security.ts']);
    const offenders: string[] = [];
    for (const folder of ['answers', 'areas', 'cli', 'pipeline', 'yeoman']) {
      for (const entry of readdirSync(join(repoRoot, 'src', folder), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
        const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
        if (/^\s+(?:fr|en): [{('`]/mu.test(source) || /lang === '(?:fr|en)' \?/u.test(source)) offenders.push(`${folder}/${entry.name}`);
      }
    }
    expect(offenders.filter((file) => !documentText.has(file))).toEqual([]);
  });

  it('render nested messages in the same language', () => {
    const list = msg('list.sample', { head: ['a', msg('rule.F3.topic.contact')], more: 1 });
    expect(render(list, 'fr')).toBe('a, un contact (+ 1 autre)');
    expect(render(list, 'en')).toBe('a, a contact (+ 1 more)');
    expect(render(msg('format.percent', { ratio: 0.9876 }), 'fr')).toBe('98,7 %');
    expect(render(msg('format.percent', { ratio: 0.9876 }), 'en')).toBe('98.7%');
  });

  it('count in the plural only from 2 in French, for anything but 1 in English', () => {
    const fr = plural('fr');
    const en = plural('en');
    expect([0, 1, 2].map((count) => fr(count, 'commit', 'commits'))).toEqual(['commit', 'commit', 'commits']);
    expect([0, 1, 2].map((count) => en(count, 'commit', 'commits'))).toEqual(['commits', 'commit', 'commits']);
    expect(render(msg('rule.C2-commits.pass', { count: 1, range: 'main..HEAD' }), 'fr')).not.toMatch(/Les 1 /u);
    expect(render(msg('rule.L5.fail', { count: 1, files: 'docs/a.md' }), 'en')).toMatch(/^1 documentation or data file is not /u);
  });
});

describe('--lang', () => {
  it('is read in any case, and only fr or en', () => {
    expect(['EN', 'en', 'Fr', 'fr'].map(parseLang)).toEqual(['en', 'en', 'fr', 'fr']);
    expect([undefined, '', 'de', 'english', 1].map(parseLang)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('is found on a raw command line, in both spellings, with a fallback', () => {
    expect(langFromArgs(['check', '--lang', 'EN'])).toBe('en');
    expect(langFromArgs(['--yes', '--lang=en'])).toBe('en');
    expect(langFromArgs(['--lang', 'de'])).toBe('fr');
    expect(langFromArgs(['--lang'], 'en')).toBe('en');
    expect(langFromArgs([])).toBe('fr');
  });

  it('EN works for check as for generation', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'codegouv-lang-'));
    const upper = spawnSync(process.execPath, [bin, 'check', '--lang', 'EN', '--nope'], { cwd, encoding: 'utf8' });
    expect(upper.status).toBe(2);
    expect(upper.stderr).toContain('codegouv check: unknown option "--nope".');
    const report = spawnSync(process.execPath, [bin, 'check', '--lang=EN'], { cwd, encoding: 'utf8' });
    expect(report.stdout).toContain('Repository: .');
    const unknown = spawnSync(process.execPath, [bin, 'check', '--lang', 'de'], { cwd, encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('codegouv check : --lang « de » : fr ou en attendu.');
  });
});
