import type { Catalogue } from '../catalogue.js';
import { answers } from './answers.js';
import { check } from './check.js';
import { cli } from './cli.js';
import { format } from './format.js';
import { help } from './help.js';
import { prompts } from './prompts.js';
import { rules } from './rules.js';

export const en = { ...format, ...cli, ...check, ...rules, ...answers, ...prompts, ...help } satisfies Catalogue;
