import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { codegouv, completeAnswers } from './fixtures.js';

function folder(answers?: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-fix-'));
  if (answers) writeFileSync(join(dir, 'answers.yml'), stringify(answers));
  return dir;
}

describe('the README template', () => {
  it('neutralises raw HTML in the long description of the README', () => {
    const dir = folder(completeAnswers({ longDescription: `${completeAnswers().longDescription as string} Voir <script>alert(1)</script> et <de>.` }));
    expect(codegouv(dir, ['readme', '--yes', '--answers', 'answers.yml']).status).toBe(0);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).not.toContain('<script>');
    expect(readme).toContain('\\<de\\>');
  });
});
