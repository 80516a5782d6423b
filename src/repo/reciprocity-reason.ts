import { FORMER_GENERIC_SENTENCES, REASON_LABELS, reasonProblem } from '../policy/licence-advice.js';
import { readText } from './read.js';
import { withoutComments } from './documents.js';

/**
 * The reason of general interest a README gives for a reciprocal licence (art. L.323-2 CRPA):
 * the line codegouv writes (« Motif d'intérêt général de la réciprocité … : REASON »), or a
 * line of the team's own that speaks of the general interest or of the article, other than the
 * generic sentence codegouv used to write. Linear scans only: the README is the repository's data.
 */
export type StatedReason =
  | { kind: 'stated'; reason: string }
  /** A reason is given, but says nothing (too short, text to be completed). */
  | { kind: 'refused'; reason: string }
  /** Only codegouv's former generic sentence. */
  | { kind: 'generic' }
  | { kind: 'missing' };

const MENTIONS_GENERAL_INTEREST = /int[ée]r[êe]t g[ée]n[ée]ral|general[- ]interest|public interest|L\.? ?323-2/iu;
const MAX_REASON = 300;

const judged = (reason: string): StatedReason => {
  const shown = reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON)}…` : reason;
  return reasonProblem(reason) === undefined ? { kind: 'stated', reason: shown } : { kind: 'refused', reason: shown };
};

/** The line as a reader of the rendered README sees it: closed comments gone, and an unclosed one hides the rest. */
function shown(line: string): string {
  const visible = withoutComments(line);
  const unclosed = visible.indexOf('<!--');
  return unclosed < 0 ? visible : visible.slice(0, unclosed);
}

/** What follows the label's colon on its line, if the line carries the label. */
function labelled(line: string): string | undefined {
  for (const label of Object.values(REASON_LABELS)) {
    const at = line.indexOf(label);
    if (at < 0) continue;
    const colon = line.indexOf(':', at + label.length);
    return colon < 0 ? '' : shown(line.slice(colon + 1)).trim();
  }
  return undefined;
}

export function statedReason(readme: string): StatedReason {
  const lines = readme.split('\n');
  for (const line of lines) {
    const reason = labelled(line);
    if (reason === '') return { kind: 'missing' };
    if (reason !== undefined) return judged(reason);
  }
  let generic = false;
  for (const line of lines) {
    if (!MENTIONS_GENERAL_INTEREST.test(line)) continue;
    if (FORMER_GENERIC_SENTENCES.some((sentence) => line.includes(sentence))) {
      generic = true;
      continue;
    }
    return judged(line.trim());
  }
  return generic ? { kind: 'generic' } : { kind: 'missing' };
}

/** The README names codegouv reads at the root, primary first. */
const README_NAMES = ['README.md', 'README.fr.md', 'README.en.md'];

/** The reason a root README states, with the file it was read in (an answer inferred from the repository). */
export function readmeReason(cwd: string): { reason: string; file: string } | undefined {
  for (const file of README_NAMES) {
    const read = readText(cwd, file);
    if (!read.ok) continue;
    const found = statedReason(read.text);
    if (found.kind === 'stated') return { reason: found.reason, file };
  }
  return undefined;
}
