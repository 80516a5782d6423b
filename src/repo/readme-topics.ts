import { hasLetters, proseOf } from './documents.js';
import { firstEmailAddress } from './email-address.js';

/**
 * What a README must tell a reader, after the policy's « Assurez-vous […] d'expliquer le but du
 * projet […] qui le publie, comment contribuer, sous quelle licence »
 * (https://github.com/DISIC/politique-de-contribution-open-source).
 */
const README_TOPICS = ['purpose', 'administration', 'contact', 'licence', 'contributing'] as const;
export type ReadmeTopic = (typeof README_TOPICS)[number];

const TOLD: Readonly<Record<ReadmeTopic, (text: string, holder: string | undefined) => boolean>> = {
  purpose: (text) => hasLetters(proseOf(text), 80),
  administration: (text, holder) => (holder
    ? text.toLowerCase().includes(holder.toLowerCase())
    : /administration|minist[eè]re|direction|agence|publié par|published by|collectivit|mairie|préfecture/iu.test(text)),
  contact: (text) => firstEmailAddress(text) !== undefined || /\bcontact/iu.test(text),
  licence: (text) => /licen[cs]e/iu.test(text),
  contributing: (text) => /contribu/iu.test(text),
};

/** The topics a README does not cover; `holder` is the rights holder publiccode.yml names, if any. */
export function missingReadmeTopics(text: string, holder: string | undefined): ReadmeTopic[] {
  return README_TOPICS.filter((topic) => !TOLD[topic](text, holder));
}
