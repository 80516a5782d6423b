import { parseArgs } from 'node:util';
import { type Lang, parseLang } from '../i18n/lang.js';
import { type Message, msg } from '../i18n/message.js';
import { REPORT_FORMATS, type ReportFormat, parseReportFormat } from './format-names.js';

export interface CheckArguments {
  /** `--format`, `text` by default; `--json` is `--format json`. */
  format: ReportFormat;
  lang: Lang;
  commits: string | undefined;
  paths: string[];
  help: boolean;
  /** Print the stack of each path in error (and of an internal error). */
  debug: boolean;
}

/** A mistake in the command line: exit code 2, its message on stderr in the language asked for. */
export class CheckUsageError extends Error {
  constructor(readonly detail: Message) {
    super(detail.id);
  }
}

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  commits: { type: 'string' },
  debug: { type: 'boolean' },
} as const;

/** `codegouv check` arguments, read with node:util parseArgs; the first mistake is reported. */
export function parseCheckArguments(args: readonly string[], fallbackLang: Lang): CheckArguments {
  const parsed: CheckArguments = { format: 'text', lang: fallbackLang, commits: undefined, paths: [], help: false, debug: false };
  // Two different formats on one line (`--json --format sarif`) are a mistake, not a choice by position.
  let formatGiven: string | undefined;
  const choose = (format: ReportFormat, given: string) => {
    if (formatGiven !== undefined && parsed.format !== format) throw new CheckUsageError(msg('formats.conflict', { first: formatGiven, second: given }));
    formatGiven = given;
    parsed.format = format;
  };
  const { tokens } = parseArgs({ args: [...args], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      parsed.paths.push(token.value);
      continue;
    }
    const known = Object.hasOwn(OPTIONS, token.name) && (OPTIONS[token.name as keyof typeof OPTIONS].type === 'string' || !token.inlineValue);
    if (!known) throw new CheckUsageError(msg('check.unknownOption', { option: args[token.index] as string }));
    if (token.name === 'json') choose('json', '--json');
    else if (token.name === 'help') parsed.help = true;
    else if (token.name === 'debug') parsed.debug = true;
    else if (token.value === undefined) throw new CheckUsageError(msg('check.missingValue', { option: `--${token.name}` }));
    else if (token.name === 'lang') {
      const lang = parseLang(token.value);
      if (!lang) throw new CheckUsageError(msg('check.badLang', { value: token.value }));
      parsed.lang = lang;
    } else if (token.name === 'format') {
      const format = parseReportFormat(token.value);
      if (!format) throw new CheckUsageError(msg('formats.badFormat', { value: token.value, accepted: REPORT_FORMATS }));
      choose(format, `--format ${format}`);
    } else {
      if (token.value === '' || token.value.startsWith('-')) throw new CheckUsageError(msg('check.badRange', { value: token.value }));
      parsed.commits = token.value;
    }
  }
  if (parsed.paths.length === 0) parsed.paths.push('.');
  return parsed;
}
