import CodegouvGenerator from '../lib/generator/base.js';

/** `yo codegouv:readme`: this governance area alone (design §3). */
export default class ReadmeGenerator extends CodegouvGenerator {
  protected readonly areas = ['readme'] as const;
}
