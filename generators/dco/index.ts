import CodegouvGenerator from '../../src/yeoman/generator.js';

/** `yo codegouv:dco`: this governance area alone. */
export default class DcoGenerator extends CodegouvGenerator {
  protected readonly areas = ['dco'] as const;
}
