import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchLabelled } from '../src/answers/choices.js';
import { ANSWER_KEYS, specOf } from '../src/answers/keys.js';
import { buildQuestion, buildSearchQuestion } from '../src/answers/questions.js';
import type { AnswerKey } from '../src/answers/types.js';
import { LANGS } from '../src/policy/enums.js';
import { DEFAULT_LICENCE } from '../src/policy/licences.js';
import type { Lang } from '../src/policy/enums.js';
import { CATEGORIES } from '../src/publiccode/data/categories.js';
import { CATEGORY_LABELS } from '../src/publiccode/data/category-labels.js';
import { SCOPES } from '../src/publiccode/data/scopes.js';
import { SCOPE_LABELS } from '../src/publiccode/data/scope-labels.js';
import { repoRoot } from './fixtures.js';

interface Choice { value?: string; name?: string; type?: string }

const context = (lang: Lang) => ({ lang, known: {}, defaults: {}, separator: (text: string) => ({ type: 'separator', separator: text }), publiccode: true });
const choicesOf = (key: AnswerKey, lang: Lang) => (buildQuestion(key, context(lang)).choices as Choice[]).filter((choice) => choice.type !== 'separator');
const nameOf = (key: AnswerKey, value: string, lang: Lang) => choicesOf(key, lang).find((choice) => choice.value === value)?.name;

/** Every key asked with a list of choices (select or checkbox), from the registry. */
const LISTED = ANSWER_KEYS.filter((key) => {
  const prompt = specOf(key).prompt;
  return prompt !== 'never' && (prompt.type === 'select' || prompt.type === 'checkbox');
});

describe('choices in words, the value beside them', () => {
  it.each([
    ['developmentStatus', 'development', 'En développement (development)', 'In development (development)'],
    ['softwareType', 'standalone/web', 'Application web autonome (standalone/web)', 'Standalone web application (standalone/web)'],
    ['maintenanceType', 'internal', 'Maintenance interne (internal)', 'Internal maintenance (internal)'],
    ['maintenanceType', 'contract', 'Maintenance sous contrat (contract)', 'Maintenance under contract (contract)'],
    ['openness', 'publie', 'Publié : code publié, sans engagement de suivi (publie)', 'Published: code published, no commitment to follow-up (publie)'],
    ['forge', 'other', 'Autre forge (other)', 'Another forge (other)'],
    ['platforms', 'web', 'Web, dans un navigateur (web)', 'Web, in a browser (web)'],
    ['languages', 'fr,en', 'Français, avec une version anglaise (fr, en)', 'French, with an English version (fr, en)'],
    ['docsLicence', 'etalab-2.0', 'Licence Ouverte 2.0, recommandée par la politique pour la documentation (etalab-2.0)', 'Licence Ouverte 2.0, recommended by the policy for documentation (etalab-2.0)'],
  ] as const)('%s %s: « %s », "%s"', (key, value, fr, en) => {
    expect(nameOf(key, value, 'fr')).toBe(fr);
    expect(nameOf(key, value, 'en')).toBe(en);
  });

  it('labels every choice of every list question, in the interface language, and keeps the value as the answer', () => {
    expect(LISTED.length).toBeGreaterThanOrEqual(9);
    for (const key of LISTED) {
      for (const lang of LANGS) {
        const choices = choicesOf(key, lang);
        expect(choices.length, key).toBeGreaterThan(0);
        for (const choice of choices) {
          // A bare string, or a name that is only the value, is a code shown to the user.
          expect(typeof choice, key).toBe('object');
          expect(choice.name, `${key} ${choice.value}`).not.toBe(choice.value);
          expect(choice.name, `${key} ${choice.value}`).toContain(key === 'languages' ? choice.value!.replace(',', ', ') : choice.value);
          // Licences read « Apache-2.0 — Licence Apache 2.0 »; every other list « words (value) ».
          if (key !== 'languages' && key !== 'licence') expect(choice.name!.endsWith(`(${choice.value})`), `${key}: ${choice.name}`).toBe(true);
        }
      }
      // The answer is the value the registry parses, whatever the words.
      for (const choice of choicesOf(key, 'fr')) if (key !== 'languages') expect(specOf(key).parse(choice.value, { lang: 'fr', now: new Date(), notices: [] }, { licence: DEFAULT_LICENCE }).ok, `${key} ${choice.value}`).toBe(true);
    }
    expect(nameOf('docsLicence', DEFAULT_LICENCE, 'fr')).toMatch(/^Même licence que le code \(/u);
  });

  it('shows the categories with their words, in the interface language', async () => {
    const question = buildSearchQuestion('categories', 'fr', []);
    const found = (await question.source!('annuaire')) as Choice[];
    expect(found.map((choice) => choice.value)).toEqual(['contact-management', 'identity-management', '']);
    expect(found[0]!.name).toBe('Gestion des contacts, annuaire (contact-management)');
    const english = (await buildSearchQuestion('categories', 'en', ['contact-management']).source!('ANNUAIRE')) as Choice[];
    expect(english.map((choice) => choice.name)).toEqual(['Identity and access management, authentication directory (identity-management)', '(done: no other category)']);
  });
});

describe('licences by their usual names in the interface language', () => {
  it('shows « Licence MIT » and the CeCILL contract in French, the SPDX names in English', () => {
    const names = (lang: 'fr' | 'en') => (buildQuestion('licence', { lang, known: {}, defaults: {}, separator: (text) => ({ separator: text }), publiccode: true }).choices as Choice[]).filter((choice) => choice.value !== undefined).map((choice) => choice.name);
    expect(names('fr')).toContain('MIT — Licence MIT');
    expect(names('fr')).toContain('CECILL-B — Contrat de licence de logiciel libre CeCILL-B');
    expect(names('en')).toContain('MIT — MIT License');
  });
});

describe('the public-policy scopes, asked as a search too', () => {
  it('finds « santé » and « éducation » by their French words, then offers to stop', async () => {
    const found = (await buildSearchQuestion('scope', 'fr', []).source!('santé')) as Choice[];
    expect(found.map((choice) => choice.value)).toEqual(['healthcare', '']);
    expect(found[0]!.name).toBe('Santé (healthcare)');
    expect(((await buildSearchQuestion('scope', 'en', []).source!('health')) as Choice[])[0]!.name).toBe('Healthcare (healthcare)');
    expect(found[1]!.name).toBe('(fin : aucun autre domaine)');
    const again = (await buildSearchQuestion('scope', 'fr', ['healthcare']).source!('educ')) as Choice[];
    expect(again.map((choice) => choice.value)).toEqual(['education', '']);
    expect(buildSearchQuestion('scope', 'fr', ['healthcare']).message).toBe('Autre domaine d\'action publique (tapez pour chercher)');
  });
});

describe('the labels of the standard\'s lists', () => {
  it.each([
    ['categories', CATEGORIES, CATEGORY_LABELS, 106],
    ['scopes', SCOPES, SCOPE_LABELS, 24],
  ] as const)('name each of the %s in French and in English, and nothing else', (_name, values, labels, count) => {
    expect(values.length).toBe(count);
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) {
      expect(labels[value]!.fr.trim(), value).not.toBe('');
      expect(labels[value]!.en.trim(), value).not.toBe('');
    }
    // Each label tells one entry from the others.
    for (const lang of LANGS) expect(new Set(values.map((value) => labels[value]![lang])).size).toBe(count);
  });
});

describe('search by French and English words, accents and case ignored', () => {
  it.each([
    [SCOPES, 'santé', ['healthcare']],
    [SCOPES, 'SANTE', ['healthcare']],
    [SCOPES, 'health', ['healthcare']],
    [SCOPES, 'éducation', ['education']],
    [SCOPES, 'Education', ['education']],
    [SCOPES, 'finance', ['finance-and-economic-development']],
    [SCOPES, 'collectivités', ['local-authorities']],
    [SCOPES, 'defense', ['defence']],
    [SCOPES, 'énergie', ['energy']],
    [SCOPES, 'transports', ['transportation']],
    [CATEGORIES, 'annuaire', ['contact-management', 'identity-management']],
    [CATEGORIES, 'éducation', ['educational-content', 'learning-management-system']],
    [CATEGORIES, 'education', ['educational-content', 'learning-management-system']],
    [CATEGORIES, 'finance', ['financial-reporting']],
    [CATEGORIES, 'Comptabilité', ['accounting']],
    [CATEGORIES, 'cartographie', ['geographic-information-systems']],
    [CATEGORIES, 'sig', ['e-signature', 'geographic-information-systems', 'integrated-library-system', 'whistleblowing']],
    [CATEGORIES, 'visio', ['video-conferencing']],
    [CATEGORIES, 'signature électronique', ['e-signature']],
    [CATEGORIES, 'marchés publics', ['procurement']],
    [CATEGORIES, 'it-security', ['it-security']],
    [CATEGORIES, 'paie', ['mobile-payment', 'payment-gateway', 'payroll']],
    [CATEGORIES, 'GESTION DE PROJET AGILE', ['agile-project-management']],
    [CATEGORIES, 'zzz', []],
  ] as const)('%#: « $1 » finds $2', (values, term, expected) => {
    expect(searchLabelled(values as readonly string[], term)).toEqual(expected);
  });

  it('lists everything for an empty term, and treats what is typed as text, not as a pattern', () => {
    expect(searchLabelled(CATEGORIES, '')).toEqual(CATEGORIES);
    expect(searchLabelled(CATEGORIES, 'it.security')).toEqual(['it-security']);
    expect(searchLabelled(CATEGORIES, '(a+)+$')).toEqual(searchLabelled(CATEGORIES, 'a'));
    const started = performance.now();
    expect(searchLabelled(CATEGORIES, `${'a'.repeat(50_000)}!`)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(readFileSync(join(repoRoot, 'src', 'answers', 'choices.ts'), 'utf8')).not.toMatch(/new RegExp|RegExp\(/u);
  });
});
