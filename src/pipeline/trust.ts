import { msg } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import type { Lang } from '../policy/enums.js';
import { UsageError } from '../support/errors.js';
import type { Gathered, UntrustedPreset } from './gather.js';

/**
 * Templates are code (EJS runs JavaScript). They come from the package, from a preset the user
 * names (`--preset`), or from the preset the target's .yo-rc.json names once the user trusts it:
 * `--trust-preset`, or a yes to the question of the interactive adapter. The decision is never
 * stored: .yo-rc.json is the file we do not trust.
 */

/** Refuses the run while a stored preset's templates wait for trust: exit 2, nothing written. */
export function refuseUntrustedPreset(gathered: Gathered, lang: Lang): void {
  const preset = gathered.untrustedPreset;
  if (!preset) return;
  const refusal = preset.reason === 'templates' ? msg('trust.refused', { spec: preset.spec, file: preset.file, templates: preset.templates }) : msg('trust.refusedOutside', { spec: preset.spec, file: preset.file });
  throw new UsageError(render(refusal, lang), 2);
}

/** The interactive adapter's question; no by default. */
export function trustQuestion(preset: UntrustedPreset, lang: Lang) {
  const question = preset.reason === 'templates' ? msg('trust.question', { file: preset.file, templates: preset.templates }) : msg('trust.questionOutside', { file: preset.file });
  return { type: 'confirm', name: 'trustPreset', message: render(question, lang), default: false } as const;
}

/** The user's answer: yes makes the templates this run's, no ends the run before anything is written. */
export function settleTrust(gathered: Gathered, trusted: boolean, lang: Lang): void {
  const preset = gathered.untrustedPreset;
  if (!preset) return;
  if (!trusted) throw new UsageError(render(msg('trust.declined', { spec: preset.spec, file: preset.file }), lang), 2);
  if (preset.templates) gathered.templateOverrides = preset.templates;
  delete gathered.untrustedPreset;
}
