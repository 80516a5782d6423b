import { AREAS } from '../lib/areas.js';
import CodegouvGenerator from '../lib/generator/base.js';

/** `yo codegouv`: asks the shared questions once and writes every governance area. */
export default class AppGenerator extends CodegouvGenerator {
  protected readonly areas = AREAS;
}
