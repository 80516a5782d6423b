import { type Finding, error } from './issue.js';
import * as message from './messages.js';
import { checkOrganisationUri } from './uri.js';

/** Collects errors for one section; `field` is the last element of `key`, as the parser names it. */
export class FindingList {
  readonly findings: Finding[] = [];

  add(key: string, description: string): void {
    this.findings.push(error(key, description));
  }
}

export function isBlank(value: string | undefined): boolean {
  return value === undefined || value === '';
}

function lastSegment(key: string): string {
  return key.slice(key.lastIndexOf('.') + 1);
}

/** `required,organisation_uri` on `organisation.uri` and `fundedBy[].uri`. */
export function checkOrganisationUriField(list: FindingList, key: string, uri: string | undefined): void {
  if (isBlank(uri)) {
    list.add(key, message.isRequired('uri'));
    return;
  }
  const check = checkOrganisationUri(uri ?? '');
  if (check === 'invalid') list.add(key, message.mustBeUri('uri'));
  if (check === 'invalid-italian-pa') list.add(key, message.mustBeItalianPaUri('uri'));
  if (check === 'unverifiable-italian-pa') list.add(key, message.unverifiableIpaCode('uri'));
}

/** `dive,<check>` on a list of strings: one error per failing item, named `field[i]`. */
export function checkEachItem(
  list: FindingList,
  keyPrefix: string,
  items: readonly string[] | undefined,
  isValid: (item: string) => boolean,
  describe: (field: string) => string,
): void {
  for (const [index, item] of (items ?? []).entries()) {
    if (isValid(item)) continue;
    const key = `${keyPrefix}[${index}]`;
    list.add(key, describe(lastSegment(key)));
  }
}
