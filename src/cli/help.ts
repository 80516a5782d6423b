import { AREAS } from '../areas/names.js';
import { ANSWER_KEYS, BOOLEAN_KEYS } from '../answers/keys.js';
import { flagName } from '../answers/flags.js';
import { QUESTION_TEXT } from '../i18n/prompt-messages.js';
import type { Lang } from '../policy/enums.js';

const TEXT = {
  fr: {
    usage: 'Usage :',
    areas: 'Domaines',
    run: 'Options d\'exécution',
    answers: 'Réponses (une option par clé ; listes séparées par des virgules, « ; » pour features)',
    options: [
      ['-y, --yes', 'ne rien demander ; refuse et n\'écrit rien s\'il manque une réponse obligatoire'],
      ['--answers FICHIER', 'réponses en YAML ou JSON (clés du README)'],
      ['--preset FICHIER', 'préréglage d\'organisation (valeurs par défaut)'],
      ['--lang fr|en', 'langue des questions et du document principal (fr par défaut)'],
      ['--force', 'remplacer les fichiers existants'],
      ['--skip-git', 'ne jamais modifier la configuration git'],
      ['--dry-run', 'montrer ce qui serait écrit, sans rien écrire'],
      ['--ask-answered', 'reposer les questions déjà répondues (réponses de .yo-rc.json)'],
      ['-h, --help', 'cette aide'],
      ['--version', 'version'],
    ],
    check: 'audit de conformité d\'un ou plusieurs dépôts',
  },
  en: {
    usage: 'Usage:',
    areas: 'Areas',
    run: 'Run options',
    answers: 'Answers (one flag per key; lists comma-separated, ";" for features)',
    options: [
      ['-y, --yes', 'never prompt; refuse and write nothing when a required answer is missing'],
      ['--answers FILE', 'answers in YAML or JSON (keys in the README)'],
      ['--preset FILE', 'organisation preset (default values)'],
      ['--lang fr|en', 'language of the questions and primary document (default fr)'],
      ['--force', 'overwrite existing files'],
      ['--skip-git', 'never change the git configuration'],
      ['--dry-run', 'show what would be written, write nothing'],
      ['--ask-answered', 'ask again the questions already answered (.yo-rc.json)'],
      ['-h, --help', 'this help'],
      ['--version', 'version'],
    ],
    check: 'compliance audit of one or more repositories',
  },
};

export function helpText(lang: Lang): string {
  const t = TEXT[lang];
  const pad = (text: string) => text.padEnd(32);
  return [
    t.usage,
    '  codegouv [options]                 (app)',
    `  codegouv <${AREAS.join('|')}> [options]`,
    `  codegouv check [--json] [--lang fr|en] [--commits RANGE] [DIR|publiccode.yml...]`,
    `                                     ${t.check}`,
    '',
    `${t.areas}: ${AREAS.join(', ')}`,
    '',
    `${t.run}:`,
    ...t.options.map(([flag, text]) => `  ${pad(flag ?? '')}${text}`),
    '',
    `${t.answers}:`,
    ...ANSWER_KEYS.map((key) => `  ${pad(`--${flagName(key)}${BOOLEAN_KEYS.includes(key) ? '' : ' …'}`)}${QUESTION_TEXT[lang][key]}`),
    '',
  ].join('\n');
}
