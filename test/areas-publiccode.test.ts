import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validatePubliccode } from '../src/publiccode/validate.js';
import { codegouv } from './fixtures.js';


const HAND_WRITTEN = `# Fichier tenu à la main par l'équipe — ne pas perdre ce commentaire
publiccodeYmlVersion: "0"
name: Démarches
url: https://github.com/ministere/demarches
landingURL: https://demarches.example.gouv.fr # page d'accueil
usedBy:
  - Préfecture de l'Essonne
platforms:
  - web
developmentStatus: stable
softwareType: standalone/web
description:
  fr:
    shortDescription: Instruction des démarches en ligne
    longDescription: >-
      Démarches permet aux agents d'instruire les demandes des usagers en
      ligne : réception des pièces, échanges avec le demandeur et décision,
      pour toutes les administrations qui le souhaitent.
    features:
      - Instruction
      - Messagerie
legal:
  license: EUPL-1.2
  mainCopyrightOwner: Ministère de l'Exemple
maintenance:
  type: internal
  contacts:
    - name: Équipe Démarches
      email: demarches@exemple.gouv.fr
localisation:
  localisationReady: true
  availableLanguages:
    - fr
`;

function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-pc-'));
  writeFileSync(join(dir, 'publiccode.yml'), HAND_WRITTEN);
  return dir;
}

describe('npx codegouv publiccode on an existing publiccode.yml', () => {
  it('pre-fills every answer from it: a headless run needs nothing else and changes nothing', () => {
    const dir = repository();
    const result = codegouv(dir, ['publiccode', '--yes']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'publiccode.yml'), 'utf8')).toBe(HAND_WRITTEN);
    const stored = JSON.parse(readFileSync(join(dir, '.yo-rc.json'), 'utf8'))['generator-codegouv'];
    expect(stored).toMatchObject({ administration: 'Ministère de l\'Exemple', licence: 'EUPL-1.2', developmentStatus: 'stable', contactEmail: 'demarches@exemple.gouv.fr' });
  });

  it('keeps it byte for byte in --yes mode when an answer changes, and says so', () => {
    const dir = repository();
    const result = codegouv(dir, ['publiccode', '--yes', '--contact-email', 'nouvelle.adresse@exemple.gouv.fr']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'publiccode.yml'), 'utf8')).toBe(HAND_WRITTEN);
    expect(result.stderr).toContain('publiccode.yml');
  });

  it('with --force writes back only what changed, keeping comments, key order and other keys', () => {
    const dir = repository();
    const result = codegouv(dir, ['publiccode', '--yes', '--force', '--contact-email', 'nouvelle.adresse@exemple.gouv.fr', '--development-status', 'beta']);
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(join(dir, 'publiccode.yml'), 'utf8');
    expect(text).toContain('# Fichier tenu à la main par l\'équipe — ne pas perdre ce commentaire');
    expect(text).toContain('# page d\'accueil');
    const data = parse(text) as Record<string, any>;
    expect(Object.keys(data)).toEqual(['publiccodeYmlVersion', 'name', 'url', 'landingURL', 'usedBy', 'platforms', 'developmentStatus', 'softwareType', 'description', 'legal', 'maintenance', 'localisation']);
    expect(data.description.fr.longDescription).toBe((parse(HAND_WRITTEN) as Record<string, any>).description.fr.longDescription);
    expect(data.description.fr.localisedName).toBeUndefined();
    expect(data.usedBy).toEqual(['Préfecture de l\'Essonne']);
    expect(data.developmentStatus).toBe('beta');
    expect(data.maintenance.contacts[0].email).toBe('nouvelle.adresse@exemple.gouv.fr');
    expect(data.localisation.localisationReady).toBe(true);
    expect(validatePubliccode(text, { baseDir: dir }).valid).toBe(true);
  });

  it('keeps an invalid publiccode.yml in --yes mode; --force repairs it, keeping its valid fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegouv-pc-'));
    const invalid = HAND_WRITTEN.replace('developmentStatus: stable', 'developmentStatus: stable\nFR:\n  mention: x');
    writeFileSync(join(dir, 'publiccode.yml'), invalid);
    const kept = codegouv(dir, ['publiccode', '--yes']);
    expect(kept.status, kept.stderr).toBe(0);
    expect(readFileSync(join(dir, 'publiccode.yml'), 'utf8')).toBe(invalid);
    const forced = codegouv(dir, ['publiccode', '--yes', '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    const repaired = readFileSync(join(dir, 'publiccode.yml'), 'utf8');
    expect(validatePubliccode(repaired).errors).toEqual([]);
    expect(parse(repaired)).toMatchObject(parse(HAND_WRITTEN) as object);
    expect(parse(repaired)).not.toHaveProperty('FR');
    expect(repaired).toContain('# Fichier tenu à la main par l\'équipe — ne pas perdre ce commentaire');
  });
});
