/** `@scope/My Project` → `my-project`: the repository-name form of any name. */
export function slugify(name: string): string {
  return name
    .replace(/^@[^/]+\//, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|-+$/g, '');
}
