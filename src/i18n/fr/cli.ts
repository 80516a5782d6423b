/** The `codegouv` command line around the generator and `check`. */
export const cli = {
  /** Ctrl-C at a prompt: a short line rather than a stack trace. */
  'cli.interrupted': 'codegouv : interrompu.',
  'cli.unknownCommand': ({ name }: { name: string }) => `codegouv : commande inconnue « ${name} ». Voir codegouv --help.`,
  'cli.unexpectedArgument': ({ argument }: { argument: string }) =>
    `codegouv : argument inattendu « ${argument} » (une option booléenne s'écrit --option ou --no-option ; voir codegouv --help)`,
  'cli.unknownOption': ({ option }: { option: string }) => `codegouv : option inconnue ${option} (voir codegouv --help)`,
  'cli.unknownOptionNear': ({ option, suggestion }: { option: string; suggestion: string }) =>
    `codegouv : option inconnue ${option} ; vouliez-vous dire ${suggestion} ? (voir codegouv --help)`,
  'cli.allKnown': 'Toutes les réponses obligatoires sont connues : relancez avec --yes.',
  'cli.configInvalidJson': ({ path, reason }: { path: string; reason: string }) => `${path} : JSON invalide (${reason}) ; corrigez-le ou supprimez-le.`,
  'cli.configNotStorage': ({ path }: { path: string }) => `${path} n'est pas un objet de configuration Yeoman valide`,
};
