import { isStrictBcp47 } from './bcp47.js';
import { CATEGORIES } from './data/categories.js';
import { DEVELOPMENT_STATUSES, IT_COUNTRY_EXTENSION_VERSIONS, SOFTWARE_TYPES } from './data/enums.js';
import { SCOPES } from './data/scopes.js';
import { isCountryCode } from './country.js';
import { isIsoDate } from './date.js';
import { checkDescriptions } from './description-rules.js';
import type { Finding } from './issue.js';
import { checkMaintenance } from './maintenance-rules.js';
import * as message from './messages.js';
import { isMimeType } from './mime.js';
import type { ItalianSection, PubliccodeV0 } from './model.js';
import { FindingList, checkEachItem, checkOrganisationUriField, isBlank } from './rule-helpers.js';
import { isSpdxExpression } from './spdx-expression.js';
import { checkSupportsId, italianIpaCode } from './uri.js';
import { isHttpUrl, isUrl } from './url.js';

/** The checks the parser declares as validator tags on its Go struct, in field order. */
export function checkStructRules(publiccode: PubliccodeV0): Finding[] {
  const list = new FindingList();
  const pc = publiccode;

  if (isBlank(pc.name)) list.add('name', message.isRequired('name'));
  if (pc.url === undefined) list.add('url', message.isRequired('url'));
  else if (!isUrl(pc.url)) list.add('url', message.mustBeUrl('url'));
  checkHttpUrl(list, 'landingURL', pc.landingURL);
  for (const [index, url] of (pc.isBasedOn ?? []).entries()) {
    if (!isUrl(url ?? '')) list.add(`isBasedOn[${index}]`, message.mustBeUrl(`isBasedOn[${index}]`));
  }
  if (pc.releaseDate !== undefined && !isIsoDate(pc.releaseDate)) list.add('releaseDate', message.mustBeDate('releaseDate'));
  if (pc.organisation !== undefined) checkOrganisationUriField(list, 'organisation.uri', pc.organisation.uri);
  checkEachItem(list, 'inputTypes', pc.inputTypes, isMimeType, message.mustBeMimeType);
  checkEachItem(list, 'outputTypes', pc.outputTypes, isMimeType, message.mustBeMimeType);
  if ((pc.platforms ?? []).length === 0) list.add('platforms', message.needsItems('platforms'));
  checkEachItem(list, 'categories', pc.categories, (category) => CATEGORIES.includes(category), message.mustBeCategory);
  for (const [index, funder] of (pc.fundedBy ?? []).entries()) {
    checkOrganisationUriField(list, `fundedBy[${index}].uri`, funder.uri);
  }
  checkHttpUrl(list, 'roadmap', pc.roadmap);
  checkOneOf(list, 'developmentStatus', pc.developmentStatus, DEVELOPMENT_STATUSES);
  checkOneOf(list, 'softwareType', pc.softwareType, SOFTWARE_TYPES);
  checkSupports(list, pc.supports);
  checkIntendedAudience(list, pc.intendedAudience);
  checkDescriptions(list, pc.description);
  checkLicense(list, pc.legal?.license);
  checkMaintenance(list, pc.maintenance);
  checkLocalisation(list, pc.localisation);
  checkDependencies(list, pc.dependsOn);
  checkItalianSection(list, 'IT', pc.IT);
  checkItalianSection(list, 'it', pc.it);
  return list.findings;
}

function checkHttpUrl(list: FindingList, key: string, url: string | undefined): void {
  if (url !== undefined && !isHttpUrl(url)) list.add(key, message.mustBeHttpUrl(key));
}

function checkOneOf(list: FindingList, key: string, value: string | undefined, allowed: readonly string[]): void {
  if (isBlank(value)) list.add(key, message.isRequired(key));
  else if (!allowed.includes(value ?? '')) list.add(key, message.mustBeOneOf(key, allowed));
}

function checkSupports(list: FindingList, supports: PubliccodeV0['supports']): void {
  for (const [index, support] of (supports ?? []).entries()) {
    const key = `supports[${index}].id`;
    if (isBlank(support.id)) {
      list.add(key, message.isRequired('id'));
      continue;
    }
    const check = checkSupportsId(support.id ?? '');
    if (check === 'unknown-alias') list.add(key, message.unknownAlias('id'));
    if (check === 'invalid') list.add(key, message.mustBeUriOrAlias('id'));
  }
}

function checkIntendedAudience(list: FindingList, audience: PubliccodeV0['intendedAudience']): void {
  if (audience === undefined) return;
  checkEachItem(list, 'intendedAudience.scope', audience.scope, (scope) => SCOPES.includes(scope), message.mustBeScope);
  checkEachItem(list, 'intendedAudience.countries', audience.countries, isCountryCode, message.mustBeCountry);
  checkEachItem(list, 'intendedAudience.unsupportedCountries', audience.unsupportedCountries, isCountryCode, message.mustBeCountry);
}

function checkLicense(list: FindingList, license: string | undefined): void {
  if (isBlank(license)) list.add('legal.license', message.isRequired('license'));
  else if (!isSpdxExpression(license ?? '')) list.add('legal.license', message.mustBeLicense('license'));
}

function checkLocalisation(list: FindingList, localisation: PubliccodeV0['localisation']): void {
  const { localisationReady, availableLanguages } = localisation ?? {};
  if (localisationReady === undefined) {
    list.add('localisation.localisationReady', message.isRequired('localisationReady'));
  }
  if (availableLanguages === undefined) {
    list.add('localisation.availableLanguages', message.isRequired('availableLanguages'));
  } else if (availableLanguages.length === 0) {
    list.add('localisation.availableLanguages', message.needsItems('availableLanguages'));
  } else {
    checkEachItem(list, 'localisation.availableLanguages', availableLanguages, isStrictBcp47, message.mustBeBcp47);
  }
}

function checkDependencies(list: FindingList, dependsOn: PubliccodeV0['dependsOn']): void {
  for (const kind of ['open', 'proprietary', 'hardware'] as const) {
    for (const [index, dependency] of (dependsOn?.[kind] ?? []).entries()) {
      if (isBlank(dependency.name)) list.add(`dependsOn.${kind}[${index}].name`, message.isRequired('name'));
    }
  }
}

function checkItalianSection(list: FindingList, sectionKey: string, section: ItalianSection | undefined): void {
  if (section === undefined) return;
  const version = section.countryExtensionVersion;
  if (version !== undefined && !IT_COUNTRY_EXTENSION_VERSIONS.includes(version)) {
    list.add(`${sectionKey}.countryExtensionVersion`, message.mustBeOneOf('countryExtensionVersion', IT_COUNTRY_EXTENSION_VERSIONS));
  }
  const code = section.riuso?.codiceIPA;
  if (!isBlank(code)) {
    const ipa = italianIpaCode(code ?? '');
    list.add(`${sectionKey}.riuso.codiceIPA`, ipa === 'malformed' ? message.mustBeIpaCode('codiceIPA') : message.unverifiableIpaCode('codiceIPA'));
  }
}
