import type { cli as fr } from '../fr/cli.js';

export const cli = {
  'cli.interrupted': 'codegouv: interrupted.',
} satisfies typeof fr;
