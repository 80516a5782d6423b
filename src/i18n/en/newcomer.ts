import type { newcomer as fr } from '../fr/newcomer.js';

/** What a newcomer's repository needs to be right: a professional security address, a current maintenance contract. */
export const newcomer = {
  'newcomer.address.personal': 'a person\'s address',
  'newcomer.address.webmail': ({ domain }: { domain: string }) => `a public webmail address (${domain})`,
  'newcomer.address.no-reply': 'an address that receives nothing (no-reply)',
  'newcomer.address.local': 'a local address, unreachable from outside',
  'newcomer.S2.unprofessional': ({ path, email, kind, source }: { path: string; email: string; kind: string; source: string }) =>
    `${path} sends reports to ${email}, ${kind}. The contribution policy asks for a professional address and rules out generic public ones; for security, use the functional address of a team of the administration (security@…), which is still read when people change and keeps reports within its services (${source}).`,
  'newcomer.S2.fix': ({ path, email }: { path: string; email: string }) =>
    `in ${path}, replace ${email} with the administration's functional security address (security@…); if codegouv wrote this file: codegouv security --security-email security@… --force`,
  'newcomer.contractEnded': ({ name, until }: { name: string; until: string }) =>
    `the maintenance contract of ${name} ended on ${until} (publiccode.yml, maintenance.contractors): give the current contract with --contractors "Name; YYYY-MM-DD", or another maintenance type with --maintenance-type`,
  'newcomer.contractEndedRefused': ({ name, until }: { name: string; until: string }) =>
    `the maintenance contract of ${name} ended on ${until}: give the current contract ("Name; YYYY-MM-DD", an end date to come), or another maintenance type with --maintenance-type`,
} satisfies typeof fr;
