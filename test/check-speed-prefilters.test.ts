import { describe, expect, it } from 'vitest';
import { CLA_MENTION, mayMentionCla } from '../src/check/rules/cla-mention.js';
import { hasLetters, proseOf, withoutComments } from '../src/repo/documents.js';
import { decodeText, extractLicensing } from '../src/repo/reuse/tags.js';

/** A small deterministic generator (mulberry32): the same strings on every run. */
function randomStrings(seed: number, count: number, alphabet: readonly string[], maxLength: number): string[] {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * maxLength);
    return Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  });
}

// Pieces of the mentions, in every case, beside letters whose case variants leave ASCII (ſ, K, İ, ı).
const CLA_ALPHABET = [
  'c', 'C', 'l', 'L', 'a', 'A', 's', 'S', 'ſ', 'K', 'İ', 'ı', 'i', 'I', ' ', '-', '.', '\n', 'é', '_', '1',
  'cla', 'CLA', 'Cla', 'contributor', 'CONTRIBUTOR', 'contrİbutor', 'licence', 'license', ' agreement',
  'accord de', 'ACCORD DE', 'accord  de', ' cession', 'assistant', 'cLaS', 'CLAſ',
];

describe('the CLA prefilter', () => {
  it('is true for every text the full expression matches', () => {
    const texts = randomStrings(17, 20_000, CLA_ALPHABET, 12);
    const matched = texts.filter((text) => CLA_MENTION.test(text));
    expect(matched.length).toBeGreaterThan(1000);
    expect(matched.filter((text) => !mayMentionCla(text))).toEqual([]);
  });

  it('is false for most prose, which is then not cut into sentences', () => {
    expect(mayMentionCla('Les contributions sont les bienvenues : ouvrez une demande de fusion signée (DCO).')).toBe(false);
    expect(mayMentionCla('Nous ne demandons pas de CLA.')).toBe(true);
    expect(mayMentionCla('Signez le Contributor License Agreement.')).toBe(true);
    expect(mayMentionCla("Un accord de cession de droits est demandé.")).toBe(true);
  });
});

describe('hasLetters', () => {
  it('agrees with counting every letter', () => {
    const texts = randomStrings(23, 5_000, ['a', 'Z', 'É', 'ß', '字', '1', ' ', '#', '\n', '😀', 'ſ', '𝐀', '\uD835', '\uDC00', '@', '[', '`', '{'], 30);
    for (const count of [0, 1, 5, 20]) {
      const disagreeing = texts.filter((text) => hasLetters(text, count) !== ((text.match(/\p{L}/gu)?.length ?? 0) >= count));
      expect(disagreeing).toEqual([]);
    }
  });
});

describe('extractLicensing', () => {
  it('finds the tags of a text as it finds them line by line', () => {
    const pieces = ['SPDX-License-Identifier: MIT', 'SPDX-FileCopyrightText: 2024 A', 'Copyright (c) B', '© 2020 C', 'SPDX-', 'Copyright', '©', ' ', 'x', '\n', '\r', '\r\n', '*/', '\u2028', '-->'];
    for (const text of randomStrings(31, 5_000, pieces, 14)) {
      const lineByLine = text.split(/\r\n?|\n/u).map((line) => extractLicensing(line));
      expect(extractLicensing(text)).toEqual({
        copyrights: lineByLine.flatMap((info) => info.copyrights),
        expressions: lineByLine.flatMap((info) => info.expressions),
      });
    }
  });
});

describe('decodeText', () => {
  it('reads a file after one cut in the middle of a character as UTF-8', () => {
    const large = Buffer.concat([Buffer.alloc(1024 * 1024 - 1, 'a'), Buffer.from('é and more')]);
    expect(decodeText(large)).toHaveLength(1024 * 1024 - 1);
    expect(decodeText(Buffer.from('© 2024 Équipe'))).toBe('© 2024 Équipe');
  });
});

describe('proseOf', () => {
  it('sets aside the SPDX lines as splitting at every line terminator does', () => {
    const splitEverywhere = (text: string) => withoutComments(text)
      .split(/([\n\r\u2028\u2029])/u)
      .map((part) => (/SPDX-[A-Za-z]+:/u.test(part) ? ' ' : part))
      .join('')
      .replace(/[#*_`>|[\]()-]+/gu, ' ');
    const pieces = ['SPDX-', 'SPDX-License-Identifier: MIT', 'SPDX-x:', 'License:', 'Identifier', ':', 'a', ' ', '\n', '\r', '\u2028', '\u2029', '<!--', '-->', '# '];
    for (const text of randomStrings(41, 5_000, pieces, 14)) expect(proseOf(text)).toBe(splitEverywhere(text));
  });
});
