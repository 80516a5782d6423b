import CodegouvGenerator from '../../src/yeoman/generator.js';

/** `yo codegouv:licence`: this governance area alone. */
export default class LicenceGenerator extends CodegouvGenerator {
  protected readonly areas = ['licence'] as const;
}
