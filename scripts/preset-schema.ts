import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRESET_KEYS, specOf } from '../src/answers/keys.js';
import { questionOf } from '../src/answers/question.js';
import { render } from '../src/i18n/render.js';
import { packageRoot } from '../src/support/paths.js';

/** The preset JSON Schema, derived from the answer registry (the keys presets may set and their schema). */
export function presetSchema(): object {
  const properties: Record<string, object> = {};
  for (const key of PRESET_KEYS) properties[key] = { description: render(questionOf(key), 'fr'), ...specOf(key).preset };
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
