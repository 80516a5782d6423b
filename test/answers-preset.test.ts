import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { presetSchema } from '../scripts/preset-schema.js';
import { PRESET_KEYS } from '../src/answers/keys.js';
import { codegouv, completeAnswers, repoRoot } from './fixtures.js';


const MINISTERE = {
  administration: 'Ministère de l\'Exemple',
  administrationUri: 'https://lannuaire.service-public.fr/gouvernement/ministere-exemple',
  contactName: 'Mission logiciels libres du Ministère de l\'Exemple',
  contactEmail: 'logiciels-libres@exemple.gouv.fr',
  securityEmail: 'securite@exemple.gouv.fr',
  forge: 'gitlab',
  licence: 'EUPL-1.2',
  docsLicence: 'etalab-2.0',
  languages: ['fr', 'en'],
  openness: 'contributif',
};

/** What each project still has to say for itself. */
const PROJECT = [
  '--yes', '--reciprocity-reason', 'Garantir que les améliorations faites par d\'autres administrations restent disponibles pour toutes', '--project-name', 'registre', '--description', 'Registre des actes',
  '--long-description', 'Le registre des actes permet aux services de saisir, signer et publier leurs actes administratifs, et aux usagers de les consulter en ligne, à tout moment.',
  '--features', 'Saisie;Publication', '--repository-url', 'https://gitlab.exemple.gouv.fr/dnum/registre',
  '--description-en', 'Register of acts',
  '--long-description-en', 'The register of acts lets departments enter, sign and publish their administrative acts, and lets the public read them online at any time, from anywhere.',
  '--features-en', 'Entry;Publication',
];

function workspace(preset: object = MINISTERE) {
  const root = mkdtempSync(join(tmpdir(), 'codegouv-preset-'));
  const project = join(root, 'registre');
  mkdirSync(project);
  writeFileSync(join(root, 'ministere.yml'), stringify(preset));
  return { root, project, preset: join(root, 'ministere.yml') };
}

describe('--preset: organisation defaults', () => {
  it('gives every preset answer to a headless run, flags still winning', () => {
    const { project, preset } = workspace();
    const result = codegouv(project, [...PROJECT, '--preset', preset, '--security-email', 'rssi@exemple.gouv.fr']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(project, 'LICENSE'), 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE/);
    expect(readFileSync(join(project, 'README.md'), 'utf8')).toContain('Ministère de l\'Exemple');
    expect(readFileSync(join(project, 'README.md'), 'utf8')).toContain('code.gouv.fr-contributif');
    expect(readFileSync(join(project, 'README.en.md'), 'utf8')).toContain('Register of acts');
    expect(readFileSync(join(project, 'SECURITY.md'), 'utf8')).toContain('rssi@exemple.gouv.fr');
    expect(readdirSync(join(project, '.gitlab'))).toContain('dco.gitlab-ci.yml');
    const stored = JSON.parse(readFileSync(join(project, '.yo-rc.json'), 'utf8'))['generator-codegouv'];
    expect(stored.preset).toBe(preset);
  });

  it('rejects a bad preset naming the file and the key, and writes nothing', () => {
    for (const bad of [{ ...MINISTERE, licence: 'GPL-2.0-only' }, { ...MINISTERE, projectName: 'x' }, { ...MINISTERE, templates: 'absent' }]) {
      const { project, preset } = workspace(bad);
      const result = codegouv(project, [...PROJECT, '--preset', preset]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(preset);
      expect(result.stderr).toMatch(/licence|projectName|templates/);
      expect(readdirSync(project)).toEqual([]);
    }
  });

  it('resolves an npm package installed globally (never from the project\'s node_modules: test/hostile/trust-preset.test.ts)', () => {
    const { root, project } = workspace();
    const packageDir = join(root, 'prefix', process.platform === 'win32' ? '' : 'lib', 'node_modules', '@exemple', 'codegouv-preset');
    mkdirSync(packageDir, { recursive: true });
    writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: '@exemple/codegouv-preset', version: '1.0.0', codegouv: { preset: 'preset.yml' } }));
    writeFileSync(join(packageDir, 'preset.yml'), stringify({ ...MINISTERE, licence: 'MIT' }));
    const saved = process.env.npm_config_global_prefix;
    process.env.npm_config_global_prefix = join(root, 'prefix');
    const result = codegouv(project, [...PROJECT, '--preset', '@exemple/codegouv-preset']);
    if (saved === undefined) delete process.env.npm_config_global_prefix;
    else process.env.npm_config_global_prefix = saved;
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(project, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} Ministère de l'Exemple/);
  });

  it('replaces a built-in template with the preset\'s file of the same path', () => {
    const { root, project } = workspace();
    mkdirSync(join(root, 'modeles', 'readme'), { recursive: true });
    writeFileSync(join(root, 'modeles', 'readme', 'README.fr.md.ejs'), '# <%- a.title %>\n\nProjet du <%- a.administration %>, charte graphique de l\'État.\n');
    writeFileSync(join(root, 'ministere.yml'), stringify({ ...MINISTERE, templates: 'modeles' }));
    const result = codegouv(project, [...PROJECT, '--preset', join(root, 'ministere.yml')]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(project, 'README.md'), 'utf8')).toContain('Projet du Ministère de l\'Exemple, charte graphique de l\'État.');
    expect(readFileSync(join(project, 'README.en.md'), 'utf8')).toContain('## Contributing');
  });

  it('is remembered: a later run uses it (once trusted, being outside the folder), shows a changed preset as kept files, and applies it with --force', () => {
    const { project, preset } = workspace();
    expect(codegouv(project, [...PROJECT, '--preset', preset]).status).toBe(0);
    writeFileSync(preset, stringify({ ...MINISTERE, contactEmail: 'opensource@exemple.gouv.fr', securityEmail: undefined }));
    // Stored in .yo-rc.json and outside the folder: its values are used only with the user's consent.
    const refused = codegouv(project, ['--yes']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--trust-preset');
    const kept = codegouv(project, ['--yes', '--trust-preset']);
    expect(kept.status, kept.stderr).toBe(0);
    expect(readFileSync(join(project, 'README.md'), 'utf8')).toContain('logiciels-libres@exemple.gouv.fr');
    expect(kept.stderr).toMatch(/Conservés[^\n]*\n(?:  [^\n]*\n)*  README\.md\n/);
    const forced = codegouv(project, ['--yes', '--force', '--trust-preset']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(join(project, 'README.md'), 'utf8')).toContain('opensource@exemple.gouv.fr');
  });
});

describe('the preset JSON Schema shipped for editors', () => {
  it('describes exactly the preset keys, with the authorised licences', () => {
    const schema = presetSchema() as { properties: Record<string, { enum?: string[] }>; additionalProperties: boolean };
    expect(Object.keys(schema.properties).sort()).toEqual([...PRESET_KEYS, 'templates'].sort());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.licence?.enum).toContain('CECILL-2.1');
    // The 13 of the decree's list, and the three GNU v3 licences granted for version 3 only.
    expect(schema.properties.licence?.enum).toHaveLength(16);
    expect(schema.properties.licence?.enum).toContain('AGPL-3.0-only');
    expect(JSON.parse(readFileSync(join(repoRoot, 'dist', 'preset.schema.json'), 'utf8'))).toEqual(schema);
  });
});

function folder(answers?: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-fix-'));
  if (answers) writeFileSync(join(dir, 'answers.yml'), stringify(answers));
  return dir;
}

describe('templates', () => {
  it('reports a broken template override by its path, without a stack trace', () => {
    const root = folder();
    mkdirSync(join(root, 'modeles', 'readme'), { recursive: true });
    writeFileSync(join(root, 'modeles', 'readme', 'README.fr.md.ejs'), '# <%- title %>\n');
    writeFileSync(join(root, 'preset.yml'), stringify({ templates: 'modeles' }));
    writeFileSync(join(root, 'answers.yml'), stringify(completeAnswers()));
    const result = codegouv(root, ['readme', '--yes', '--answers', 'answers.yml', '--preset', 'preset.yml']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(join(root, 'modeles', 'readme', 'README.fr.md.ejs'));
    expect(result.stderr).toContain('title is not defined');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
