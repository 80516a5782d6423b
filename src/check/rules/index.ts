import { K1 } from './coherence.js';
import { CONTRIBUTING_RULES } from './contributing.js';
import { DOCUMENT_RULES, LANGUAGE_RULES } from './documents.js';
import { HISTORY_RULES } from './history.js';
import { LICENCE_RULES } from './licence.js';
import { PUBLICCODE_RULES } from './publiccode.js';
import { REUSE_RULES } from './reuse.js';
import type { Rule } from './rule.js';
import { SECURITY_RULES } from './security.js';
import { F2_UNREAD } from './unread.js';

/** Every rule, in the order of the policy's checklist (https://github.com/DISIC/politique-de-contribution-open-source). */
export const RULES: readonly Rule[] = [
  ...LICENCE_RULES,
  ...DOCUMENT_RULES,
  ...CONTRIBUTING_RULES,
  ...HISTORY_RULES,
  ...REUSE_RULES,
  ...PUBLICCODE_RULES,
  ...SECURITY_RULES,
  ...LANGUAGE_RULES,
  K1,
  F2_UNREAD,
];

export type { Rule } from './rule.js';
