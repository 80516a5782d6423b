import { AREAS } from '../areas/registry.js';
import type { Area } from '../areas/registry.js';
import { formatProblems } from '../answers/validate.js';
import { msg } from '../i18n/message.js';
import { render } from '../i18n/render.js';
import type { Lang } from '../policy/enums.js';
import { gather, known, validateFor } from '../pipeline/gather.js';
import { readConfig } from './headless.js';
import { NAMESPACE } from '../pipeline/yo-rc.js';

/**
 * No terminal and no --yes: a prompt would end the run unanswered (stdin closed) or hang (a
 * silent pipe). Say what --yes would still need, and exit 1 without writing anything.
 */
export function explainNoTerminal(name: 'app' | Area, options: Record<string, unknown>, cwd: string, lang: Lang): number {
  const config = (readConfig(cwd, lang)[NAMESPACE] ?? {}) as Record<string, unknown>;
  const gathered = gather({ cwd, lang, options, config });
  const validation = validateFor(name === 'app' ? AREAS : [name], known(gathered.sources), lang, gathered.sources);
  const problems = [...gathered.sources.problems];
  const detail = problems.length > 0 ? problems.map((problem) => render(problem, lang)).join('\n') : validation.problems.length > 0 ? formatProblems(validation.problems, lang) : render(msg('cli.allKnown'), lang);
  process.stderr.write(`${render(msg('run.noTerminal'), lang)}\n${detail}\n`);
  return 1;
}
