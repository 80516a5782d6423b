import type { fleet as fr } from '../fr/fleet.js';

export const fleet = {
  'fleet.usage': [
    'Usage: codegouv fleet merge [--format text|json] [--json] [--lang fr|en] REPORT...',
    '       codegouv fleet matrix --shards N [--forge github|gitlab] [--lang fr|en] LIST',
    '  merge: combines codegouv check --json reports (one per repository or per shard) into one fleet report',
    '    in the same format (results sorted by path, summary recomputed); text (default): the table per repository,',
    '    then the number of repositories per rule. An unreadable or malformed report becomes one "error" entry.',
    '  matrix: splits LIST (a file of https repository URLs, one per line, # for comments) into N shards',
    '    (1 to 256; at most 200 for GitLab): a JSON strategy.matrix for GitHub Actions, a YAML parallel:matrix for GitLab.',
    'merge exit code: 0 every repository compliant, 1 some not compliant, 2 usage error,',
    '  3 some repository not audited or some report rejected (wins over 1). matrix: 0, or 2 when the list is refused.',
  ].join('\n'),
  'fleet.help.line': 'fleet report (JSON reports combined) and repository shards for CI',
  'fleet.unknownCommand': ({ name }: { name: string }) => `codegouv fleet: unknown subcommand "${name}": merge or matrix expected.`,
  'fleet.unknownOption': ({ option }: { option: string }) => `codegouv fleet: unknown option "${option}".`,
  'fleet.missingValue': ({ option }: { option: string }) => `codegouv fleet: ${option} needs a value.`,
  'fleet.badLang': ({ value }: { value: string }) => `codegouv fleet: --lang "${value}": fr or en expected.`,
  'fleet.badFormat': ({ value }: { value: string }) => `codegouv fleet merge: --format "${value}": text or json expected.`,
  'fleet.formatConflict': 'codegouv fleet merge: --json and --format text ask for two different formats: keep only one.',
  'fleet.merge.noReport': 'codegouv fleet merge: no report given. Pass the files codegouv check --json wrote (e.g. reports/*.json).',
  'fleet.merge.missingReport': ({ file }: { file: string }) => `codegouv fleet merge: the report "${file}" does not exist. Check the path (were the CI artifacts downloaded?).`,

  'fleet.report.unreadable': ({ file, reason }: { file: string; reason: string }) =>
    `report ${file} cannot be read (${reason}): check its permissions, or leave it out of the command.`,
  'fleet.report.notFile': ({ file }: { file: string }) => `report ${file}: not a regular file (a folder, a pipe, a device); give the JSON file itself.`,
  'fleet.report.tooLarge': ({ file, size, max }: { file: string; size: string; max: string }) =>
    `report ${file}: ${size} MiB, over the ${max} MiB limit; split the audit into smaller shards (codegouv fleet matrix --shards N).`,
  'fleet.report.notUtf8': ({ file }: { file: string }) => `report ${file}: not UTF-8 text; write it with codegouv check --json > report.json.`,
  'fleet.report.notJson': ({ file, reason }: { file: string; reason: string }) =>
    `report ${file}: invalid JSON (${reason}); write it with codegouv check --json > report.json (standard error kept apart).`,
  'fleet.report.badField': ({ file, field, expected }: { file: string; field: string; expected: string }) =>
    `report ${file}, field ${field}: ${expected}. This file is not a codegouv check --json report as this version writes it: write it again with the same codegouv version.`,
  'fleet.expected.object': 'an object is expected',
  'fleet.expected.array': 'a list is expected',
  'fleet.expected.string': 'a text is expected',
  'fleet.expected.path': 'a non-empty path of at most 4,096 characters is expected',
  'fleet.expected.boolean': 'true or false is expected',
  'fleet.expected.count': 'a whole number, zero or more, is expected',
  'fleet.expected.status': 'compliant, non-compliant or error is expected',
  'fleet.expected.level': 'MUST, SHOULD or MAY is expected',
  'fleet.expected.ruleId': 'a rule id (L1, C2-commits, publiccode.yml…) is expected',
  'fleet.expected.fix': '{"command", "argv"} or {"edit"} is expected',
  'fleet.expected.fixOnPass': 'a rule that holds has no fix',
  'fleet.expected.missing': 'required field missing',
  'fleet.expected.unknown': 'unknown field',
  'fleet.expected.statusMismatch': 'status does not match compliant',
  'fleet.expected.compliantMismatch': 'compliant does not match the MUST rules or the validity of publiccode.yml',
  'fleet.expected.summaryMismatch': 'the counts do not match the results (a truncated or edited report?)',
  'fleet.verbatim': ({ text }: { text: string }) => text,
  'fleet.merge.duplicate': ({ path, kept, dropped }: { path: string; kept: string; dropped: string }) =>
    `codegouv fleet merge: warning, the path "${path}" is in ${kept} and in ${dropped}; only the entry of ${kept} is kept. Give each repository its own path (codegouv's CI templates audit a repository under its path on the forge, group/project).`,
  'fleet.rules.heading': 'Per rule (number of repositories):',
  'fleet.rules.row': ({ id, level, passed, failed }: { id: string; level: string; passed: number; failed: number }) =>
    `${id} [${level}]: ${passed} passed, ${failed} failed`,

  'fleet.matrix.missingList': 'codegouv fleet matrix: give the file listing the repositories (one https URL per line).',
  'fleet.matrix.extraArgument': ({ argument }: { argument: string }) => `codegouv fleet matrix: extra argument "${argument}": one list is expected.`,
  'fleet.matrix.missingShards': 'codegouv fleet matrix: --shards N is required (the number of parallel jobs, 1 to 256).',
  'fleet.matrix.badShards': ({ value, max, forge }: { value: string; max: number; forge: string }) =>
    `codegouv fleet matrix: --shards "${value}": a whole number from 1 to ${max} is expected (${forge}'s limit).`,
  'fleet.matrix.badForge': ({ value }: { value: string }) => `codegouv fleet matrix: --forge "${value}": github or gitlab expected.`,
  'fleet.matrix.listUnreadable': ({ file, reason }: { file: string; reason: string }) =>
    `codegouv fleet matrix: list ${file} cannot be read (${reason}); check the path and the permissions.`,
  'fleet.matrix.listNotFile': ({ file }: { file: string }) => `codegouv fleet matrix: ${file} is not a regular file; give the list's file.`,
  'fleet.matrix.listTooLarge': ({ file, max }: { file: string; max: string }) =>
    `codegouv fleet matrix: the list ${file} is over ${max} MiB; a list of repositories takes far less: check the file.`,
  'fleet.matrix.listNotUtf8': ({ file }: { file: string }) => `codegouv fleet matrix: the list ${file} is not UTF-8 text.`,
  'fleet.matrix.emptyList': ({ file }: { file: string }) => `codegouv fleet matrix: the list ${file} holds no URL (besides blank lines and # comments).`,
  'fleet.matrix.badUrl': ({ file, line, reason }: { file: string; line: number; reason: string }) => `${file}, line ${line}: ${reason}`,
  'fleet.matrix.url.notHttps': 'only https:// URLs are accepted (no http, ssh or git@…); write the repository\'s https address.',
  'fleet.matrix.url.characters': 'character not accepted: a repository URL is written with ASCII letters, digits and . _ ~ % / : + - (percent-encode the others, one URL per line).',
  'fleet.matrix.url.credentials': 'the URL holds a user name or a password: remove it, the list carries no secret.',
  'fleet.matrix.url.malformed': 'not a valid URL (https://forge.example.org/group/project expected).',
  'fleet.matrix.url.noPath': 'the URL names no repository (the group/project path is missing).',
  'fleet.matrix.url.tooLong': 'the URL is over 2,048 characters.',
  'fleet.matrix.badUrls': ({ count }: { count: number }) => `codegouv fleet matrix: ${count} line(s) refused; fix them or comment them out (#).`,
  'fleet.matrix.duplicate': ({ file, line, first, url }: { file: string; line: number; first: number; url: string }) =>
    `codegouv fleet matrix: warning, ${file}, line ${line}: ${url} is already on line ${first}; it counts once.`,
  'fleet.matrix.fewerRepositories': ({ repositories, shards }: { repositories: number; shards: number }) =>
    `codegouv fleet matrix: warning, ${repositories} repositories for ${shards} shards: only ${repositories} shard(s), one repository each.`,
} satisfies typeof fr;
