import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validatePubliccode } from '../src/publiccode/validate.js';
import { codegouv } from './fixtures.js';
import { INVALID_TEAM_FILES, VALID_TEAM_FILE } from './publiccode-invalid-files.js';

/** Only what the user types: the rest is read from the team's file. */
const ANSWERS = ['--administration', 'Ministère de l\'Exemple', '--contact-email', 'demarches@exemple.gouv.fr'];

function forced(text: string): { status: number | null; output: string; after: string } {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-pc-force-'));
  writeFileSync(join(dir, 'publiccode.yml'), text);
  const result = codegouv(dir, ['publiccode', '--force', '--yes', ...ANSWERS]);
  return { status: result.status, output: `${result.stdout}${result.stderr}`, after: readFileSync(join(dir, 'publiccode.yml'), 'utf8') };
}

describe('codegouv publiccode --force on an invalid publiccode.yml', () => {
  for (const { name, text, broken } of INVALID_TEAM_FILES) {
    it(`${name}: regenerates a valid file keeping every valid field`, () => {
      expect(validatePubliccode(text).valid, 'the crafted file is invalid').toBe(false);
      const { status, output, after } = forced(text);
      expect(status, output).toBe(0);
      expect(validatePubliccode(after).errors).toEqual([]);
      const before = parse(text) as Record<string, unknown>;
      const now = parse(after) as Record<string, unknown>;
      // Every value of the team's valid keys is kept; the answers may only add what the file lacked.
      for (const key of Object.keys(before).filter((key) => !broken.includes(key))) expect(now[key], key).toMatchObject(before[key] as object);
      expect(after).toContain('# Tenu à la main par l\'équipe : ce commentaire reste');
    });
  }

  it('replaces an invalid value by the answer, drops what no answer can fill, adds a missing required key', () => {
    const byName = Object.fromEntries(INVALID_TEAM_FILES.map(({ name, text }) => [name, parse(forced(text).after) as Record<string, unknown>]));
    expect(byName['wrong enum']?.developmentStatus).toBe('development');
    expect(byName['bad date']).not.toHaveProperty('releaseDate');
    expect(byName['bad URL']).not.toHaveProperty('landingURL');
    expect(byName['missing required key']?.platforms).toEqual(['web']);
    expect(byName['unknown field in a list entry and several errors at once']?.fundedBy).toEqual([{ name: 'Insee', uri: 'https://www.insee.fr' }]);
  });

  it('keeps a funder written with url where the standard asks uri, under uri (seen in three real repositories)', () => {
    const text = VALID_TEAM_FILE.replace('usedBy:', 'fundedBy:\n  - name: Insee\n    url: https://www.insee.fr\nusedBy:');
    const { status, output, after } = forced(text);
    expect(status, output).toBe(0);
    expect((parse(after) as Record<string, unknown>).fundedBy).toEqual([{ name: 'Insee', uri: 'https://www.insee.fr' }]);
  });

  it('never deletes the team\'s valid fields to get a valid file: an entry missing a required field nothing can fill stays, and the file is reported', () => {
    const text = VALID_TEAM_FILE.replace('developmentStatus: stable', 'developmentStatus: finished').replace('usedBy:', 'fundedBy:\n  - name: Insee\nusedBy:');
    const { status, output, after } = forced(text);
    expect(status, output).toBe(0);
    expect(after).toBe(text);
    expect(output).toContain('fundedBy');
  });

  it('leaves the body of a valid file as it is', () => {
    expect(forced(VALID_TEAM_FILE).after.endsWith(VALID_TEAM_FILE)).toBe(true);
  });
});
