import type { AnswerKey, RawAnswers } from './types.js';

/**
 * Where each inferred answer was read: a path of the target (`README.md`, `pom.xml`,
 * `parent/pom.xml`…) or one of the non-file sources below. The run's summary says it, so that
 * the user can check every value nobody typed.
 */
type InferredFrom = 'licence file' | 'git remote' | 'git config' | 'folder name' | (string & {});
export type Provenance = Partial<Record<AnswerKey, InferredFrom>>;

/** Records `source` for every key `inferred` holds that has no source yet (the values a step just added). */
export function noteSources(inferred: RawAnswers, provenance: Provenance, source: InferredFrom): void {
  for (const key of Object.keys(inferred) as AnswerKey[]) {
    if (inferred[key] !== undefined) provenance[key] ??= source;
  }
}

/** Adds what `found` says to `inferred` where nothing higher said it, and records where it was read. */
export function addInferred(inferred: RawAnswers, provenance: Provenance, found: RawAnswers, source: InferredFrom): void {
  for (const [key, value] of Object.entries(found) as [AnswerKey, unknown][]) {
    if (value === undefined || inferred[key] !== undefined) continue;
    inferred[key] = value;
    provenance[key] = source;
  }
}
