import { plural } from '../grammar/plural.js';

const p = plural('fr');

/** Lists and numbers inside messages. */
export const format = {
  /** `a, b, c (+ 4 autres)`: a few names of a longer list. */
  'list.sample': ({ head, more }: { head: readonly string[]; more: number }) => (more > 0 ? `${head.join(', ')} (+ ${more} ${p(more, 'autre', 'autres')})` : head.join(', ')),
  'list.semicolons': ({ items }: { items: readonly string[] }) => items.join(' ; '),
  'list.sentences': ({ items }: { items: readonly string[] }) => items.join('. '),
  'list.commas': ({ items }: { items: readonly string[] }) => items.join(', '),
  'list.and': ({ items }: { items: readonly string[] }) => items.join(' et '),
  /** Rounded down to 0.1 %, with a decimal comma and a space before the sign. */
  'format.percent': ({ ratio }: { ratio: number }) => `${String(Math.floor(ratio * 1000) / 10).replace('.', ',')} %`,
};
