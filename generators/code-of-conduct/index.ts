import CodegouvGenerator from '../../src/yeoman/generator.js';

/** `yo codegouv:code-of-conduct`: this governance area alone. */
export default class CodeOfConductGenerator extends CodegouvGenerator {
  protected readonly areas = ['code-of-conduct'] as const;
}
