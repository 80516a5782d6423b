import { gitAsync } from './git.js';

export interface Commit {
  sha: string;
  authorName: string;
  authorEmail: string;
  subject: string;
  signoffs: string[];
}

export class CommitRangeError extends Error {}

const FIELD = '\x1f';
const RECORD = '\x1e';
const SIGNOFF_SEPARATOR = '\x1d';
const FORMAT = ['%h', '%an', '%ae', '%s', `%(trailers:key=Signed-off-by,valueonly,unfold,separator=%x1d)`].join('%x1f') + '%x1e';

/**
 * The non-merge commits of a range, read with one `git log`. The range reaches git as one
 * argument after --end-of-options: it can never be read as an option.
 */
export async function commitsInRange(root: string, range: string): Promise<Commit[]> {
  const result = await gitAsync(root, ['log', '--no-merges', '--no-use-mailmap', '--no-show-signature', '--no-ext-diff', `--format=${FORMAT}`, '--end-of-options', range, '--']);
  if (!result.ok) throw new CommitRangeError(result.stderr.split('\n')[0] || result.failure);
  const { stdout } = result;
  return stdout
    .split(RECORD)
    .map((record) => record.replace(/^\n/u, ''))
    .filter((record) => record !== '')
    .map((record) => {
      const [sha = '', authorName = '', authorEmail = '', subject = '', trailers = ''] = record.split(FIELD);
      const signoffs = trailers.split(SIGNOFF_SEPARATOR).map((value) => value.trim()).filter(Boolean);
      return { sha, authorName, authorEmail, subject, signoffs };
    });
}

/** No name and e-mail address fill this much: a longer trailer is not a sign-off. */
const MAX_SIGNOFF_LENGTH = 4096;

/**
 * `Name <email>` split as `/^(.*) <([^>]*)>$/u` would, in linear time (that expression
 * backtracks quadratically on a run of ` <`): the address starts after the last ` <`.
 */
function nameAndEmail(signoff: string): { name: string; email: string } | undefined {
  if (signoff.length > MAX_SIGNOFF_LENGTH || !signoff.endsWith('>')) return undefined;
  const open = signoff.lastIndexOf(' <');
  if (open < 0) return undefined;
  const name = signoff.slice(0, open);
  const email = signoff.slice(open + 2, -1);
  if (email.includes('>') || /[\n\r\u2028\u2029]/u.test(name)) return undefined;
  return { name, email };
}

/** A sign-off counts when it names the author exactly, e-mail compared case-insensitively (as scripts/dco-check.sh). */
export function isSignedOffByAuthor(commit: Commit): boolean {
  return commit.signoffs.some((signoff) => {
    const parts = nameAndEmail(signoff);
    return parts?.name === commit.authorName && parts.email.toLowerCase() === commit.authorEmail.toLowerCase();
  });
}
