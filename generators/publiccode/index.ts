import CodegouvGenerator from '../../src/yeoman/generator.js';

/** `yo codegouv:publiccode`: this governance area alone. */
export default class PubliccodeGenerator extends CodegouvGenerator {
  protected readonly areas = ['publiccode'] as const;
}
