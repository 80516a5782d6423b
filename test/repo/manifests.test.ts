import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestAnswers } from '../../src/answers/infer-manifests.js';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-manifests-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('manifestAnswers', () => {
  it('reads [project] of pyproject.toml, not its subtables, with a licence table', () => {
    const dir = dirWith({ 'pyproject.toml': [
      '[build-system]', 'requires = ["hatchling"]',
      '[project]', 'name = "Mon_Outil"', 'description = """Un outil\npour tous"""', 'license = { text = "EUPL-1.2" }',
      '[project.urls]', 'description = "not this"',
    ].join('\n') });
    expect(manifestAnswers(dir)).toEqual({ projectName: 'mon_outil', description: 'Un outil\npour tous', licence: 'EUPL-1.2' });
  });

  it('reads [package] of Cargo.toml and ignores inherited workspace fields', () => {
    const dir = dirWith({ 'Cargo.toml': '[package]\nname = "outil"\ndescription.workspace = true\nlicense = "MIT"\n' });
    expect(manifestAnswers(dir)).toEqual({ projectName: 'outil', licence: 'MIT' });
  });

  it('falls through an invalid or oversized pyproject.toml to Cargo.toml', () => {
    expect(manifestAnswers(dirWith({ 'pyproject.toml': '[project\nname = "x"', 'Cargo.toml': '[package]\nname = "y"' }))).toEqual({ projectName: 'y' });
    const huge = `[project]\nname = "x"\n#${'.'.repeat(1024 * 1024)}\n`;
    expect(manifestAnswers(dirWith({ 'pyproject.toml': huge }))).toEqual({});
  });

  it("reads the pom's own artifactId, not its parent's or dependencies', without expanding entities", () => {
    const dir = dirWith({ 'pom.xml': `<?xml version="1.0"?>
<!DOCTYPE project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <parent><artifactId>parent-pom</artifactId></parent>
  <dependencies><dependency><artifactId>junit</artifactId></dependency></dependencies>
  <!-- <artifactId>commented</artifactId> -->
  <artifactId>mon-outil</artifactId>
  <description>
    Outil &b; &amp; co
  </description>
  <licenses><license><name>EUPL-1.2</name></license><license><name>MIT</name></license></licenses>
</project>` });
    expect(manifestAnswers(dir)).toEqual({ projectName: 'mon-outil', description: 'Outil &b; &amp; co', licence: 'EUPL-1.2' });
  });

  it('leaves out a pom that inherits its artifactId and a broken pom', () => {
    expect(manifestAnswers(dirWith({ 'pom.xml': '<project><parent><artifactId>p</artifactId></parent></project>' }))).toEqual({});
    expect(manifestAnswers(dirWith({ 'pom.xml': '<project><artifactId>x</artifactId' }))).toEqual({});
  });
});
