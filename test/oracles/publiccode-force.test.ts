import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codegouv } from '../fixtures.js';
import { INVALID_TEAM_FILES } from '../publiccode-invalid-files.js';
import { parseAll, requireParser } from './publiccode-parser.js';

let parser = '';
beforeAll(() => {
  parser = requireParser();
});

/** The reference parser's verdict on what `codegouv publiccode --force` makes of a team's invalid file. */
describe('codegouv publiccode --force, judged by the reference parser', () => {
  it('turns each crafted invalid file into one the reference parser accepts', async () => {
    const files = INVALID_TEAM_FILES.map(({ text }) => {
      const dir = mkdtempSync(join(tmpdir(), 'codegouv-pc-force-oracle-'));
      writeFileSync(join(dir, 'publiccode.yml'), text);
      const before = join(dir, 'before.yml');
      writeFileSync(before, text);
      const result = codegouv(dir, ['publiccode', '--force', '--yes', '--administration', 'Ministère de l\'Exemple', '--contact-email', 'demarches@exemple.gouv.fr']);
      expect(result.status, result.stderr).toBe(0);
      return { before, after: join(dir, 'publiccode.yml') };
    });
    const before = await parseAll(parser, files.map(({ before }) => before));
    const after = await parseAll(parser, files.map(({ after }) => after));
    expect(before.map((verdict) => verdict.valid)).toEqual(INVALID_TEAM_FILES.map(() => false));
    expect(after.flatMap((verdict, index) => verdict.errors.map((error) => `${INVALID_TEAM_FILES[index]?.name}: ${error}`))).toEqual([]);
  });
});
