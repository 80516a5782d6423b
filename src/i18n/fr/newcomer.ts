/** What a newcomer's repository needs to be right: a professional security address, a current maintenance contract. */
export const newcomer = {
  'newcomer.address.personal': 'l\'adresse d\'une personne',
  'newcomer.address.webmail': ({ domain }: { domain: string }) => `une adresse de messagerie grand public (${domain})`,
  'newcomer.address.no-reply': 'une adresse qui ne reçoit rien (no-reply)',
  'newcomer.address.local': 'une adresse locale, injoignable depuis l\'extérieur',
  'newcomer.S2.unprofessional': ({ path, email, kind, source }: { path: string; email: string; kind: string; source: string }) =>
    `${path} envoie les signalements à ${email}, ${kind}. La politique de contribution demande une adresse professionnelle et proscrit les adresses génériques grand public ; pour la sécurité, prenez l'adresse fonctionnelle d'une équipe de l'administration (securite@…), qui reste lue quand les personnes changent et garde les signalements dans ses services (${source}).`,
  'newcomer.S2.fix': ({ path, email }: { path: string; email: string }) =>
    `dans ${path}, remplacez ${email} par l'adresse fonctionnelle de sécurité de l'administration (securite@…) ; si codegouv a écrit ce fichier : codegouv security --security-email securite@… --force`,
  'newcomer.contractEnded': ({ name, until }: { name: string; until: string }) =>
    `le contrat de maintenance de ${name} a pris fin le ${until} (publiccode.yml, maintenance.contractors) : indiquez le contrat en cours avec --contractors « Nom ; AAAA-MM-JJ », ou un autre type de maintenance avec --maintenance-type`,
  'newcomer.contractEndedRefused': ({ name, until }: { name: string; until: string }) =>
    `le contrat de maintenance de ${name} a pris fin le ${until} : donnez le contrat en cours (« Nom ; AAAA-MM-JJ », date de fin à venir), ou un autre type de maintenance avec --maintenance-type`,
};
