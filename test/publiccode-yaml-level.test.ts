import { describe, expect, it } from 'vitest';
import { validatePubliccode } from '../src/publiccode/validate.js';

// Verdicts of italia/publiccode-parser-go -no-network on these variants of a valid file.
const VALID = [
  'publiccodeYmlVersion: "0"',
  'name: Medusa',
  'url: "https://github.com/italia/developers.italia.it.git"',
  'platforms:',
  '  - web',
  'developmentStatus: development',
  'softwareType: standalone/other',
  'description:',
  '  en:',
  '    shortDescription: A short description',
  `    longDescription: "${'A long description of the software, what it does and why. '.repeat(4).trim()}"`,
  '    features:',
  '      - Just one feature',
  'legal:',
  '  license: AGPL-3.0-or-later',
  'maintenance:',
  '  type: community',
  '  contacts:',
  '    - name: Francesco Rossi',
  'localisation:',
  '  localisationReady: true',
  '  availableLanguages:',
  '    - en',
  '',
].join('\n');

const edit = (from: string | RegExp, to: string) => VALID.replace(from, to);
const isValid = (source: string | Uint8Array) => validatePubliccode(source).valid;

describe('YAML the reference parser (goccy/go-yaml) reads differently from YAML 1.2', () => {
  it('starts from a valid file', () => {
    expect(validatePubliccode(VALID).errors).toEqual([]);
  });

  it.each([
    ['name: !!str Medusa', edit('name: Medusa', 'name: !!str Medusa')],
    ['name: !!float 1.5', edit('name: Medusa', 'name: !!float 1.5')],
    ['name: !custom Medusa', edit('name: Medusa', 'name: !custom Medusa')],
    ['localisationReady: !!bool true', edit('localisationReady: true', 'localisationReady: !!bool true')],
    ['localisationReady: !!null true', edit('localisationReady: true', 'localisationReady: !!null true')],
    ['platforms: !!seq', edit('platforms:', 'platforms: !!seq')],
    ['a merge key bringing new keys', edit('  type: community', '  <<: {type: community}')],
    ['CR-only line ends', VALID.replace(/\n/g, '\r')],
    ['ISO 639-2/B fre', edit('    - en\n', '    - fre\n')],
    ['private-use qaa', edit('    - en\n', '    - qaa\n')],
  ])('accepts %s', (_label, source) => {
    expect(validatePubliccode(source).errors).toEqual([]);
  });

  it.each([
    ['publiccodeYmlVersion: !!str "0"', edit('publiccodeYmlVersion: "0"', 'publiccodeYmlVersion: !!str "0"')],
    ['an anchored publiccodeYmlVersion', edit('publiccodeYmlVersion: "0"', 'publiccodeYmlVersion: &v "0"')],
    ['legal: !!map', edit('legal:', 'legal: !!map')],
    ['legal: !custom', edit('legal:', 'legal: !custom')],
    ['platforms: !!str', edit('platforms:', 'platforms: !!str')],
    ['name: !!map Medusa', edit('name: Medusa', 'name: !!map Medusa')],
    ['name: !!timestamp Medusa', edit('name: Medusa', 'name: !!timestamp Medusa')],
    ['localisationReady: !!str true', edit('localisationReady: true', 'localisationReady: !!str true')],
    ['localisationReady: !custom true', edit('localisationReady: true', 'localisationReady: !custom true')],
    ['developmentStatus: !!int development', edit('developmentStatus: development', 'developmentStatus: !!int development')],
    ['a merge key repeating a key', edit('  type: community', '  <<: {type: community}\n  type: community')],
    ['a merge key with a list of mappings', edit('  type: community', '  <<: [{type: community}]')],
    ['a %YAML directive', `%YAML 1.2\n---\n${VALID}`],
    ['a %TAG directive', `%TAG !e! tag:example.org,2026:\n---\n${VALID}`],
    ['a byte-order mark', Buffer.from(`\uFEFF${VALID}`)],
    ['a byte-order mark before a comment', `\uFEFF# comment\n${VALID}`],
    ['ISO 639-2/T fra, which has a shorter code', edit('    - en\n', '    - fra\n')],
  ])('rejects %s', (_label, source) => {
    expect(isValid(source)).toBe(false);
  });
});
