import { basename, resolve, sep } from 'node:path';
import { loadPreset } from '../answers/preset.js';
import { type Lang, langFromArgs } from '../i18n/lang.js';
import { type Message, msg } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import { gitSync } from '../repo/git.js';
import { packageRoot, packageVersion } from '../support/paths.js';
import { printable } from '../support/terminal.js';
import { type ApplyArguments, ApplyUsageError, parseApplyArguments } from './args.js';
import { StepFailure } from './git-step.js';
import { operatorIdentity } from './identity.js';
import { type RepositoryOutcome, exitCodeOf, outcomeLine, tally } from './report.js';
import { checkRepository } from './repository.js';
import { type ApplyPlan, applyInScratch } from './scratch.js';

/**
 * The preset as each scratch clone's generator must receive it: a path given relative to where
 * the operator stands is made absolute; a package name stays a name. Checked once here: a bad
 * preset stops `apply` before any repository is touched.
 */
function presetFor(spec: string, cwd: string): { argument: string; name: string } {
  const preset = loadPreset(spec, cwd);
  if (preset.problems.length > 0) throw new ApplyUsageError(msg('apply.badPreset', { spec }), ...preset.problems);
  const local = resolve(cwd, spec);
  const isPath = preset.file === local || preset.file.startsWith(`${local}${sep}`);
  return isPath ? { argument: local, name: basename(local) } : { argument: spec, name: spec };
}

function checkBranchName(branch: string): void {
  const valid = !branch.startsWith('-') && gitSync(packageRoot(), ['check-ref-format', `refs/heads/${branch}`], { timeoutMs: 10_000 }).ok;
  if (!valid) throw new ApplyUsageError(msg('apply.badBranch', { branch }));
}

function planOf(options: ApplyArguments, cwd: string): ApplyPlan {
  if (options.preset === undefined) throw new ApplyUsageError(msg('apply.noPreset'));
  if (options.repositories.length === 0) throw new ApplyUsageError(msg('apply.noRepository'));
  if (options.push !== undefined && !options.write) throw new ApplyUsageError(msg('apply.pushNeedsWrite'));
  checkBranchName(options.branch);
  const preset = presetFor(options.preset, cwd);
  const identity = operatorIdentity();
  if (!identity) throw new ApplyUsageError(msg('apply.noIdentity'));
  return {
    presetArgument: preset.argument, presetName: preset.name, branch: options.branch, write: options.write, push: options.push,
    identity, version: packageVersion(), generatorOptions: options.generatorOptions,
  };
}

function applyTo(path: string, plan: ApplyPlan): RepositoryOutcome {
  try {
    const checked = checkRepository(path, plan.branch);
    return checked.kind === 'ready' ? applyInScratch(checked.repository, plan) : checked;
  } catch (error) {
    if (error instanceof StepFailure) return { kind: 'error', reason: error.reason };
    // One repository's unexpected failure is its line, not the end of the fleet.
    return { kind: 'error', reason: msg('apply.error.unexpected', { detail: error instanceof Error ? error.message : String(error) }) };
  }
}

const line = (message: Message, lang: Lang) => `${printable(render(message, lang))}\n`;

/**
 * `codegouv apply --preset P REPOSITORY...`: see `apply.usage`. Repositories one after the
 * other (each in its own scratch clone, deleted before the next); a line each on stdout, the
 * dry run's diffs before their line; usage errors exit 2 before anything is touched.
 */
export function runApply(args: readonly string[], fallback: Lang): number {
  let lang = langFromArgs(args, fallback);
  try {
    const options = parseApplyArguments(args, lang);
    lang = options.lang;
    if (options.help) {
      process.stdout.write(`${render(msg('apply.usage'), lang)}\n`);
      return 0;
    }
    const plan = planOf(options, process.cwd());
    const kinds: RepositoryOutcome['kind'][] = [];
    for (const path of options.repositories) {
      const outcome = applyTo(path, plan);
      if (outcome.kind === 'changed' && outcome.diff !== undefined) {
        process.stdout.write(line(msg('apply.diff.heading', { path }), lang));
        process.stdout.write(printable(outcome.diff));
      }
      process.stdout.write(line(outcomeLine(path, outcome, plan.branch, plan.write), lang));
      kinds.push(outcome.kind);
    }
    const counts = tally(kinds);
    process.stdout.write(line(msg('apply.summary', counts), lang));
    if (!plan.write) process.stdout.write(line(msg('apply.dryRun'), lang));
    return exitCodeOf(counts);
  } catch (error) {
    if (!(error instanceof ApplyUsageError)) throw error;
    const lines = error.details.map((detail) => line(detail, lang));
    process.stderr.write(`${lines.join('')}${error.details[0]?.id === 'apply.noIdentity' ? '' : `${render(msg('apply.usage'), lang)}\n`}`);
    return 2;
  }
}
