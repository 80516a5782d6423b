import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/answers/validate.js';
import { keysForAreas, AREAS } from '../../src/areas/registry.js';
import { render } from '../../src/i18n/render.js';
import { isEmail as publiccodeAcceptsEmail } from '../../src/publiccode/email.js';
import { isHttpUrl as publiccodeAcceptsHttpUrl } from '../../src/publiccode/url.js';
import { codegouv, completeAnswers, listFiles, LONG_DESCRIPTION } from '../fixtures.js';

const folder = () => mkdtempSync(join(tmpdir(), 'codegouv-values-'));
const LINE_BREAKERS = /[\u2028\u2029\u0085]/u;

/** Every flag a complete `--yes --ci` run needs, but those named in `without`. */
function flags(without: readonly string[] = [], overrides: Record<string, string> = {}): string[] {
  const values: Record<string, string> = {
    administration: 'Mairie de Test',
    'project-name': 'mon-projet',
    description: 'Un outil de test',
    'long-description': LONG_DESCRIPTION,
    features: 'Instruction;Courriers',
    licence: 'EUPL-1.2',
    'reciprocity-reason': 'Garantir que les améliorations faites par d\'autres administrations restent disponibles pour toutes',
    'repository-url': 'https://github.com/mairie-test/mon-projet',
    'contact-name': 'Équipe Numérique',
    'contact-email': 'equipe@mairie-test.fr',
    ...overrides,
  };
  return Object.entries(values).filter(([name]) => !without.includes(name)).flatMap(([name, value]) => [`--${name}`, value]);
}

const allKeys = keysForAreas(AREAS);
const problemsOf = (raw: Record<string, unknown>) =>
  validateAnswers(raw, { lang: 'fr', keys: allKeys, publiccode: true, now: new Date('2026-11-29') }).problems.map((problem) => ({
    key: problem.key,
    flag: problem.flag,
    text: render(problem.message, 'fr'),
  }));

describe('answers that would break the files they are written into', () => {
  it.each([
    ['-->', 'Mairie --> <img src=x onerror=alert(1)>'],
    ['<!--', 'Mairie <!-- de Test'],
    ['*/', 'Mairie */ de Test'],
    ['/*', 'Mairie /* de Test'],
    ['U+2028', 'Mairie\u2028jobs:\u2028  evil: 1'],
    ['U+0085', 'Mairie\u0085de Test'],
  ])('refuses an administration name with %s on the command line: exit 2, the field named, nothing written', (what, administration) => {
    const dir = folder();
    const result = codegouv(dir, ['--yes', '--ci', ...flags([], { administration })]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('--administration');
    expect(result.stderr).toContain(what);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a bidirectional override (U+202E) in the contact name, in English with --lang en', () => {
    const dir = folder();
    const result = codegouv(dir, ['--yes', '--lang', 'en', ...flags([], { 'contact-name': 'Équipe \u202Etxt.exe' })]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('--contact-name');
    expect(result.stderr).toContain('U+202E');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses in an answers file what a flag refuses: a feature holding a line separator, a contractor name with -->', () => {
    const dir = folder();
    writeFileSync(join(dir, 'answers.yml'), stringify(completeAnswers({
      features: ['Instruction\u2029des demandes', 'Courriers'],
      maintenanceType: 'contract',
      contractors: [{ name: 'Prestataire --> SA', until: '2027-12-31' }],
    })));
    const result = codegouv(dir, ['--yes', '--answers', 'answers.yml']);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('--features');
    expect(result.stderr).toContain('--contractors');
    expect(readdirSync(dir)).toEqual(['answers.yml']);
  });

  it.each([
    ['administration', 'Mairie\u0007de Test', 'U+0007'],
    ['administration', 'Mairie\tde Test', 'U+0009'],
    ['title', 'Titre\u009bx', 'U+009B'],
    ['contactName', 'Équipe\u2066isolée\u2069', 'U+2066'],
    ['description', 'Un outil */ de test', '*/'],
    ['longDescription', `${LONG_DESCRIPTION}\u2028suite`, 'U+2028'],
    ['longDescription', `${LONG_DESCRIPTION}\u202Asuite`, 'U+202A'],
    ['repositoryUrl', 'https://github.com/mairie/projet\u0085', 'U+0085'],
    ['administrationUri', 'https://mairie.fr/--><b>x</b>', '-->'],
    ['contactEmail', 'equipe\u202E@mairie.fr', 'U+202E'],
  ])('validation refuses %s = %j, saying what to remove (%s)', (key, value, what) => {
    const problem = problemsOf(completeAnswers({ [key]: value })).find((p) => p.key === key);
    expect(problem?.text).toContain(what);
  });

  it('keeps line breaks in a multi-line answer and the texts an administration really writes', () => {
    const problems = problemsOf(completeAnswers({
      longDescription: `${LONG_DESCRIPTION}\n\n- une liste\n- à puces`,
      administration: 'Ministère de l\'Intérieur & des Outre-mer « DNUM » "test" (2/3) -> DGCL',
      description: 'Outil 100 % libre — rapide, sûr -- et simple',
    }));
    expect(problems).toEqual([]);
  });
});

describe('one validator per kind of value: what an answer accepts, publiccode.yml accepts', () => {
  it.each(['a..b@mairie.fr', '.equipe@mairie.fr', 'equipe@mairie.fr-', 'equipe@-mairie.fr', 'equipe@mairie.1'])(
    'refuses the e-mail %s, which the publiccode.yml validator refuses too',
    (address) => {
      expect(publiccodeAcceptsEmail(address)).toBe(false);
      const problem = problemsOf(completeAnswers({ contactEmail: address })).find((p) => p.key === 'contactEmail');
      expect(problem).toBeDefined();
    },
  );

  it('judges e-mails as go-playground does, in linear time on the forms that make a backtracking engine explode', { timeout: 10_000 }, () => {
    for (const address of ['prenom.nom@numerique.gouv.fr', '"a@b"@mairie.fr', 'équipe@mairie.fr', 'a@b..c.fr', 'a@mairie.fr.', 'a@é.fr']) expect(publiccodeAcceptsEmail(address), address).toBe(true);
    for (const address of ['a@b', 'a@b..fr', 'a@b.1', 'a@b.fr..', 'a@.fr', '"a"b@c.fr', 'a@b.😀', 'a b@c.fr']) expect(publiccodeAcceptsEmail(address), address).toBe(false);
    expect(publiccodeAcceptsEmail(`a@${'.A'.repeat(200_000)}`)).toBe(false);
    expect(publiccodeAcceptsEmail(`${'a.'.repeat(200_000)}@b.fr`)).toBe(false);
    expect(publiccodeAcceptsEmail(`"${'\\a'.repeat(200_000)}@b.fr`)).toBe(false);
  });

  it('refuses on the command line an e-mail the publiccode.yml validator refuses', () => {
    const dir = folder();
    const result = codegouv(dir, ['--yes', ...flags([], { 'contact-email': 'equipe..dnum@mairie.fr' })]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('--contact-email');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(['https://mairie.fr/%zz', 'https://mairie.fr/100%'])('refuses the URL %s, which the publiccode.yml validator refuses too', (url) => {
    expect(publiccodeAcceptsHttpUrl(url)).toBe(false);
    const problems = problemsOf(completeAnswers({ repositoryUrl: url, administrationUri: url }));
    expect(problems.map((p) => p.key)).toEqual(expect.arrayContaining(['repositoryUrl', 'administrationUri']));
  });
});

describe('values inferred from the target folder', () => {
  const hostilePubliccode = (name: string, description: string) => stringify({
    publiccodeYmlVersion: '0.4',
    name,
    url: 'https://github.com/mairie-test/mon-projet',
    organisation: { name: 'Mairie\u2028jobs:\u2028  evil:\u2028    runs-on: ubuntu-latest', uri: 'https://mairie-test.fr' },
    description: { fr: { shortDescription: description, longDescription: `${LONG_DESCRIPTION}\u2028jobs:`, features: ['a\u2029b'] } },
  });

  it('drops an inferred title holding U+2029: the generated YAML files parse and hold no line separator', () => {
    const dir = folder();
    writeFileSync(join(dir, 'publiccode.yml'), hostilePubliccode('Titre\u2029jobs:', 'Un outil\u0085jobs:'));
    const result = codegouv(dir, ['--yes', '--force', '--ci', '--codemeta', ...flags()]);
    expect(result.status, result.stderr).toBe(0);
    for (const path of listFiles(dir)) {
      const content = readFileSync(join(dir, path), 'utf8');
      // The folder's own publiccode.yml may be kept as it was (quoted by its author): it is not generated.
      if (path !== 'publiccode.yml') expect(content, path).not.toMatch(LINE_BREAKERS);
      if (/\.ya?ml$/u.test(path)) {
        for (const document of parseAllDocuments(content)) expect(document.errors, path).toEqual([]);
      }
    }
    const publiccode = parse(readFileSync(join(dir, 'publiccode.yml'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(publiccode)).not.toContain('jobs');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/^# mon-projet$/mu);
    const workflow = parse(readFileSync(join(dir, '.github', 'workflows', 'codegouv.yml'), 'utf8')) as { jobs: object };
    expect(Object.keys(workflow.jobs)).not.toContain('evil');
  });

  it('refuses rather than splits a required value only the folder gave, holding U+2028: nothing written', () => {
    const dir = folder();
    const original = hostilePubliccode('Titre', 'Un outil\u2028jobs:');
    writeFileSync(join(dir, 'publiccode.yml'), original);
    const result = codegouv(dir, ['--yes', '--force', '--ci', ...flags(['administration', 'description', 'long-description', 'features'])]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('--administration');
    expect(result.stderr).toContain('--description');
    expect(readdirSync(dir)).toEqual(['publiccode.yml']);
    expect(readFileSync(join(dir, 'publiccode.yml'), 'utf8')).toBe(original);
  });
});

describe('every Unicode bidirectional control is refused, the marks included', () => {
  it.each(['\u061c', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069'])('refuses U+%s in a description', (character) => {
    const { problems } = validateAnswers({ ...completeAnswers(), description: `desc ${character} x` }, { lang: 'fr', keys: keysForAreas(AREAS), publiccode: true });
    expect(problems.map((problem) => problem.key)).toContain('description');
  });
});
