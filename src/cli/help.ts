import { AREAS } from '../policy/areas.js';
import { ANSWER_KEYS, BOOLEAN_KEYS } from '../answers/keys.js';
import { flagName } from '../answers/flags.js';
import { questionOf } from '../answers/question.js';
import { render, translator } from '../i18n/render.js';
import type { Lang } from '../policy/enums.js';

export function helpText(lang: Lang): string {
  const t = translator(lang);
  const pad = (text: string) => text.padEnd(32);
  const options: [string, string][] = [
    ['-y, --yes', t('help.option.yes')],
    [t('help.flag.answers'), t('help.option.answers')],
    [t('help.flag.preset'), t('help.option.preset')],
    ['--lang fr|en', t('help.option.lang')],
    ['--force', t('help.option.force')],
    ['--skip-git', t('help.option.skipGit')],
    ['--dry-run', t('help.option.dryRun')],
    ['--ask-answered', t('help.option.askAnswered')],
    ['-h, --help', t('help.option.help')],
    ['--version', t('help.option.version')],
  ];
  return [
    t('help.usage'),
    '  codegouv [options]                 (app)',
    `  codegouv <${AREAS.join('|')}> [options]`,
    `  codegouv check [--json] [--lang fr|en] [--commits RANGE] [DIR|publiccode.yml...]`,
    `                                     ${t('help.check')}`,
    '',
    `${t('help.areas')}: ${AREAS.join(', ')}`,
    '',
    `${t('help.run')}:`,
    ...options.map(([flag, text]) => `  ${pad(flag)}${text}`),
    '',
    `${t('help.answers')}:`,
    ...ANSWER_KEYS.map((key) => `  ${pad(`--${flagName(key)}${BOOLEAN_KEYS.includes(key) ? '' : ' …'}`)}${render(questionOf(key), lang)}`),
    '',
  ].join('\n');
}
