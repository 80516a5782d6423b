import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { AREAS } from '../areas/registry.js';
import type { Area } from '../areas/registry.js';
import { flagName } from '../answers/flags.js';
import { ANSWER_KEYS, BOOLEAN_KEYS } from '../answers/keys.js';
import { formatProblems } from '../answers/validate.js';
import { UsageError } from '../support/errors.js';
import { RUN_MESSAGES } from '../pipeline/messages.js';
import { formatSummary, outcomeOf } from '../pipeline/outcome.js';
import type { SyncStep } from '../pipeline/sync.js';
import { remainingProblems } from '../pipeline/compliance.js';
import { answersToStore, enableHook, gather, known, parseLang, planWrites, readIfExists, validateFor } from '../pipeline/session.js';

/**
 * `codegouv --yes`: the same pipeline as the generators (run/session.ts), without loading
 * yeoman-environment, whose import alone costs a second. A --yes run never prompts, so the
 * conflicter has nothing to ask: it writes, keeps or forces exactly as planned.
 */

export const NAMESPACE = 'generator-codegouv';

const BOOLEAN_OPTIONS = ['yes', 'force', 'skip-git', 'ask-answered', ...BOOLEAN_KEYS.map(flagName)];
const STRING_OPTIONS = ['answers', 'preset', 'lang', ...ANSWER_KEYS.filter((key) => !BOOLEAN_KEYS.includes(key)).map(flagName)];

/** Options as Yeoman's minimist parsing gives them: kebab names, booleans, `--no-x`, `-y`. */
export function parseOptions(args: readonly string[]): Record<string, unknown> {
  const negated = args.filter((arg) => arg.startsWith('--no-') && BOOLEAN_OPTIONS.includes(arg.slice(5))).map((arg) => arg.slice(5));
  const { values } = parseArgs({
    args: args.filter((arg) => !(arg.startsWith('--no-') && BOOLEAN_OPTIONS.includes(arg.slice(5)))),
    options: {
      ...Object.fromEntries(BOOLEAN_OPTIONS.map((name) => [name, { type: 'boolean' as const, ...(name === 'yes' ? { short: 'y' } : {}) }])),
      ...Object.fromEntries(STRING_OPTIONS.map((name) => [name, { type: 'string' as const }])),
    },
    strict: false,
    allowPositionals: true,
  });
  const options: Record<string, unknown> = { ...values };
  for (const name of negated) options[name] = false;
  return options;
}

const STATUS: Partial<Record<SyncStep['action'], string>> = {
  create: '   create',
  force: '    force',
  identical: 'identical',
  remove: '   delete',
};

/** The whole .yo-rc.json (every generator's section), or {} when there is none. */
export function readConfig(cwd: string): Record<string, unknown> {
  const text = readIfExists(join(cwd, '.yo-rc.json'));
  if (text === undefined) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${join(cwd, '.yo-rc.json')}: invalid JSON (${(error as Error).message}); fix or delete it.`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`${join(cwd, '.yo-rc.json')} is not a valid Storage`);
  return data as Record<string, unknown>;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Runs `codegouv [area] --yes …` in `cwd`; returns the exit code. Refusals throw UsageError. */
export async function runHeadless(name: 'app' | Area, args: readonly string[], cwd: string): Promise<number> {
  const options = parseOptions(args);
  const lang = parseLang(options.lang);
  if (!lang) throw new UsageError(RUN_MESSAGES.fr.badLang(String(options.lang)), 2);
  const areas: readonly Area[] = name === 'app' ? AREAS : [name];
  const fullConfig = readConfig(cwd);
  const config = (fullConfig[NAMESPACE] ?? {}) as Record<string, unknown>;
  const gathered = gather({ cwd, lang, options, config });
  if (gathered.sources.problems.length > 0) throw new UsageError(gathered.sources.problems.join('\n'));
  const validation = validateFor(areas, known(gathered.sources), lang);
  if (validation.problems.length > 0) throw new UsageError(formatProblems(validation.problems, lang));
  for (const notice of validation.notices) log(`${RUN_MESSAGES[lang].notice} : ${notice}`);
  const answers = validation.answers;
  const plan = planWrites({ cwd, areas, answers, gathered, lang, yes: true, force: Boolean(options.force) });

  // Yeoman's Storage merges the new values into the existing section and rewrites the file.
  const stored = answersToStore(answers, areas, gathered, lang, plan, { yes: true, force: Boolean(options.force) });
  const section = { ...config, ...stored.config };
  if (stored.deferred.length > 0) plan.todo.push(RUN_MESSAGES[lang].deferred(stored.deferred));
  writeFileSync(join(cwd, '.yo-rc.json'), `${JSON.stringify({ ...fullConfig, [NAMESPACE]: section }, null, 2)}\n`);
  log('    force .yo-rc.json');
  for (const step of plan.steps) {
    const target = join(cwd, step.path);
    if (step.action === 'remove') rmSync(target);
    if (step.action === 'create' || step.action === 'force') {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, step.file!.content);
      if (step.file!.executable) chmodSync(target, 0o755);
    }
    const status = STATUS[step.action];
    if (status) log(`${status} ${step.path}`);
  }

  if (answers.signoffHook && areas.includes('dco')) log(enableHook(cwd, Boolean(options['skip-git']), lang));
  const summary = {
    files: plan.steps.map((step) => ({ path: step.path, outcome: outcomeOf(step, readIfExists(join(cwd, step.path))) })),
    todo: plan.todo,
    notCompliant: await remainingProblems(cwd, lang),
  };
  log(formatSummary(summary, lang));
  return 0;
}
