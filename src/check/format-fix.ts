import type { Lang } from '../i18n/lang.js';
import type { Message } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import type { Fix } from './model/types.js';

/** Characters a POSIX shell reads as they are: an argument made only of them needs no quotes. */
const PLAIN_ARGUMENT = /^[\w@%+=:,./-]+$/u;

const quoted = (argument: string) => (PLAIN_ARGUMENT.test(argument) ? argument : `'${argument.replaceAll('\'', '\'\\\'\'')}'`);

/** `codegouv licence --force`, ready to copy into a shell. */
const commandLine = (argv: readonly string[]) => ['codegouv', ...argv].map(quoted).join(' ');

/** A fix as the text report, SARIF and Code Quality show it: the command to copy, or the edit to make. */
export function fixText(fix: Fix, lang: Lang): string {
  return fix.kind === 'command' ? commandLine(fix.argv) : render(fix.message, lang);
}

/** A fix as a message part, for a caller that renders later (the generator's end-of-run list). */
export function fixPart(fix: Fix): string | Message {
  return fix.kind === 'command' ? commandLine(fix.argv) : fix.message;
}

/** A fix in the JSON report: `{"command": "codegouv …", "argv": [...]}` or `{"edit": "…"}`. */
export function fixJson(fix: Fix, lang: Lang): { command: string; argv: readonly string[] } | { edit: string } {
  return fix.kind === 'command' ? { command: commandLine(fix.argv), argv: fix.argv } : { edit: render(fix.message, lang) };
}
