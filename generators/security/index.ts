import CodegouvGenerator from '../lib/generator/base.js';

/** `yo codegouv:security`: this governance area alone (design §3). */
export default class SecurityGenerator extends CodegouvGenerator {
  protected readonly areas = ['security'] as const;
}
