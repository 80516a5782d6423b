import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRESET_KEYS } from '../src/answers/keys.js';
import { QUESTION_TEXT } from '../src/i18n/prompt-messages.js';
import { CODE_LICENCE_IDS } from '../src/policy/licence-input.js';
import { DOCUMENTATION_LICENCES } from '../src/policy/licences.js';
import { FORGES, LANGUAGE_SETS, MAINTENANCE_TYPES, OPENNESS_LEVELS } from '../src/policy/enums.js';
import { packageRoot } from '../src/support/paths.js';
import type { AnswerKey } from '../src/answers/types.js';

/** JSON Schema of each preset key, from the same typed policy data the generator validates with. */
const PROPERTY: Partial<Record<AnswerKey, object>> = {
  administration: { type: 'string', minLength: 1 },
  administrationUri: { type: 'string', format: 'uri', pattern: '^https://' },
  contactName: { type: 'string', minLength: 1 },
  contactEmail: { type: 'string', format: 'email' },
  securityEmail: { type: 'string', format: 'email' },
  conductEmail: { type: 'string', format: 'email' },
  forge: { enum: [...FORGES] },
  licence: { enum: [...CODE_LICENCE_IDS] },
  docsLicence: { enum: [...DOCUMENTATION_LICENCES, ...CODE_LICENCE_IDS] },
  languages: { oneOf: LANGUAGE_SETS.map((set) => ({ const: [...set] })) },
  openness: { enum: [...OPENNESS_LEVELS] },
  maintenanceType: { enum: [...MAINTENANCE_TYPES] },
  ci: { type: 'boolean' },
};

export function presetSchema(): object {
  const properties: Record<string, object> = {};
  for (const key of PRESET_KEYS) {
    const property = PROPERTY[key];
    if (!property) throw new Error(`preset key without a schema: ${key}`);
    properties[key] = { description: QUESTION_TEXT.fr[key], ...property };
  }
  properties.templates = {
    description: 'Dossier (relatif au préréglage) dont les fichiers remplacent les modèles intégrés de même chemin, ex. readme/README.fr.md.ejs',
    type: 'string',
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Préréglage d\'organisation generator-codegouv',
    description: 'Valeurs par défaut des réponses pour une organisation (codegouv --preset FICHIER).',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

// Written at build time next to the compiled code, and shipped in the package.
if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(packageRoot(), 'dist', 'preset.schema.json'), `${JSON.stringify(presetSchema(), null, 2)}\n`);
}
