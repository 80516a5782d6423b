import { styleText } from 'node:util';
import type { Lang } from '../i18n/lang.js';
import { translator } from '../i18n/render.js';

/**
 * inquirer's prompts (through @yeoman/adapter's prompt module) print their key hints, the
 * yes/no letters and a few errors in English. Each prompt takes a `theme` from its question:
 * the module's prompts are replaced by the same prompts given a theme in the interface
 * language, so every question, ours and Yeoman's alike, is themed without repeating it. The
 * themes are those of @inquirer/prompts 8 (https://github.com/SBoudrias/Inquirer.js).
 */

type Prompt = (config: { theme?: object } & Record<string, unknown>, context?: unknown) => unknown;
interface PromptModule { prompts: Record<string, Prompt>; registerPrompt(name: string, prompt: Prompt): unknown }

/** The prompt types this generator and Yeoman ask with (`list`, a deprecated alias, is left out). */
const THEMED = ['input', 'select', 'checkbox', 'confirm', 'search', 'expand'] as const;

const themed = new WeakSet<object>();

/** The fixed English texts the prompts pass to `theme.style.error`, in the interface language. */
function errorText(text: string, lang: Lang): string {
  const t = translator(lang);
  switch (text) {
    case 'No results found': return t('terminal.error.noResults');
    case 'You must provide a value':
    case 'You must provide a valid value':
    case 'You must select a valid value': return t('terminal.error.invalid');
    case 'At least one choice must be selected': return t('terminal.error.atLeastOne');
    case 'Please input a value': return t('terminal.error.typeAKey');
    default: break;
  }
  // expand: `"<typed, in red>" isn't an available option`.
  const unknown = ' isn\'t an available option';
  if (text.startsWith('"') && text.endsWith(`"${unknown}`)) {
    return t('terminal.error.unknownKey', { key: text.slice(1, -unknown.length - 1).replace(/\u001b\[\d{1,3}m/gu, '') });
  }
  return text;
}

/** The theme every prompt gets: key hints, errors and the confirm's words in the interface language. */
function themeFor(lang: Lang): object {
  const t = translator(lang);
  const actions: Record<string, string> = {
    navigate: t('terminal.action.navigate'),
    select: t('terminal.action.select'),
    submit: t('terminal.action.submit'),
    all: t('terminal.action.all'),
    invert: t('terminal.action.invert'),
  };
  const keyNames: Record<string, string> = { space: t('terminal.key.space') };
  return {
    style: {
      error: (text: string) => styleText('red', `> ${errorText(text, lang)}`),
      keysHelpTip: (keys: [string, string][]) => keys
        .map(([key, action]) => `${styleText('bold', keyNames[key] ?? key)} ${styleText('dim', actions[action] ?? action)}`)
        .join(styleText('dim', ' • ')),
    },
    keywords: { yes: t('terminal.confirm.yes'), no: t('terminal.confirm.no'), error: () => t('terminal.confirm.error') },
  };
}

/** Replaces the module's prompts by the same prompts themed in `lang` (once per module). */
export function speakInterfaceLanguage(promptModule: PromptModule | undefined, lang: Lang): void {
  if (!promptModule || themed.has(promptModule)) return;
  themed.add(promptModule);
  const theme = themeFor(lang);
  for (const type of THEMED) {
    const original = promptModule.prompts[type];
    if (!original) continue;
    // A question that brings its own theme keeps it.
    promptModule.registerPrompt(type, (config, context) => original({ ...config, theme: config.theme ?? theme }, context));
  }
}
