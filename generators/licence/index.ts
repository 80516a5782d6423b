import CodegouvGenerator from '../../src/yeoman/generator.js';

/** `yo codegouv:licence`: this governance area alone. */
export default class LicenceGenerator extends CodegouvGenerator {
  protected readonly areas = ['licence'] as const;
  /** Running it on a generated project is how its licence is switched. */
  protected override readonly alwaysAsk = ['licence', 'docsLicence'] as const;
}
