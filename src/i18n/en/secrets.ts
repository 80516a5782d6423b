import { plural } from '../grammar/plural.js';
import type { secrets as fr } from '../fr/secrets.js';

const p = plural('en');

export const secrets = {
  'secrets.file': ({ path, what }: { path: string; what: string }) => `${path} (${what})`,
  'secrets.more': ({ count }: { count: number }) => `+ ${count} ${p(count, 'other', 'others')}`,
  'secrets.match.privateKey': 'PEM private key',
  'secrets.match.derKey': ({ pattern }: { pattern: string }) => `binary DER key, named ${pattern}`,
  'secrets.match.keystore': ({ pattern }: { pattern: string }) => `key store, named ${pattern}`,
  'secrets.match.unreadable': ({ pattern }: { pattern: string }) => `unreadable, so judged by its name ${pattern}`,
  'secrets.match.npmToken': ({ key }: { key: string }) => `plain npm token in ${key}`,
  'secrets.match.password': ({ key }: { key: string }) => `plain password in ${key}`,
  'secrets.match.envValue': ({ names }: { names: readonly string[] }) => `non-empty value in .env for ${names.join(', ')}`,
  'secrets.match.urlPassword': ({ name }: { name: string }) => `password in the URL of ${name}`,
  'secrets.match.token': ({ issuer, name }: { issuer: string; name: string }) => `${issuer} token in ${name}`,
  'secrets.clean.empty': 'empty',
  'secrets.clean.publicOnly': 'certificate or public key, no private key',
  'secrets.clean.notKey': 'neither a PEM nor a DER key',
  'secrets.clean.noCredential': 'no plain credential',
  'secrets.clean.placeholders': 'empty or dummy secret values',
  'secrets.clean.noSecretName': 'no secret variable',
  'secrets.reviewed': ({ files }: { files: string }) => `Read and judged free of secrets: ${files}.`,
  'secrets.fixtures': ({ files }: { files: string }) =>
    `Test secrets under a test folder, not failing this rule: ${files}; check that they serve the tests only and give access to nothing.`,
} satisfies typeof fr;
