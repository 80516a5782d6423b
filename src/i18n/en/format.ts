import type { format as fr } from '../fr/format.js';

export const format = {
  'list.sample': ({ head, more }: { head: readonly string[]; more: number }) => (more > 0 ? `${head.join(', ')} (+ ${more} more)` : head.join(', ')),
  'list.semicolons': ({ items }: { items: readonly string[] }) => items.join('; '),
  'list.sentences': ({ items }: { items: readonly string[] }) => items.join('. '),
  'list.commas': ({ items }: { items: readonly string[] }) => items.join(', '),
  'list.and': ({ items }: { items: readonly string[] }) => items.join(' and '),
  'format.percent': ({ ratio }: { ratio: number }) => `${Math.floor(ratio * 1000) / 10}%`,
} satisfies typeof fr;
