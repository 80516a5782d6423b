/** A mention of a contributor licence agreement (CLA), in English or French, any case. */
export const CLA_MENTION = /\bCLAs?\b|contributor licen[cs]e agreement|accord de (?:licence|cession)|cla-assistant|contributor-assistant/iu;

/**
 * Every match of {@link CLA_MENTION} holds one of these, lower-cased: none of their letters has a
 * case variant outside ASCII (as `ſ` is one of `s`, or `K` of `k`), so looking for them in the
 * lower-cased text finds every text the expression would match, at the cost of one scan.
 */
const CLA_MENTION_CORES = ['cla', 'contributor', 'accord de'];

/** False only when {@link CLA_MENTION} cannot match anywhere in the text: most documents are then not cut into sentences. */
export function mayMentionCla(text: string): boolean {
  const lower = text.toLowerCase();
  return CLA_MENTION_CORES.some((core) => lower.includes(core));
}
