import type { Lang } from '../../policy/enums.js';

/**
 * The CLDR plural category of a whole number: French takes the singular for 0 and 1
 * (« 0 erreur », « 1 erreur »), English for 1 only ("0 errors", "1 error").
 * https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html
 */
function isSingular(lang: Lang, count: number): boolean {
  return lang === 'fr' ? count < 2 : count === 1;
}

/** `one` or `other` for `count` in `lang`: `plural('fr')(2, 'commit', 'commits')`. */
export function plural(lang: Lang): (count: number, one: string, other: string) => string {
  return (count, one, other) => (isSingular(lang, count) ? one : other);
}
