/**
 * The hostile set of `npm run bench`: a repository of 10,000 files and about 50 MB built from
 * every input that used to hang `check` or sink its memory (issue 14, "Bounded work on any
 * input"), to measure that `check` stays within 2 s and 256 MB on it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HOSTILE_FILES = 10_000;
export const HOSTILE_TIME_TARGET_MS = 2_000;
export const HOSTILE_RSS_TARGET_MB = 256;

const catastrophic = (stars: number, end = 'b') => `${'a*'.repeat(stars)}${end}`;

/** Nine levels of nine-fold aliases: 9^9 nodes once expanded, from 426 bytes. */
function aliasBomb(): string {
  const lines = ['publiccodeYmlVersion: "0.4"', `l0: &l0 [${Array(9).fill('x').join(',')}]`];
  for (let level = 1; level < 9; level += 1) lines.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(',')}]`);
  return `${lines.join('\n')}\n`;
}

/** A valid-looking publiccode.yml whose long description is 1 MB of accented letters. */
function hugeDescription(): string {
  return `publiccodeYmlVersion: "0.4"
name: hostile
url: https://example.org/hostile
platforms: [web]
categories: [it-development]
developmentStatus: stable
softwareType: standalone/other
description:
  fr:
    shortDescription: Un dépôt hostile
    longDescription: "${'é'.repeat(1_000_000)}"
    features: [a]
legal:
  license: MIT
maintenance:
  type: none
localisation:
  localisationReady: false
  availableLanguages: [fr]
`;
}

export type PubliccodeVariant = 'alias bomb' | '1 MB description';

/**
 * A .gitignore rule git's own matcher takes minutes on against each 60-character name below
 * (it backtracks); written when the set is a git work tree, whose files are then all untracked.
 */
const GIT_HANGING_RULE = `${'*a'.repeat(12)}*b0`;

/** Writes the hostile repository into `dir` (an empty folder); returns its size in bytes. */
export function writeHostileRepository(dir: string, publiccode: PubliccodeVariant, gitWorkTree = false): number {
  let bytes = 0;
  const write = (path: string, content: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
    bytes += Buffer.byteLength(content);
  };
  write('publiccode.yml', publiccode === 'alias bomb' ? aliasBomb() : hugeDescription());
  const globs = Array.from({ length: 50 }, (_, index) => catastrophic(12 + (index % 8)));
  write('.reuse/dep5', `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\n${globs.map((glob) => `Files: ${glob} **/${glob}\nCopyright: 2024 X\nLicense: MIT\n`).join('\n')}`);
  const annotations = globs.map((glob) => `[[annotations]]\npath = ["${glob}", "**/${glob}", "${glob}/**"]\nSPDX-License-Identifier = "MIT"\n`).join('\n');
  write('REUSE.toml', `version = 1\n\n${annotations}`);
  write('.gitignore', `${globs.join('\n')}\n${catastrophic(20, '.key')}\na/${'**/a/'.repeat(15)}b\n${gitWorkTree ? `${GIT_HANGING_RULE}\n` : ''}`);
  if (gitWorkTree) execFileSync('git', ['init', '-q', dir], { stdio: 'ignore' });
  write(`${Array(40).fill('a').join('/')}/c.key`, 'not a real key\n');
  // About 50 MB in all: a 35 MB README and a 4 MB LICENSE, the rest in small files.
  write('README.md', `# Hostile\n\n${'Lorem ipsum dolor sit amet, Copyright 2024 ©. '.repeat(760_000)}\n`);
  write('LICENSE', 'Permission is hereby granted, free of charge, to any person obtaining a copy. '.repeat(52_000));
  const longName = 'a'.repeat(60);
  const longTag = `// SPDX-FileCopyrightText: 2024 X\n// SPDX-License-Identifier: MIT${' '.repeat(8_000)}x\n`;
  for (let index = 0; index < HOSTILE_FILES - 7; index += 1) {
    const folder = `d${String(index % 100).padStart(2, '0')}`;
    if (index % 10 === 0) write(`${folder}/${longName}${index}.key`, 'not a real key\n');
    else if (index % 10 === 5) write(`${folder}/${longName}${index}.c`, longTag);
    else write(`${folder}/${longName}${index}`, `${'a'.repeat(200)}\n`);
  }
  return bytes;
}
