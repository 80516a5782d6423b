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

/** A sign-off counts when it names the author exactly, e-mail compared case-insensitively (as scripts/dco-check.sh). */
export function isSignedOffByAuthor(commit: Commit): boolean {
  return commit.signoffs.some((signoff) => {
    const match = /^(.*) <([^>]*)>$/u.exec(signoff);
    return match?.[1] === commit.authorName && match[2]?.toLowerCase() === commit.authorEmail.toLowerCase();
  });
}
