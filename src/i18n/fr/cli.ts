/** The `codegouv` command line around the generator and `check`. */
export const cli = {
  /** Ctrl-C at a prompt: a short line rather than a stack trace. */
  'cli.interrupted': 'codegouv : interrompu.',
};
