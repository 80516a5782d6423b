import { isIsoDate } from './date.js';
import { MAINTENANCE_TYPES } from './data/enums.js';
import { isEmail } from './email.js';
import type { Contact, Contractor, PubliccodeV0 } from './model.js';
import * as message from './messages.js';
import { FindingList, isBlank } from './rule-helpers.js';
import { isHttpUrl } from './url.js';

/**
 * `maintenance`: a known type; contractors required for `contract` and forbidden otherwise;
 * contacts required for `internal` and `community`.
 */
export function checkMaintenance(list: FindingList, maintenance: PubliccodeV0['maintenance']): void {
  const { type, contractors, contacts } = maintenance ?? {};
  if (isBlank(type)) list.add('maintenance.type', message.isRequired('type'));
  else if (!MAINTENANCE_TYPES.includes(type ?? '')) list.add('maintenance.type', message.mustBeOneOf('type', MAINTENANCE_TYPES));

  if (type === 'contract' && contractors === undefined) {
    list.add('maintenance.contractors', message.requiredWhen('contractors', 'contract'));
  } else if (type !== 'contract' && contractors !== undefined) {
    list.add('maintenance.contractors', message.forbiddenUnless('contractors', 'contract'));
  } else {
    for (const [index, contractor] of (contractors ?? []).entries()) {
      checkContractor(list, `maintenance.contractors[${index}]`, contractor);
    }
  }

  if ((type === 'community' || type === 'internal') && contacts === undefined) {
    list.add('maintenance.contacts', message.requiredWhen('contacts', type));
  } else {
    for (const [index, contact] of (contacts ?? []).entries()) {
      checkContact(list, `maintenance.contacts[${index}]`, contact);
    }
  }
}

function checkContractor(list: FindingList, key: string, contractor: Contractor): void {
  if (isBlank(contractor.name)) list.add(`${key}.name`, message.isRequired('name'));
  if (contractor.email !== undefined && !isEmail(contractor.email)) list.add(`${key}.email`, message.mustBeEmail('email'));
  if (contractor.website !== undefined && !isHttpUrl(contractor.website)) {
    list.add(`${key}.website`, message.mustBeHttpUrl('website'));
  }
  if (isBlank(contractor.until)) list.add(`${key}.until`, message.isRequired('until'));
  else if (!isIsoDate(contractor.until ?? '')) list.add(`${key}.until`, message.mustBeDate('until'));
}

function checkContact(list: FindingList, key: string, contact: Contact): void {
  if (isBlank(contact.name)) list.add(`${key}.name`, message.isRequired('name'));
  if (contact.email !== undefined && !isEmail(contact.email)) list.add(`${key}.email`, message.mustBeEmail('email'));
}
