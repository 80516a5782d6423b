import { plural } from '../grammar/plural.js';

const p = plural('fr');

/** What S1 found in each file whose name says secret: what matched, or why it is not a secret. The value itself is never shown. */
export const secrets = {
  'secrets.file': ({ path, what }: { path: string; what: string }) => `${path} (${what})`,
  'secrets.more': ({ count }: { count: number }) => `+ ${count} ${p(count, 'autre', 'autres')}`,
  'secrets.match.privateKey': 'clé privée PEM',
  'secrets.match.derKey': ({ pattern }: { pattern: string }) => `clé binaire DER, nom en ${pattern}`,
  'secrets.match.keystore': ({ pattern }: { pattern: string }) => `magasin de clés, nom en ${pattern}`,
  'secrets.match.unreadable': ({ pattern }: { pattern: string }) => `illisible, donc jugé à son nom en ${pattern}`,
  'secrets.match.npmToken': ({ key }: { key: string }) => `jeton npm en clair dans ${key}`,
  'secrets.match.password': ({ key }: { key: string }) => `mot de passe en clair dans ${key}`,
  'secrets.match.envValue': ({ names }: { names: readonly string[] }) => `valeur non vide dans .env pour ${names.join(', ')}`,
  'secrets.match.urlPassword': ({ name }: { name: string }) => `mot de passe dans l'URL de ${name}`,
  'secrets.match.token': ({ issuer, name }: { issuer: string; name: string }) => `jeton ${issuer} dans ${name}`,
  'secrets.clean.empty': 'vide',
  'secrets.clean.publicOnly': 'certificat ou clé publique, sans clé privée',
  'secrets.clean.notKey': 'ni clé PEM ni clé DER',
  'secrets.clean.noCredential': 'sans identifiant en clair',
  'secrets.clean.placeholders': 'valeurs de secrets vides ou factices',
  'secrets.clean.noSecretName': 'aucune variable de secret',
  'secrets.reviewed': ({ files }: { files: string }) => `Lus et jugés sans secret : ${files}.`,
  'secrets.fixtures': ({ files }: { files: string }) =>
    `Secrets de test sous un dossier de tests, sans effet sur cette règle : ${files} ; vérifiez qu'ils ne servent qu'aux tests et ne donnent accès à rien.`,
};
