import type { help as fr } from '../fr/help.js';

export const help = {
  'help.usage': 'Usage:',
  'help.areas': 'Areas:',
  'help.run': 'Run options:',
  'help.answers': 'Answers (one flag per key; lists comma-separated, ";" for features):',
  'help.check': 'compliance audit of one or more repositories',
  'help.flag.answers': '--answers FILE',
  'help.flag.preset': '--preset FILE',
  'help.option.yes': 'never prompt; refuse and write nothing when a required answer is missing',
  'help.option.answers': 'answers in YAML or JSON (keys in the README)',
  'help.option.preset': 'organisation preset (default values)',
  'help.option.lang': 'interface language (questions, messages, help), default fr, remembered in .yo-rc.json for later runs; documents stay in French (--languages to add English)',
  'help.option.force': 'overwrite existing files',
  'help.option.skipGit': 'never change the git configuration',
  'help.option.dryRun': 'show what would be written, write nothing',
  'help.option.askAnswered': 'ask again the questions already answered (.yo-rc.json)',
  'help.option.help': 'this help',
  'help.option.version': 'version',
} satisfies typeof fr;
