import { AREAS } from '../../src/areas/registry.js';
import CodegouvGenerator from '../../src/yeoman/generator.js';

/** `yo codegouv`: asks the shared questions once and writes every governance area. */
export default class AppGenerator extends CodegouvGenerator {
  protected readonly areas = AREAS;
}
