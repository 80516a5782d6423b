import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { inferAnswers } from '../src/answers/infer.js';
import { buildQuestion } from '../src/answers/questions.js';
import { promptDefaults } from '../src/pipeline/run.js';
import { isRoleAddress } from '../src/policy/contact-addresses.js';
import { codegouv, completeAnswers, listFiles } from './fixtures.js';

/**
 * The git identity is a person (contributors commit with « prenom.nom@ministere.gouv.fr »): it may
 * be the maintainer contact, but the security and code-of-conduct contacts must be dedicated
 * addresses, so they are asked (refused under --yes) rather than silently set to it.
 */

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

/** A repository whose git identity is `address`, and answers giving neither contact address. */
function repositoryOf(address: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-contacts-'));
  git(dir, ['init', '-q']);
  git(dir, ['config', 'user.name', 'Jean Dupont']);
  git(dir, ['config', 'user.email', address]);
  const { contactEmail: _email, contactName: _name, ...answers } = completeAnswers();
  writeFileSync(join(dir, '..', `${dir.split('/').pop()}.yml`), stringify(answers));
  return dir;
}

const answersOf = (dir: string) => join(dir, '..', `${dir.split('/').pop()}.yml`);

describe('an individual\'s git address is not a security or conduct contact', () => {
  it('--yes refuses, naming the address, where it was read and the options to give, and writes nothing; it stays the maintainer contact', () => {
    const dir = repositoryOf('jean.dupont@interieur.gouv.fr');
    const result = codegouv(dir, ['--yes', '--answers', answersOf(dir)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--security-email (securityEmail) : le contact de sécurité n\'est pas déduit : la seule adresse trouvée, jean.dupont@interieur.gouv.fr (git config user.email), est celle d\'une personne');
    expect(result.stderr).toContain('--conduct-email (conductEmail) : le contact pour le code de conduite n\'est pas déduit');
    expect(result.stderr).not.toContain('--contact-email');
    expect(listFiles(dir)).toEqual([]);
    const english = codegouv(dir, ['--yes', '--lang', 'en', '--answers', answersOf(dir)]);
    expect(english.status).toBe(2);
    expect(english.stderr).toContain('the security contact is not inferred: the only address found, jean.dupont@interieur.gouv.fr (git config user.email), is a person\'s');
    expect(english.stderr).toContain('with --security-email');
    // It stays the maintainer contact; the dedicated addresses given go where they belong.
    const given = codegouv(dir, ['--yes', '--answers', answersOf(dir), '--security-email', 'securite@interieur.gouv.fr', '--conduct-email', 'moderation@interieur.gouv.fr']);
    expect(given.status, given.stderr).toBe(0);
    const publiccode = parse(readFileSync(join(dir, 'publiccode.yml'), 'utf8')) as { maintenance: { contacts: { name: string; email: string }[] } };
    expect(publiccode.maintenance.contacts[0]).toMatchObject({ name: 'Jean Dupont', email: 'jean.dupont@interieur.gouv.fr' });
    expect(readFileSync(join(dir, 'SECURITY.md'), 'utf8')).toContain('<securite@interieur.gouv.fr>');
    expect(readFileSync(join(dir, 'SECURITY.md'), 'utf8')).not.toContain('jean.dupont');
    expect(readFileSync(join(dir, 'CODE_OF_CONDUCT.md'), 'utf8')).toContain('<moderation@interieur.gouv.fr>');
    // The summary says where the maintainer contact came from.
    expect(given.stdout + given.stderr).toMatch(/--contact-name, --contact-email : repris de la configuration git/u);
  });

  it('is asked interactively without that default; an address typed there is the user\'s choice', () => {
    const dir = repositoryOf('jean.dupont@interieur.gouv.fr');
    const known = inferAnswers(dir);
    expect(known.contactEmail).toBe('jean.dupont@interieur.gouv.fr');
    const defaults = promptDefaults(known, 'fr');
    expect(defaults.contactEmail).toBe('jean.dupont@interieur.gouv.fr');
    for (const key of ['securityEmail', 'conductEmail'] as const) {
      const question = buildQuestion(key, { lang: 'fr', known, defaults, separator: (text) => text, publiccode: true });
      expect(question.default, key).toBeUndefined();
      expect(question.validate?.('')).toMatch(/n'est pas déduit : la seule adresse trouvée, jean\.dupont@interieur\.gouv\.fr/u);
      expect(question.validate?.('securite@interieur.gouv.fr')).toBe(true);
      expect(question.validate?.('jean.dupont@interieur.gouv.fr')).toBe(true);
    }
  });

  it('a role address, from git config or typed, is followed; a person\'s address typed as the contact is not the security address without a word', () => {
    const role = repositoryOf('equipe.dev@interieur.gouv.fr');
    expect(codegouv(role, ['--yes', '--answers', answersOf(role)]).status).toBe(0);
    expect(readFileSync(join(role, 'SECURITY.md'), 'utf8')).toContain('<equipe.dev@interieur.gouv.fr>');
    const typed = repositoryOf('jean.dupont@interieur.gouv.fr');
    const refused = codegouv(typed, ['--yes', '--answers', answersOf(typed), '--contact-email', 'agnes.dupre@interieur.gouv.fr']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--security-email');
    expect(refused.stderr).toContain('agnes.dupre@interieur.gouv.fr (--contact-email)');
    const given = codegouv(typed, ['--yes', '--answers', answersOf(typed), '--contact-email', 'agnes.dupre@interieur.gouv.fr', '--security-email', 'securite@interieur.gouv.fr', '--conduct-email', 'agnes.dupre@interieur.gouv.fr']);
    expect(given.status, given.stderr).toBe(0);
    expect(readFileSync(join(typed, 'SECURITY.md'), 'utf8')).toContain('<securite@interieur.gouv.fr>');
    // The conduct address typed as a person's: the user's decision, kept.
    expect(readFileSync(join(typed, 'CODE_OF_CONDUCT.md'), 'utf8')).toContain('agnes.dupre@interieur.gouv.fr');
    // Without the rule, the personal address would be the default here too: the test fails on a rule that is not applied.
    const personal = repositoryOf('jean.dupont@interieur.gouv.fr');
    expect(codegouv(personal, ['--yes', '--answers', answersOf(personal)]).status).toBe(2);
  });

  it.each([
    ['securite@interieur.gouv.fr', true],
    ['Sécurité.Numérique@culture.gouv.fr', true],
    ['contact-dnum@interieur.gouv.fr', true],
    ['logiciels-libres@finances.gouv.fr', true],
    ['bal-dinum@modernisation.gouv.fr', true],
    ['opensource@dinum.gouv.fr', true],
    ['jean.dupont@interieur.gouv.fr', false],
    ['jean.dupont+security@interieur.gouv.fr', false],
    ['j.dupont@armees.gouv.fr', false],
    ['marie-claire.martin@x.fr', false],
  ])('%s names a function: %s', (address, role) => {
    expect(isRoleAddress(address)).toBe(role);
  });
});
