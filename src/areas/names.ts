/** Governance areas; each is also a sub-generator of the same name (`codegouv licence`, `yo codegouv:licence`). */
export const AREAS = ['licence', 'readme', 'contributing', 'code-of-conduct', 'dco', 'security', 'publiccode'] as const;
export type Area = (typeof AREAS)[number];

export function isArea(name: string): name is Area {
  return (AREAS as readonly string[]).includes(name);
}
