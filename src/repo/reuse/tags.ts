/** Copyright notices and SPDX license expressions declared by one file (or its sidecar, or an annotation). */
export interface LicensingInfo {
  copyrights: string[];
  expressions: string[];
}

export const emptyInfo = (): LicensingInfo => ({ copyrights: [], expressions: [] });

/** Comment closers that may follow a tag on its line, stripped as reuse-tool does. */
const TRAILING_CLOSER = /\s*(?:\*\/|-->|-\}|\*\)|#\}|%\}|"""|'''|\]\]|"\s*\/*>|'\s*\/*>|\]\s*::)*\s*$/u;
const LICENSE_TAG = /SPDX-License-Identifier:[ \t]+(.*)$/u;
const COPYRIGHT_TAGS = [
  /SPDX-(?:File|Snippet)CopyrightText:\s+(\S.*)$/u,
  /Copyright(?:\s?\([cC]\))?\s+(\S.*)$/u,
  /©\s+(\S.*)$/u,
];
const IGNORED_BLOCK = /REUSE-IgnoreStart[\s\S]*?(?:REUSE-IgnoreEnd|$)/gu;

/** Bytes that must be present for a file to declare anything (© in UTF-8 or Latin-1): skips decoding most files. */
const MARKERS = [Buffer.from('SPDX-'), Buffer.from('Copyright'), Buffer.from([0xa9])];

export function mayDeclareLicensing(content: Buffer): boolean {
  return MARKERS.some((marker) => content.includes(marker));
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8, or Latin-1 for older files (reuse-tool guesses the encoding too). */
export function decodeText(content: Buffer): string {
  try {
    return UTF8.decode(content);
  } catch {
    return content.toString('latin1');
  }
}

/**
 * The tags anywhere in a text (reuse-tool reads whole files), except between
 * REUSE-IgnoreStart and REUSE-IgnoreEnd.
 */
export function extractLicensing(text: string): LicensingInfo {
  const info = emptyInfo();
  for (const line of text.replace(IGNORED_BLOCK, '').split(/\r\n?|\n/u)) {
    const licence = LICENSE_TAG.exec(line)?.[1]?.replace(TRAILING_CLOSER, '').trim();
    if (licence) {
      info.expressions.push(licence);
      continue;
    }
    for (const pattern of COPYRIGHT_TAGS) {
      const notice = pattern.exec(line)?.[1]?.replace(TRAILING_CLOSER, '').trim();
      if (notice) {
        info.copyrights.push(notice);
        break;
      }
    }
  }
  return info;
}
