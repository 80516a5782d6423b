import { createHash } from 'node:crypto';

/** The .yo-rc.json key that records, per path, a digest of what codegouv wrote there. */
export const WRITTEN_KEY = 'written';

/** Bounds on what a repository's .yo-rc.json may make us read: it is the repository's data. */
const MAX_ENTRIES = 2_000;
const MAX_PATH = 1_024;
const DIGEST = /^sha256:[0-9a-f]{64}$/u;

export const digestOf = (content: string): string => `sha256:${createHash('sha256').update(content, 'utf8').digest('hex')}`;

/**
 * What an earlier run wrote: its paths, and whether a content is exactly what it wrote there.
 * A file still as written is codegouv's (updated, or removed once obsolete); anything else is the team's.
 */
export interface PreviousRun {
  /** What its answers produce: the only paths that can be codegouv's. */
  paths: ReadonlySet<string>;
  /** Those it wrote (its record says; without one, all of them). */
  written: ReadonlySet<string>;
  /** Whether `content` is exactly what it wrote at `path`. */
  wrote(path: string, content: string): boolean;
  /** What its answers, planned again today, give at `path`. */
  output(path: string): string | undefined;
  /** Whether its answers, planned again today, give `content` at `path`. */
  produces(path: string, content: string): boolean;
  /**
   * Whether the document now at `path` is codegouv's (regenerated, with consent) rather than the
   * team's (only completed): its record lists it; without a record, it is exactly what the
   * earlier answers give (a README the team wrote or edited is theirs).
   */
  owns(path: string, content: string): boolean;
}

export const NO_PREVIOUS_RUN: PreviousRun = { paths: new Set(), written: new Set(), output: () => undefined, wrote: () => false, produces: () => false, owns: () => false };

/** Relative, forward slashes, no `.`/`..` or empty segment: a path a planner could have written. */
const plainPath = (path: string) => path.length > 0 && path.length <= MAX_PATH && !path.startsWith('/') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('\\'));

/** The record of an earlier run, or undefined when there is none or it is malformed (then it is recomputed). */
export function readWritten(config: Readonly<Record<string, unknown>>): Readonly<Record<string, string>> | undefined {
  const record = config[WRITTEN_KEY];
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const entries = Object.entries(record);
  if (entries.length > MAX_ENTRIES) return undefined;
  if (!entries.every(([path, digest]) => plainPath(path) && typeof digest === 'string' && DIGEST.test(digest))) return undefined;
  return Object.fromEntries(entries) as Record<string, string>;
}

/**
 * The earlier run as its files, computed again from its stored answers. `record`, when the run
 * kept one, decides ownership: the recomputed content changes as soon as the repository does (a
 * new folder in REUSE.toml, a new year of history), what was written does not. Only paths the
 * earlier answers produce count, whatever the record lists.
 */
export function previousRun(files: readonly { path: string; content: string }[], record: Readonly<Record<string, string>> | undefined): PreviousRun {
  const paths = new Set(files.map((file) => file.path));
  const contents = new Map(files.map((file) => [file.path, file.content]));
  const output = (path: string) => contents.get(path);
  const produces = (path: string, content: string) => contents.get(path) === content;
  if (record) {
    // A Map, not the object: a path named like an Object property (`constructor`) is no entry.
    const digests = new Map(Object.entries(record));
    const written = new Set([...paths].filter((path) => digests.has(path)));
    return { paths, written, output, produces, wrote: (path, content) => written.has(path) && digests.get(path) === digestOf(content), owns: (path) => written.has(path) };
  }
  return { paths, written: paths, output, produces, wrote: produces, owns: produces };
}

/**
 * The record after this run: what it wrote or found identical, minus what it removed; the rest as
 * before. A merge with the team's edits records codegouv's own output: the file is then the
 * team's, and that output is the base of the next merge.
 */
export function writtenAfter(before: Readonly<Record<string, string>> | undefined, steps: readonly RecordedStep<{ content: string; generated?: string }>[], outcomes: ReadonlyMap<string, string>): Record<string, string> {
  return recordAfter(before, steps, outcomes, (file) => digestOf(file.generated ?? file.content));
}

export interface RecordedStep<File> {
  path: string;
  file?: File;
}

/**
 * A per-path record of .yo-rc.json after this run: an entry for each file the run wrote or found
 * identical, none for those it removed, the others as before; sorted by path.
 */
export function recordAfter<File, Entry>(before: Readonly<Record<string, Entry>> | undefined, steps: readonly RecordedStep<File>[], outcomes: ReadonlyMap<string, string>, entry: (file: File) => Entry): Record<string, Entry> {
  const record = new Map(Object.entries(before ?? {}));
  for (const step of steps) {
    const outcome = outcomes.get(step.path);
    if (step.file && (outcome === 'created' || outcome === 'overwritten' || outcome === 'identical')) record.set(step.path, entry(step.file));
    if (outcome === 'removed') record.delete(step.path);
  }
  return Object.fromEntries([...record].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
