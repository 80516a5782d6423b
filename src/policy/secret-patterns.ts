/**
 * Files that usually hold secrets and must stay unversioned: « aucun secret … ne doit être
 * stocké dans le code » (Politique de contribution de l'État, pratique.md « Sécurité »).
 */
export const SECRET_PATTERNS: readonly string[] = [
  '.env',
  '.env.*',
  '!.env.example',
  '*.pem',
  '*.key',
  '*.p12',
  '*.pfx',
  '*.jks',
  '*.keystore',
  '*.kdbx',
  'id_rsa*',
  'id_ed25519*',
  '.npmrc',
  '.pypirc',
  '.netrc',
];
