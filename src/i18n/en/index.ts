import type { fr } from '../fr/index.js';
import { answers } from './answers.js';
import { areas } from './areas.js';
import { check } from './check.js';
import { cli } from './cli.js';
import { format } from './format.js';
import { help } from './help.js';
import { inference } from './inference.js';
import { prompts } from './prompts.js';
import { rules } from './rules.js';
import { reads } from './reads.js';
import { run } from './run.js';
import { trust } from './trust.js';
import { values } from './values.js';
import { writes } from './writes.js';

export const en = { ...format, ...cli, ...check, ...rules, ...answers, ...prompts, ...help, ...areas, ...run, ...trust, ...values, ...reads, ...writes, ...inference } satisfies typeof fr;
