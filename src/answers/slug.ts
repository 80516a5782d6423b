/** `@scope/My Project` → `my-project`: the repository-name form of any name. */
export function slugify(name: string): string {
  const slug = name
    .replace(/^@[^/]+\//, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+/, '');
  // Trailing hyphens counted from the end: `/-+$/` backtracks quadratically on runs of them.
  let end = slug.length;
  while (slug[end - 1] === '-') end -= 1;
  return slug.slice(0, end);
}
