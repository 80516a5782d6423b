import { isStrictBcp47 } from './bcp47.js';
import { countGraphemes } from './graphemes.js';
import type { Description } from './model.js';
import * as message from './messages.js';
import { FindingList, isBlank } from './rule-helpers.js';
import { isHttpUrl } from './url.js';

const GENERIC_NAME_MAX = 35;
export const SHORT_DESCRIPTION_MAX = 150;
export const LONG_DESCRIPTION_MIN = 150;
export const LONG_DESCRIPTION_MAX = 10_000;

/** `description`: at least one language, strict BCP 47 keys, then each language's block. */
export function checkDescriptions(list: FindingList, descriptions: Record<string, Description> | undefined): void {
  const languages = Object.keys(descriptions ?? {});
  if (languages.length === 0) {
    list.add('description', message.needsItems('description'));
    return;
  }
  if (!languages.every(isStrictBcp47)) {
    list.add('description', message.mustBeBcp47('description'));
    return;
  }
  for (const [language, description] of Object.entries(descriptions ?? {})) {
    checkDescription(list, descriptionKey(language), description);
  }
}

// The parser turns `description[en]` into `description.en`, but keeps brackets for `en-GB`.
function descriptionKey(language: string): string {
  return /^[A-Za-z]+$/.test(language) ? `description.${language}` : `description[${language}]`;
}

function checkDescription(list: FindingList, key: string, description: Description): void {
  const { genericName, shortDescription, longDescription } = description;
  if (genericName !== undefined && countGraphemes(genericName) > GENERIC_NAME_MAX) {
    list.add(`${key}.genericName`, message.tooLong('genericName', GENERIC_NAME_MAX));
  }

  if (isBlank(shortDescription)) list.add(`${key}.shortDescription`, message.isRequired('shortDescription'));
  else if (countGraphemes(shortDescription ?? '') > SHORT_DESCRIPTION_MAX) {
    list.add(`${key}.shortDescription`, message.tooLong('shortDescription', SHORT_DESCRIPTION_MAX));
  }

  const longLength = countGraphemes(longDescription ?? '');
  if (isBlank(longDescription)) list.add(`${key}.longDescription`, message.isRequired('longDescription'));
  else if (longLength < LONG_DESCRIPTION_MIN) {
    list.add(`${key}.longDescription`, message.tooShort('longDescription', LONG_DESCRIPTION_MIN));
  } else if (longLength > LONG_DESCRIPTION_MAX) {
    list.add(`${key}.longDescription`, message.tooLong('longDescription', LONG_DESCRIPTION_MAX));
  }

  for (const field of ['documentation', 'apiDocumentation'] as const) {
    const url = description[field];
    if (url !== undefined && !isHttpUrl(url)) list.add(`${key}.${field}`, message.mustBeHttpUrl(field));
  }

  if ((description.features ?? []).length === 0) list.add(`${key}.features`, message.needsItems('features'));

  for (const [index, video] of (description.videos ?? []).entries()) {
    if (video !== undefined && !isHttpUrl(video)) {
      list.add(`${key}.videos[${index}]`, message.mustBeHttpUrl(`videos[${index}]`));
    }
  }
}
