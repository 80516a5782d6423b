import { plural } from '../grammar/plural.js';
import type { values as fr } from '../fr/values.js';

const p = plural('en');

export const values = {
  'values.control': ({ code }: { code: string }) => `contains an invisible control character (${code}): remove it`,
  'values.lineBreak': ({ code }: { code: string }) => `contains a line break (${code}): write this answer on one line`,
  'values.lineSeparator': ({ code }: { code: string }) =>
    `contains an invisible Unicode line separator (${code}), which would split the value in two in the generated YAML files: remove it`,
  'values.bidi': ({ code }: { code: string }) =>
    `contains an invisible character that reverses the display direction of the text (${code}) and can make it read otherwise than it is written: remove it`,
  'values.comment': ({ sequence }: { sequence: string }) =>
    `contains "${sequence}", which would open or close a comment in the generated files (SPDX headers): remove it or put a space between its characters`,
  'values.listItem': ({ index, problem }: { index: number; problem: string }) => `item ${index + 1}: ${problem}`,
  'values.contractorField': ({ index, field, problem }: { index: number; field: string; problem: string }) => `contractor ${index + 1}: "${field}" ${problem}`,
  'values.organisationUri': 'must be a complete https:// address that publiccode.yml accepts as organisation.uri (e.g. https://lannuaire.service-public.fr/…)',
  'values.help.debug': 'on an internal error, print the full stack trace (to report it)',
  'values.internalError': ({ reason }: { reason: string }) =>
    `codegouv: unexpected internal error (${reason}). Run the same command again with --debug to see the details, and report it.`,
  'values.check.unreadable': ({ path, reason }: { path: string; reason: string }) =>
    `cannot read ${path} (${reason}): check that the path exists and that you may read it`,
  'values.check.brokenLink': ({ path, reason }: { path: string; reason: string }) =>
    `${path} is a symbolic link that leads to nothing readable (${reason}): fix or remove the link`,
  'values.check.internalError': ({ path, reason }: { path: string; reason: string }) =>
    `internal error while auditing ${path} (${reason}): run again with --debug to see the details, and report it`,
  'values.check.status.error': 'error',
  'values.check.notChecked': ({ count }: { count: number }) => `${count} ${p(count, 'path not audited', 'paths not audited')}: the reason is in the table below`,
  'values.check.errorVerdict': ({ message }: { message: string }) => `Not audited: ${message}`,
} satisfies typeof fr;
