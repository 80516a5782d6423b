import { parse } from 'yaml';
import { authorisedLicenceId } from '../policy/licence-input.js';
import type { RawAnswers } from './types.js';

type Data = Record<string, unknown>;
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const texts = (value: unknown) => (Array.isArray(value) && value.every((item) => typeof item === 'string') && value.length > 0 ? (value as string[]) : undefined);

/** What an existing publiccode.yml already says, as answers (unreadable parts are ignored). */
export function answersFromPubliccode(source: string): RawAnswers {
  let data: unknown;
  try {
    data = parse(source);
  } catch {
    return {};
  }
  if (!isObject(data)) return {};
  const found: RawAnswers = {};
  const set = (key: keyof RawAnswers, value: unknown) => {
    if (value !== undefined) found[key] = value;
  };
  set('title', text(data.name));
  set('repositoryUrl', text(data.url));
  set('platforms', texts(data.platforms));
  set('categories', texts(data.categories));
  set('developmentStatus', text(data.developmentStatus));
  set('softwareType', text(data.softwareType));
  if (isObject(data.organisation)) {
    set('administration', text(data.organisation.name));
    set('administrationUri', text(data.organisation.uri));
  }
  if (isObject(data.intendedAudience)) set('scope', texts(data.intendedAudience.scope));
  if (isObject(data.legal)) {
    set('administration', found.administration ?? text(data.legal.mainCopyrightOwner));
    const licence = text(data.legal.license);
    set('licence', licence ? authorisedLicenceId(licence) : undefined);
  }
  if (isObject(data.maintenance)) {
    set('maintenanceType', text(data.maintenance.type));
    const contact = Array.isArray(data.maintenance.contacts) ? data.maintenance.contacts.find(isObject) : undefined;
    if (contact) {
      set('contactName', text(contact.name));
      set('contactEmail', text(contact.email));
    }
    if (Array.isArray(data.maintenance.contractors)) set('contractors', data.maintenance.contractors.filter(isObject));
  }
  if (isObject(data.description)) {
    // The first language block is the primary one: that is the order the generator writes.
    const languages = Object.keys(data.description);
    const primary = languages[0];
    // Its primary language stays the primary document language (the README's does not override it); a
    // second one is not inferred, since it would add translated documents beside the team's own.
    if (primary === 'fr' || primary === 'en') set('languages', [primary]);
    const block = primary ? data.description[primary] : undefined;
    if (isObject(block)) {
      set('description', text(block.shortDescription));
      set('longDescription', text(block.longDescription));
      set('features', texts(block.features));
    }
    for (const [lang, suffix] of [['en', 'En'], ['fr', 'Fr']] as const) {
      const other = lang !== primary ? data.description[lang] : undefined;
      if (!isObject(other)) continue;
      set(`description${suffix}`, text(other.shortDescription));
      set(`longDescription${suffix}`, text(other.longDescription));
      set(`features${suffix}`, texts(other.features));
    }
  }
  return found;
}
