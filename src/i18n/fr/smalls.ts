/** The security and code-of-conduct contacts: dedicated addresses, never a person's by default. */
export const smalls = {
  'smalls.contact.security': 'le contact de sécurité',
  'smalls.contact.conduct': 'le contact pour le code de conduite',
  'smalls.individualContact': ({ contact, address, source, flag }: { contact: string; address: string; source: string; flag: string }) =>
    `${contact} n'est pas déduit : la seule adresse trouvée, ${address} (${source}), est celle d'une personne. Indiquez une adresse dédiée, qui reste valable quand les personnes changent (équipe, fonction : securite@…, contact@…), avec ${flag}`,
};
