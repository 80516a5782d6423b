import spdxExceptionIds from 'spdx-exceptions/index.json' with { type: 'json' };
import spdxLicenseIds from 'spdx-license-list/simple.js';

// Identifiers match case-insensitively, as in github/go-spdx. The package's list includes
// deprecated identifiers such as `GPL-3.0` and `GPL-3.0+`, which the parser accepts.
const LICENSES = new Set([...spdxLicenseIds].map((id) => id.toLowerCase()));
const EXCEPTIONS = new Set(spdxExceptionIds.map((id) => id.toLowerCase()));

export function isSpdxLicenseId(id: string): boolean {
  return LICENSES.has(id.toLowerCase());
}

export function isSpdxExceptionId(id: string): boolean {
  return EXCEPTIONS.has(id.toLowerCase());
}
