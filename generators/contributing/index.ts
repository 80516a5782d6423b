import CodegouvGenerator from '../../src/yeoman/generator.js';

/** `yo codegouv:contributing`: this governance area alone. */
export default class ContributingGenerator extends CodegouvGenerator {
  protected readonly areas = ['contributing'] as const;
}
