import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { PlannedFile } from '../areas/types.js';
import { templatePath } from '../support/paths.js';
import { gitSync } from '../repo/git.js';
import { type RecordedStep, digestOf, recordAfter } from './previous-run.js';

/**
 * The .yo-rc.json key that records what each file codegouv wrote was generated from, so that a
 * later run with changed templates or a changed preset can merge its new output with the team's
 * edits (three-way, like `git merge-file`) instead of choosing one of them.
 */
export const GENERATED_FROM_KEY = 'generatedFrom';

export interface FileOrigin {
  /** Git's object id of codegouv's output (found in the history once that output was committed). */
  blob: string;
  /** SHA-256 of the template it was rendered from, when it came from a template file. */
  template?: string;
  /**
   * Codegouv's output itself (raw deflate, base64), kept only when the file written was a merge
   * with the team's edits: that output then never lands in the history.
   */
  base?: string;
}

export interface GeneratedFrom {
  /** The run that wrote last: `generator-codegouv@<version>`. */
  generator: string;
  /** The preset the answers came from: what the user named, its version (npm) and a digest of its file. */
  preset?: { spec: string; version?: string; digest: string };
  files: Record<string, FileOrigin>;
}

/** Bounds on what a repository's .yo-rc.json may make us read and decompress: it is the repository's data. */
const MAX_FILES = 2_000;
const MAX_NAME = 1_024;
const MAX_BASE_CHARS = 512 * 1024;
const MAX_BASE_BYTES = 2 * 1024 * 1024;
const BLOB = /^[0-9a-f]{40}$/u;
const DIGEST = /^sha256:[0-9a-f]{64}$/u;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/u;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function originOf(value: unknown): FileOrigin | undefined {
  if (!isRecord(value) || typeof value.blob !== 'string' || !BLOB.test(value.blob)) return undefined;
  const origin: FileOrigin = { blob: value.blob };
  if (typeof value.template === 'string' && DIGEST.test(value.template)) origin.template = value.template;
  if (typeof value.base === 'string' && value.base.length <= MAX_BASE_CHARS && BASE64.test(value.base)) origin.base = value.base;
  return origin;
}

function presetOf(value: unknown): GeneratedFrom['preset'] {
  if (!isRecord(value) || typeof value.spec !== 'string' || value.spec.length > MAX_NAME || typeof value.digest !== 'string' || !DIGEST.test(value.digest)) return undefined;
  const version = typeof value.version === 'string' && value.version.length <= MAX_NAME ? value.version : undefined;
  return { spec: value.spec, ...(version ? { version } : {}), digest: value.digest };
}

/** The record of an earlier run, or undefined when there is none or it is malformed (then nothing is merged). */
export function readGeneratedFrom(config: Readonly<Record<string, unknown>>): GeneratedFrom | undefined {
  const record = config[GENERATED_FROM_KEY];
  if (!isRecord(record) || !isRecord(record.files) || typeof record.generator !== 'string') return undefined;
  const entries = Object.entries(record.files);
  if (entries.length > MAX_FILES) return undefined;
  const files = new Map<string, FileOrigin>();
  for (const [path, value] of entries) {
    const origin = originOf(value);
    if (origin) files.set(path, origin);
  }
  const preset = presetOf(record.preset);
  return { generator: record.generator.slice(0, MAX_NAME), ...(preset ? { preset } : {}), files: Object.fromEntries(files) };
}

/** The origin recorded at `path` (own entries only: a path named like an Object property is no entry). */
export function originAt(record: GeneratedFrom | undefined, path: string): FileOrigin | undefined {
  return record && Object.hasOwn(record.files, path) ? record.files[path] : undefined;
}

/** Git's id of a blob holding `content` (SHA-1 object format, git's default). */
function gitBlobId(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const packed = (content: string) => deflateRawSync(Buffer.from(content, 'utf8')).toString('base64');

function unpacked(base: string): string | undefined {
  try {
    return inflateRawSync(Buffer.from(base, 'base64'), { maxOutputLength: MAX_BASE_BYTES }).toString('utf8');
  } catch {
    return undefined;
  }
}

function blobInHistory(cwd: string, blob: string): string | undefined {
  const shown = gitSync(cwd, ['cat-file', 'blob', blob], { maxOutputBytes: MAX_BASE_BYTES, timeoutMs: 10_000 });
  return shown.ok ? shown.stdout : undefined;
}

/**
 * Codegouv's earlier output at a path, exactly: the earlier answers planned again with today's
 * templates, what the record keeps, or the object of that id in the history, whichever matches
 * the digest the earlier run recorded. Undefined when none does (then nothing is merged).
 */
export function earlierOutput(input: { cwd: string; digest: string | undefined; origin: FileOrigin | undefined; regenerated: string | undefined }): string | undefined {
  const { digest, origin } = input;
  if (!digest) return undefined;
  // Cheapest first (each is checked against the digest): already planned, then kept in the record, then a git process.
  const candidates = [
    () => input.regenerated,
    () => (origin?.base ? unpacked(origin.base) : undefined),
    () => (origin ? blobInHistory(input.cwd, origin.blob) : undefined),
  ];
  for (const candidate of candidates) {
    const text = candidate();
    if (text !== undefined && digestOf(text) === digest) return text;
  }
  return undefined;
}

function templateDigest(template: string | undefined): string | undefined {
  if (!template) return undefined;
  try {
    return `sha256:${createHash('sha256').update(readFileSync(templatePath(template))).digest('hex')}`;
  } catch {
    return undefined;
  }
}

/** The origin of a file this run wrote (or found identical): its own output, and the merge when the team's edits were kept. */
function originOfWritten(file: PlannedFile): FileOrigin {
  const output = file.generated ?? file.content;
  const template = templateDigest(file.template);
  return {
    blob: gitBlobId(output),
    ...(template ? { template } : {}),
    ...(file.generated !== undefined && file.generated !== file.content ? { base: packed(output) } : {}),
  };
}

/**
 * The record after this run: the files it wrote or found identical, minus those it removed; the
 * rest as before. The generator and preset are this run's unless it kept files as they were
 * (`deferred`): the stored answers then stay the earlier run's, and so does what made them.
 */
export function generatedFromAfter(
  before: GeneratedFrom | undefined,
  steps: readonly RecordedStep<PlannedFile>[],
  outcomes: ReadonlyMap<string, string>,
  made: { generator: string; preset?: GeneratedFrom['preset'] },
  deferred = false,
): GeneratedFrom {
  const files = recordAfter(before?.files, steps, outcomes, originOfWritten);
  const by = deferred && before ? before : made;
  return { generator: by.generator, ...(by.preset ? { preset: by.preset } : {}), files };
}
