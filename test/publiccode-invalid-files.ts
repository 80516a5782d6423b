/**
 * A team's publiccode.yml, valid, then broken one way at a time: what `codegouv publiccode
 * --force` must repair while keeping every valid field (test/publiccode-force.test.ts, and the
 * reference parser's verdict in test/oracles/publiccode-force.test.ts).
 */
export const VALID_TEAM_FILE = `# Tenu à la main par l'équipe : ce commentaire reste
publiccodeYmlVersion: "0"
name: Démarches
url: https://github.com/ministere/demarches
landingURL: https://demarches.example.gouv.fr
releaseDate: "2024-03-01"
usedBy:
  - Préfecture de l'Essonne
platforms:
  - web
developmentStatus: stable
softwareType: standalone/web
description:
  fr:
    shortDescription: Instruction des démarches en ligne
    longDescription: >-
      Démarches permet aux agents d'instruire les demandes des usagers en
      ligne : réception des pièces, échanges avec le demandeur et décision,
      pour toutes les administrations qui le souhaitent.
    features:
      - Instruction
      - Messagerie
legal:
  license: EUPL-1.2
  mainCopyrightOwner: Ministère de l'Exemple
maintenance:
  type: internal
  contacts:
    - name: Équipe Démarches
      email: demarches@exemple.gouv.fr
localisation:
  localisationReady: true
  availableLanguages:
    - fr
`;

/** Each breakage: the file, and the top-level keys it broke (every other key must come back as it was). */
export const INVALID_TEAM_FILES: readonly { name: string; text: string; broken: readonly string[] }[] = [
  { name: 'wrong enum', text: VALID_TEAM_FILE.replace('developmentStatus: stable', 'developmentStatus: finished'), broken: ['developmentStatus'] },
  { name: 'bad date', text: VALID_TEAM_FILE.replace('releaseDate: "2024-03-01"', 'releaseDate: "2024-13-45"'), broken: ['releaseDate'] },
  { name: 'bad URL', text: VALID_TEAM_FILE.replace('landingURL: https://demarches.example.gouv.fr', 'landingURL: demarches dot gouv'), broken: ['landingURL'] },
  { name: 'missing required key', text: VALID_TEAM_FILE.replace('platforms:\n  - web\n', ''), broken: ['platforms'] },
  {
    name: 'unknown field in a list entry and several errors at once',
    text: VALID_TEAM_FILE.replace('developmentStatus: stable', 'developmentStatus: finished').replace('usedBy:', 'fundedBy:\n  - name: Insee\n    uri: https://www.insee.fr\n    url: https://www.insee.fr\nusedBy:'),
    broken: ['developmentStatus', 'fundedBy'],
  },
];
