import type { Lang } from '../policy/enums.js';
import type { Answers, LocalisedTexts } from './types.js';

/** The description texts in one language: the main answers for the primary one, else the translation. */
export function localisedTexts(answers: Answers, lang: Lang): LocalisedTexts {
  if (answers.languages[0] === lang) {
    return { description: answers.description, longDescription: answers.longDescription, features: answers.features };
  }
  const translated = lang === 'en'
    ? { description: answers.descriptionEn, longDescription: answers.longDescriptionEn, features: answers.featuresEn }
    : { description: answers.descriptionFr, longDescription: answers.longDescriptionFr, features: answers.featuresFr };
  return {
    description: translated.description ?? answers.description,
    longDescription: translated.longDescription ?? answers.longDescription,
    features: translated.features.length > 0 ? translated.features : answers.features,
  };
}

/** Whether a language has its own texts (the primary one always has). */
export function hasTexts(answers: Answers, lang: Lang): boolean {
  if (answers.languages[0] === lang) return true;
  return lang === 'en'
    ? Boolean(answers.descriptionEn && answers.longDescriptionEn && answers.featuresEn.length > 0)
    : Boolean(answers.descriptionFr && answers.longDescriptionFr && answers.featuresFr.length > 0);
}
