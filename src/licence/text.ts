import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface SpdxLicenceFile {
  name: string;
  licenseText: string;
}

/**
 * The SPDX text of one licence, read at run time from spdx-license-list (CC0-1.0). Only that
 * licence's JSON file is loaded, not the whole 12 MB list.
 */
export function spdxLicenceText(id: string): string {
  if (!/^[A-Za-z0-9.+-]+$/.test(id)) throw new Error(`Not an SPDX identifier: ${id}`);
  const file = require(`spdx-license-list/licenses/${id}.json`) as SpdxLicenceFile;
  return file.licenseText.endsWith('\n') ? file.licenseText : `${file.licenseText}\n`;
}

const GPL_APPENDED = '\nGNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n';

/** The SPDX LGPL-3.0 text has the GPL-3.0 appended; the FSF layout keeps the LGPL alone. */
export function lgplOnly(spdxText: string): string {
  const cut = spdxText.indexOf(GPL_APPENDED);
  if (cut < 0) throw new Error('The SPDX LGPL-3.0 text no longer has the GPL appended: check spdx-license-list');
  return `${spdxText.slice(0, cut).trimEnd()}\n`;
}
