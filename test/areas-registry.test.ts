import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { AREA_REGISTRY, AREAS, CROSS_AREA_RULES } from '../src/areas/registry.js';
import type { Area } from '../src/areas/registry.js';
import { RULES } from '../src/check/rules/index.js';
import { codegouv, completeAnswers, listFiles } from './fixtures.js';

/** Files every run writes whatever the area: the stored answers and the licence texts REUSE needs. */
const SHARED = picomatch(['.yo-rc.json', '.yo-rc.json.license', 'LICENSES/*.txt'], { dot: true });
const owns = (area: Area) => picomatch([...AREA_REGISTRY[area].files], { dot: true });

function generate(area: 'app' | Area, extra: Record<string, unknown>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-areas-'));
  writeFileSync(join(dir, 'answers.json'), JSON.stringify(completeAnswers(extra)));
  const run = codegouv(dir, [...(area === 'app' ? [] : [area]), '--yes', '--answers', 'answers.json']);
  expect(run.status, run.stderr).toBe(0);
  return listFiles(dir).filter((path) => path !== 'answers.json');
}

describe('area registry', () => {
  it('gives every check rule to one area, or to the repository as a whole', () => {
    const declared = [...AREAS.flatMap((area) => AREA_REGISTRY[area].rules), ...CROSS_AREA_RULES];
    expect([...declared].sort()).toEqual(RULES.map((rule) => rule.id).sort());
    expect(new Set(declared).size).toBe(declared.length);
  });

  it.each([
    ['github', { ci: true, codemeta: true, signoffHook: true, languages: ['fr', 'en'], descriptionEn: 'A tool', longDescriptionEn: 'x'.repeat(160), featuresEn: ['One'] }],
    ['gitlab', { ci: true, codemeta: true, repositoryUrl: 'https://gitlab.com/ministere/projet' }],
  ])('declares every file a whole run writes on %s', (_forge, extra) => {
    const unowned = generate('app', extra).filter((path) => !SHARED(path) && !AREAS.some((area) => owns(area)(path)));
    expect(unowned).toEqual([]);
  });

  it.each(AREAS.map((area) => [area]))('%s alone writes only its declared files', (area) => {
    const files = generate(area, { ci: true, codemeta: true });
    expect(files.filter((path) => !SHARED(path) && !owns(area)(path))).toEqual([]);
    expect(files.some((path) => owns(area)(path))).toBe(true);
  });
});
