import CodegouvGenerator from '../../src/yeoman/generator.js';

/** `yo codegouv:security`: this governance area alone. */
export default class SecurityGenerator extends CodegouvGenerator {
  protected readonly areas = ['security'] as const;
}
