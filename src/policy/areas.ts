/** Governance areas of the contribution policy (https://github.com/DISIC/politique-de-contribution-open-source); each is also a sub-generator. */
export const AREAS = ['licence', 'readme', 'contributing', 'code-of-conduct', 'dco', 'security', 'publiccode'] as const;
export type Area = (typeof AREAS)[number];

export function isArea(name: string): name is Area {
  return (AREAS as readonly string[]).includes(name);
}
