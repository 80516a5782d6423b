import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAIR_COUNTS_FILE, builtPairCounts, closestLicence, detectLicence, DETECTION_THRESHOLD } from '../src/licence/detect.js';
import { fillPlaceholders } from '../src/licence/placeholders.js';
import { lgplOnly, spdxLicenceText } from '../src/licence/text.js';
import { AUTHORISED_LICENCES } from '../src/policy/licences.js';
import { repoRoot } from './fixtures.js';

const values = { year: 2019, holder: 'Préfecture de Test & Cie', program: 'outil', oneLine: 'outil : un outil' };

/** The licence as a repository would hold it, its copyright line someone else's. */
function withOtherCopyright(text: string): string {
  const lines = text.split('\n');
  const copyright = lines.findIndex((line) => /^\s*Copyright\b/iu.test(line) && !/Free Software Foundation|European Union/iu.test(line));
  const notice = 'Copyright © 2021-2025 Direction interministérielle du numérique et contributeurs';
  if (copyright < 0) return `${notice}\n\n${text}`;
  lines[copyright] = notice;
  return lines.join('\n');
}

/** Every paragraph re-flowed at 60 columns, as editors and copy-pastes do. */
function rewrapped(text: string): string {
  return text
    .split(/\n\s*\n/u)
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
        if (line && line.length + word.length + 1 > 60) {
          lines.push(line);
          line = word;
        } else {
          line = line ? `${line}  ${word}` : word;
        }
      }
      return [...lines, line].join('\n');
    })
    .join('\n\n');
}

describe('detectLicence', () => {
  it.each(AUTHORISED_LICENCES.map((licence) => licence.id))('detects %s from its filled SPDX text, another copyright line and re-wrapped lines', (id) => {
    const text = rewrapped(withOtherCopyright(fillPlaceholders(id, spdxLicenceText(id), values)));
    const detected = detectLicence(text);
    expect(detected?.id).toBe(id);
    expect(detected?.similarity).toBeGreaterThanOrEqual(DETECTION_THRESHOLD);
  });

  it('detects the SPDX texts verbatim with similarity 1, and Licence Ouverte 2.0', () => {
    for (const id of [...AUTHORISED_LICENCES.map((licence) => licence.id), 'etalab-2.0']) {
      expect(detectLicence(spdxLicenceText(id))).toEqual({ id, similarity: 1 });
    }
  });

  it('reads the FSF layout: COPYING.LESSER alone is the LGPL, COPYING the GPL', () => {
    expect(detectLicence(lgplOnly(spdxLicenceText('LGPL-3.0-or-later')))?.id).toBe('LGPL-3.0-or-later');
    expect(detectLicence(spdxLicenceText('GPL-3.0-or-later'))?.id).toBe('GPL-3.0-or-later');
  });

  it('tells close licences apart: GPL from AGPL and LGPL, BSD-2 from BSD-3, the three CeCILL', () => {
    for (const id of ['GPL-3.0-or-later', 'AGPL-3.0-or-later', 'BSD-2-Clause', 'BSD-3-Clause', 'CECILL-2.1', 'CECILL-B', 'CECILL-C']) {
      expect(detectLicence(rewrapped(spdxLicenceText(id)))?.id).toBe(id);
    }
  });

  it('still detects a text with a small addition, below similarity 1', () => {
    const text = `${spdxLicenceText('Apache-2.0').replace('TERMS AND CONDITIONS', 'TERMS AND CONDITIONS (full text)')}`;
    const detected = detectLicence(text);
    expect(detected?.id).toBe('Apache-2.0');
    expect(detected?.similarity).toBeLessThan(1);
  });

  it.each(['GPL-2.0-only', 'WTFPL', 'BSD-4-Clause', 'CECILL-2.0', 'EUPL-1.1', 'LGPL-2.1-only'])('does not detect %s as an authorised licence', (id) => {
    expect(detectLicence(spdxLicenceText(id))).toBeUndefined();
  });

  it('names the closest text of a licence that is not authorised', () => {
    expect(closestLicence(spdxLicenceText('GPL-2.0-only'))).toEqual({ id: 'GPL-2.0-only', similarity: 1 });
    expect(closestLicence('Tous droits réservés. Reproduction interdite.')?.similarity).toBeLessThan(0.5);
  });

  it('detects nothing in an empty or unrelated text', () => {
    expect(detectLicence('')).toBeUndefined();
    expect(detectLicence('Copyright 2024 Ministère\n\nVoir le site du ministère.')).toBeUndefined();
  });
});

describe('the word-pair counts the build writes beside the bundles', () => {
  it('are those of the reference texts, each with its length, in the order they are compared', () => {
    const built = JSON.parse(readFileSync(join(repoRoot, 'dist', PAIR_COUNTS_FILE), 'utf8')) as unknown;
    expect(built).toEqual(builtPairCounts());
    expect((built as unknown[]).length).toBeGreaterThan(30);
  });

  it('rule out by their size alone the texts far from a short licence, which then is still told apart', () => {
    // BSD-2-Clause with its holder's name: no exact match, so every text whose size allows it is compared.
    const text = spdxLicenceText('BSD-2-Clause').replace('<year> <copyright holder>', '2012-2018, Makina Corpus').replace('ARE DISCLAIMED', 'IS DISCLAIMED');
    expect(closestLicence(text)).toMatchObject({ id: 'BSD-2-Clause' });
    expect(closestLicence(text)!.similarity).toBeGreaterThan(DETECTION_THRESHOLD);
    expect(closestLicence(text)!.similarity).toBeLessThan(1);
  });
});
