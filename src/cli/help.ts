import { AREAS } from '../policy/areas.js';
import { ANSWER_KEYS, BOOLEAN_KEYS } from '../answers/keys.js';
import { flagOf } from '../answers/flags.js';
import { questionOf } from '../answers/question.js';
import type { MessageId } from '../i18n/message.js';
import { render, translator } from '../i18n/render.js';
import { RUN_OPTIONS } from './args.js';
import type { RunOption } from './args.js';
import type { Lang } from '../policy/enums.js';

export function helpText(lang: Lang): string {
  const t = translator(lang);
  const pad = (text: string) => text.padEnd(32);
  const shown = (option: RunOption) => {
    if (option.value) return option.value.startsWith('--') ? option.value : t(option.value as MessageId);
    return option.short ? `-${option.short}, --${option.name}` : `--${option.name}`;
  };
  const options = RUN_OPTIONS.filter((option) => option.help).map((option) => [shown(option), t(option.help!)] as const);
  return [
    t('help.usage'),
    '  codegouv [options]                 (app)',
    `  codegouv <${AREAS.join('|')}> [options]`,
    `  codegouv check [--format text|json|sarif|codequality] [--lang fr|en] [--commits RANGE] [DIR|publiccode.yml...]`,
    `                                     ${t('help.check')}`,
    '',
    `${t('help.areas')}: ${AREAS.join(', ')}`,
    '',
    `${t('help.run')}:`,
    ...options.map(([flag, text]) => `  ${pad(flag)}${text}`),
    '',
    `${t('help.answers')}:`,
    ...ANSWER_KEYS.map((key) => `  ${pad(`${flagOf(key)}${BOOLEAN_KEYS.includes(key) ? '' : ' …'}`)}${render(questionOf(key), lang)}`),
    '',
  ].join('\n');
}
