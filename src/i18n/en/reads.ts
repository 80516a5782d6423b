import { plural } from '../grammar/plural.js';
import type { reads as fr } from '../fr/reads.js';

const p = plural('en');

type Reason = 'link-outside' | 'not-regular' | 'too-large' | 'unreadable' | 'not-utf8' | 'name-not-utf8';

const REASONS: Record<Reason, string> = {
  'link-outside': 'a link leaving the folder',
  'not-regular': 'not a regular file (directory, FIFO, socket or device)',
  'too-large': 'too large',
  unreadable: 'unreadable (permissions?)',
  'not-utf8': 'text not in UTF-8',
  'name-not-utf8': 'name not in UTF-8, to be renamed',
};

export const reads = {
  'reads.reason': ({ reason }: { reason: Reason }) => REASONS[reason],
  'reads.refused': ({ path, reason }: { path: string; reason: string }) =>
    `${path}: ${reason}; codegouv does not read this file and wrote nothing. Replace it with a regular file of the repository, in UTF-8 and of a reasonable size, or delete it, then run again.`,
  'reads.configRefused': ({ path, reason }: { path: string; reason: string }) =>
    `${path}: ${reason}; this configuration file is not read and nothing was written. Replace it with a regular JSON file (or delete it), then run again.`,
  'reads.rule.title': 'Repository files read by the audit',
  'reads.rule.pass': 'Every audited file could be read.',
  'reads.rule.fail': ({ count, files }: { count: number; files: string }) =>
    `${count} ${p(count, 'file not read, hence not checked', 'files not read, hence not checked')}: ${files}. Links leaving the folder and special files are never followed; texts must be UTF-8; beyond the maximum size a file is not opened.`,
  'reads.rule.file': ({ path, reason }: { path: string; reason: string }) => `${path} (${reason})`,
  'reads.gitMissing': ({ range }: { range: string }) =>
    `--commits ${range}: git cannot be found on this machine, the history cannot be checked. Install git (https://git-scm.com) or run again without --commits.`,
  'reads.hookNotOurs': ({ path }: { path: string }) =>
    `Sign-off hook not enabled: ${path} is not the one codegouv writes, or .githooks/ holds other scripts; setting core.hooksPath would run them on every commit. Check what .githooks/ holds, then enable it yourself with "git config core.hooksPath .githooks".`,
  'reads.hookGitMissing': 'git cannot be found: sign-off hook not enabled. Install git, then enable it with "git config core.hooksPath .githooks".',
} satisfies typeof fr;
