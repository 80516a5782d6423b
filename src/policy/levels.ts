/**
 * Levels of the policy's requirements: MUST (« doit », a legal requirement), SHOULD (recommended),
 * MAY (optional) — https://github.com/DISIC/politique-de-contribution-open-source
 */
export type Level = 'MUST' | 'SHOULD' | 'MAY';
