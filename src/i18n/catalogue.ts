import { en } from './en/index.js';
import { fr } from './fr/index.js';
import type { Lang } from './lang.js';

/**
 * The shape every language follows: French is the reference, and each English domain file
 * `satisfies` its French twin, so that a key missing on either side fails to compile.
 */
export type Catalogue = typeof fr;

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { fr, en };
