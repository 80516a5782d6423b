import CodegouvGenerator from '../../src/yeoman/generator.js';

/** `yo codegouv:readme`: this governance area alone. */
export default class ReadmeGenerator extends CodegouvGenerator {
  protected readonly areas = ['readme'] as const;
}
