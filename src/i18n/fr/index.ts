import { answers } from './answers.js';
import { areas } from './areas.js';
import { check } from './check.js';
import { cli } from './cli.js';
import { format } from './format.js';
import { formats } from './formats.js';
import { help } from './help.js';
import { inference } from './inference.js';
import { smalls } from './smalls.js';
import { prompts } from './prompts.js';
import { rules } from './rules.js';
import { secrets } from './secrets.js';
import { reads } from './reads.js';
import { run } from './run.js';
import { trust } from './trust.js';
import { values } from './values.js';
import { writes } from './writes.js';
import { reuseToml } from './reuseToml.js';
import { teamDocs } from './teamDocs.js';
import { fixes } from './fixes.js';
import { labels } from './labels.js';
import { coherence } from './coherence.js';
import { html } from './html.js';

/** The French catalogue, the reference every other language follows. */
export const fr = { ...format, ...formats, ...cli, ...check, ...rules, ...answers, ...prompts, ...help, ...areas, ...run, ...trust, ...values, ...reads, ...writes, ...reuseToml, ...secrets, ...inference, ...teamDocs, ...smalls, ...fixes, ...labels, ...coherence, ...html };
