import { parseArgs } from 'node:util';
import { type Lang, langFromArgs, parseLang } from '../i18n/lang.js';
import { type Message, msg } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import { exitCodeOf } from '../check/model/summary.js';
import { printable } from '../support/terminal.js';
import { loadReport, mergeReports, renderFleetJson, renderFleetTable, renderFleetText } from './merge.js';
import { FORGE_MATRIX_LIMITS, type Forge, githubMatrix, gitlabMatrix, isForge, parseRepositoryList, splitEvenly } from './matrix.js';
import { readInput } from './read-input.js';

/** A mistake in the command line (or a list refused): exit code 2, its messages on stderr. */
class FleetUsageError extends Error {
  readonly details: readonly Message[];
  constructor(...details: Message[]) {
    super(details[0]?.id);
    this.details = details;
  }
}

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  shards: { type: 'string' },
  forge: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each subcommand takes. */
const ACCEPTED = {
  merge: ['json', 'format', 'lang', 'help'],
  matrix: ['shards', 'forge', 'lang', 'help'],
} as const;

type Subcommand = keyof typeof ACCEPTED;

interface FleetArguments {
  lang: Lang;
  help: boolean;
  format: 'text' | 'json' | undefined;
  shards: string | undefined;
  forge: string | undefined;
  positionals: string[];
}

function parseFleetArguments(subcommand: Subcommand, args: readonly string[], fallback: Lang): FleetArguments {
  const parsed: FleetArguments = { lang: fallback, help: false, format: undefined, shards: undefined, forge: undefined, positionals: [] };
  const { tokens } = parseArgs({ args: [...args], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const choose = (format: 'text' | 'json') => {
    if (parsed.format !== undefined && parsed.format !== format) throw new FleetUsageError(msg('fleet.formatConflict'));
    parsed.format = format;
  };
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      parsed.positionals.push(token.value);
      continue;
    }
    const accepted = (ACCEPTED[subcommand] as readonly string[]).includes(token.name);
    const known = accepted && (OPTIONS[token.name as keyof typeof OPTIONS].type === 'string' || !token.inlineValue);
    if (!known) throw new FleetUsageError(msg('fleet.unknownOption', { option: args[token.index] as string }));
    if (token.name === 'help') parsed.help = true;
    else if (token.name === 'json') choose('json');
    else if (token.value === undefined) throw new FleetUsageError(msg('fleet.missingValue', { option: `--${token.name}` }));
    else if (token.name === 'lang') {
      const lang = parseLang(token.value);
      if (!lang) throw new FleetUsageError(msg('fleet.badLang', { value: token.value }));
      parsed.lang = lang;
    } else if (token.name === 'format') {
      if (token.value !== 'text' && token.value !== 'json') throw new FleetUsageError(msg('fleet.badFormat', { value: token.value }));
      choose(token.value);
    } else if (token.name === 'shards') parsed.shards = token.value;
    else parsed.forge = token.value;
  }
  return parsed;
}

/** `fleet merge`: every report read (a refused one is an error entry), one fleet report on stdout. */
function runMerge(options: FleetArguments): number {
  if (options.positionals.length === 0) throw new FleetUsageError(msg('fleet.merge.noReport'));
  const reports = options.positionals.map(loadReport);
  const missing = reports.filter((report) => report.kind === 'missing');
  if (missing.length > 0) throw new FleetUsageError(...missing.map(({ file }) => msg('fleet.merge.missingReport', { file })));
  const fleet = mergeReports(reports);
  const { lang } = options;
  for (const duplicate of fleet.duplicates) process.stderr.write(`${printable(render(msg('fleet.merge.duplicate', duplicate), lang))}\n`);
  if (options.format === 'json') {
    process.stdout.write(renderFleetJson(fleet, lang));
    if (fleet.entries.length > 1) process.stderr.write(printable(renderFleetTable(fleet, lang)));
  } else {
    process.stdout.write(printable(renderFleetText(fleet, lang)));
  }
  return exitCodeOf(fleet.entries.map(({ result }) => result));
}

const LIST_MAX_BYTES = 16 * 1024 * 1024;

function shardCount(value: string | undefined, forge: Forge): number {
  if (value === undefined) throw new FleetUsageError(msg('fleet.matrix.missingShards'));
  const { max, name } = FORGE_MATRIX_LIMITS[forge];
  const shards = /^[0-9]{1,4}$/u.test(value) ? Number(value) : Number.NaN;
  if (!(shards >= 1 && shards <= max)) throw new FleetUsageError(msg('fleet.matrix.badShards', { value, max, forge: name }));
  return shards;
}

/** `fleet matrix`: the list split into shards, printed as the forge's matrix; warnings on stderr. */
function runMatrix(options: FleetArguments): number {
  const forgeName = options.forge ?? 'github';
  if (!isForge(forgeName)) throw new FleetUsageError(msg('fleet.matrix.badForge', { value: forgeName }));
  const shards = shardCount(options.shards, forgeName);
  const [file, extra] = options.positionals;
  if (file === undefined) throw new FleetUsageError(msg('fleet.matrix.missingList'));
  if (extra !== undefined) throw new FleetUsageError(msg('fleet.matrix.extraArgument', { argument: extra }));
  const read = readInput(file, LIST_MAX_BYTES);
  if (read.kind === 'missing') throw new FleetUsageError(msg('fleet.matrix.listUnreadable', { file, reason: 'ENOENT' }));
  if (read.kind === 'unreadable') throw new FleetUsageError(msg('fleet.matrix.listUnreadable', { file, reason: read.reason }));
  if (read.kind === 'not-file') throw new FleetUsageError(msg('fleet.matrix.listNotFile', { file }));
  if (read.kind === 'too-large') throw new FleetUsageError(msg('fleet.matrix.listTooLarge', { file, max: String(LIST_MAX_BYTES / (1024 * 1024)) }));
  if (read.kind === 'not-utf8') throw new FleetUsageError(msg('fleet.matrix.listNotUtf8', { file }));
  const list = parseRepositoryList(read.text, file);
  if (list.problems.length > 0) throw new FleetUsageError(...list.problems, msg('fleet.matrix.badUrls', { count: list.problems.length }));
  if (list.urls.length === 0) throw new FleetUsageError(msg('fleet.matrix.emptyList', { file }));
  const warnings = [...list.warnings];
  if (list.urls.length < shards) warnings.push(msg('fleet.matrix.fewerRepositories', { repositories: list.urls.length, shards }));
  for (const warning of warnings) process.stderr.write(`${printable(render(warning, options.lang))}\n`);
  const groups = splitEvenly(list.urls, shards);
  process.stdout.write(forgeName === 'gitlab' ? gitlabMatrix(groups) : githubMatrix(groups));
  return 0;
}

/**
 * `codegouv fleet merge|matrix …`: see `fleet.usage`. Usage errors exit 2 with their messages
 * and the usage, in the language asked for.
 */
export function runFleet(args: readonly string[], fallback: Lang): number {
  const [subcommand, ...rest] = args;
  let lang = langFromArgs(args, fallback);
  try {
    if (subcommand === '--help' || subcommand === '-h') {
      process.stdout.write(`${render(msg('fleet.usage'), lang)}\n`);
      return 0;
    }
    if (subcommand === undefined) throw new FleetUsageError();
    if (subcommand !== 'merge' && subcommand !== 'matrix') throw new FleetUsageError(msg('fleet.unknownCommand', { name: subcommand }));
    const options = parseFleetArguments(subcommand, rest, lang);
    lang = options.lang;
    if (options.help) {
      process.stdout.write(`${render(msg('fleet.usage'), lang)}\n`);
      return 0;
    }
    return subcommand === 'merge' ? runMerge(options) : runMatrix(options);
  } catch (error) {
    if (!(error instanceof FleetUsageError)) throw error;
    const lines = error.details.map((detail) => `${printable(render(detail, lang))}\n`);
    process.stderr.write(`${lines.join('')}${render(msg('fleet.usage'), lang)}\n`);
    return 2;
  }
}
