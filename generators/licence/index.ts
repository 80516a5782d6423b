import CodegouvGenerator from '../lib/generator/base.js';

/** `yo codegouv:licence`: this governance area alone (design §3). */
export default class LicenceGenerator extends CodegouvGenerator {
  protected readonly areas = ['licence'] as const;
}
