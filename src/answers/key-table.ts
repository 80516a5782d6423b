import { ANSWER_RULES_FR } from './key-rules.js';
import { flagOf } from './flags.js';
import { ANSWER_KEYS, specOf } from './keys.js';
import type { Requirement } from './registry.js';

function requirement(required: Requirement | undefined): string {
  if (required === 'always') return 'oui';
  if (required === 'publiccode') return 'pour `publiccode.yml`';
  if (required !== undefined && 'when' in required) return required.doc;
  if (required !== undefined) return `pour \`publiccode.yml\`, si \`${required.secondary}\` est langue secondaire`;
  return 'non';
}

/** The README's table of answer keys, derived from the registry (a test keeps the README in step). */
export function answerKeyTable(): string {
  const rows = ANSWER_KEYS.map((key) => {
    const spec = specOf(key);
    const asked = spec.prompt === 'never' ? 'jamais demandé' : 'question';
    const cells = [
      `\`${key}\``,
      `\`${flagOf(key)}\``,
      requirement(spec.required),
      ANSWER_RULES_FR[key],
      asked,
      spec.preset ? 'oui' : 'non',
      spec.inferredFrom?.join(', ') ?? '',
      spec.publiccode ? `\`${spec.publiccode}\`` : '',
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    '| clé | option | obligatoire | règle | saisie | préréglage | déduite de | publiccode.yml |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
