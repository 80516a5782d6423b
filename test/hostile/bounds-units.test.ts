import { describe, expect, it } from 'vitest';
import { closestLicence } from '../../src/licence/detect.js';
import { countGraphemes } from '../../src/publiccode/graphemes.js';
import { validatePubliccode } from '../../src/publiccode/validate.js';
import { parseYaml } from '../../src/publiccode/yaml-tree.js';
import { isIgnored, parseGitignore } from '../../src/repo/gitignore.js';
import { globList } from '../../src/repo/reuse/glob.js';
import { extractLicensing } from '../../src/repo/reuse/tags.js';

// Each input below hung (or took minutes) before matching and parsing were bounded; the
// timeouts only guard against a hang, the figures are measured by `npm run bench`.
const GUARD = 5_000;

const catastrophicGlob = `${'a*'.repeat(12)}b`;
const longName = 'a'.repeat(4_000);

/** Nine levels of nine-fold aliases: 9^9 nodes once expanded, from a few hundred bytes. */
function aliasBomb(): string {
  const lines = ['publiccodeYmlVersion: "0.4"', `l0: &l0 [${Array(9).fill('x').join(',')}]`];
  for (let level = 1; level < 9; level += 1) lines.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(',')}]`);
  return `${lines.join('\n')}\n`;
}

describe('globs of .reuse/dep5 and REUSE.toml match in linear time', () => {
  it('matches a dep5 glob with many wildcards against a 4,000-character path', { timeout: GUARD }, () => {
    expect(globList('dep5', ['*a*a*b']).lastMatch(longName)).toBe(-1);
    expect(globList('dep5', [catastrophicGlob]).lastMatch(longName)).toBe(-1);
    expect(globList('dep5', [catastrophicGlob]).lastMatch(`${longName}/b`)).toBe(0);
  });

  it('matches a REUSE.toml glob with many wildcards against a 4,000-character name', { timeout: GUARD }, () => {
    expect(globList('reuse-toml', [catastrophicGlob]).lastMatch(longName)).toBe(-1);
    expect(globList('reuse-toml', [`**/${catastrophicGlob}`]).lastMatch(`x/${longName}b`)).toBe(0);
  });
});

describe('.gitignore rules match in linear time', () => {
  const deepPath = `${Array(40).fill('a').join('/')}/c`;

  it('answers for nested globstars a/**/a/**/…/b against a deep path', { timeout: GUARD }, () => {
    const rules = parseGitignore(`a/${'**/a/'.repeat(15)}b\n${catastrophicGlob}\n`);
    expect(isIgnored(rules, deepPath)).toBe(false);
    expect(isIgnored(rules, 'a'.repeat(60))).toBe(false);
    expect(isIgnored(rules, `${Array(40).fill('a').join('/')}/b`)).toBe(true);
    expect(isIgnored(rules, `${'a'.repeat(60)}b`)).toBe(true);
  });
});

describe('SPDX tags are scanned in linear time', () => {
  it('reads an 8,000-character line after SPDX-License-Identifier:', { timeout: GUARD }, () => {
    const line = `SPDX-License-Identifier: MIT${' '.repeat(8_000)}x`;
    const info = extractLicensing(`// ${line}\n`);
    expect(info.expressions).toHaveLength(1);
    expect(info.expressions[0]).toMatch(/^MIT +x$/u);
  });

  it('still strips comment closers after a tag', () => {
    expect(extractLicensing('<!-- SPDX-License-Identifier: MIT -->').expressions).toEqual(['MIT']);
    expect(extractLicensing('/* SPDX-FileCopyrightText: 2024 Ministère */').copyrights).toEqual(['2024 Ministère']);
    expect(extractLicensing('{# SPDX-License-Identifier: MIT #}').expressions).toEqual(['MIT']);
  });
});

describe('publiccode.yml is parsed with bounds', () => {
  it('refuses an alias bomb in publiccode.yml with a validation error', { timeout: GUARD }, () => {
    const parsed = parseYaml(aliasBomb());
    expect(parsed.kind).toBe('syntax-error');
    const result = validatePubliccode(aliasBomb());
    expect(result.errors.map((error) => error.description).join('\n')).toMatch(/alias/iu);
  });

  it('refuses a publiccode.yml larger than the limit', { timeout: GUARD }, () => {
    const parsed = parseYaml(`publiccodeYmlVersion: "0.4"\nname: ${'x'.repeat(9 * 1024 * 1024)}\n`);
    expect(parsed).toMatchObject({ kind: 'syntax-error' });
  });
});

describe('grapheme counting is linear', () => {
  it('counts a 1 MB description', { timeout: GUARD }, () => {
    expect(countGraphemes('é'.repeat(1_000_000))).toBe(1_000_000);
    expect(countGraphemes('ab\r\n'.repeat(250_000))).toBe(750_000);
    expect(countGraphemes('क्षि'.repeat(250_000))).toBe(250_000);
  });

  it('counts short answers as the segmenter does, with or without it (accents, combining marks, CRLF, emoji, ideographs)', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const text of ['', 'Direction interministérielle du numérique', 'Ministère « DNUM » & co', 'e\u0301te\u0301', 'a\r\nb', 'drapeau 🇫🇷 ok', '中文软件', 'ﬁn', 'x\u00ad']) {
      expect(countGraphemes(text), JSON.stringify(text)).toBe([...segmenter.segment(text)].length);
    }
  });

  it('counts clusters across any window boundary as one string does', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const pieces = ['a', 'é', 'ÿ', '字', '\u00ad', '©', '©\u200d©', 'e\u0301', '\r\n', '🇫🇷', '🇫', '👩‍👩‍👧', '👍🏽', '각', 'ᄀ', 'ᅡ', '\u0600', 'क्ष', '\u200d', ' ', 'x\u0308\u0308'];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let round = 0; round < 20; round += 1) {
      const text = Array.from({ length: 2_000 }, () => pieces[next() % pieces.length]).join('');
      expect(countGraphemes(text)).toBe([...segmenter.segment(text)].length);
    }
    const cluster = `e${'\u0301'.repeat(100_000)}`;
    expect(countGraphemes(`${cluster}a${cluster}`)).toBe(3);
  });
});

describe('licence texts are compared on a bounded prefix', () => {
  it('compares a 50 MB LICENSE', { timeout: GUARD }, () => {
    const text = 'Permission is hereby granted, free of charge, to any person obtaining a copy. '.repeat(650_000);
    expect(closestLicence(text)?.similarity ?? 0).toBeLessThan(0.95);
  });
});
