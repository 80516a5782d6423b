import { basename, dirname } from 'node:path';
import { msg } from '../i18n/message.js';
import { gitIsMissing } from '../repo/git.js';
import { MAX_TEXT_BYTES, readBytes } from '../repo/read.js';
import { CheckUsageError } from './args.js';
import { RepositoryFacts } from './model/facts.js';
import { commitsInRange } from '../repo/history.js';
import { RULES } from './rules/index.js';
import { loadTree } from '../repo/tree.js';
import type { PubliccodeFileResult, RepositoryResult } from './model/types.js';

export interface AuditOptions {
  /** `--commits RANGE`. */
  commits?: string;
}

/** Audits one repository directory, language-free. Reads only: nothing in it is ever written. */
export async function auditRepository(path: string, absolute: string, options: AuditOptions = {}): Promise<RepositoryResult> {
  const tree = await loadTree(absolute);
  const commits = options.commits !== undefined && tree.isGit ? await commitsInRange(absolute, options.commits) : undefined;
  const facts = await RepositoryFacts.gather(tree, commits, options.commits);
  // Without git, the history rule would wrongly say the folder is not a repository.
  const noGit = options.commits !== undefined && !tree.isGit && gitIsMissing();
  const rules = RULES.filter((rule) => !rule.needsCommits || options.commits !== undefined).map((rule) => {
    const verdict = noGit && rule.needsCommits ? { ok: false as const, message: msg('reads.gitMissing', { range: options.commits ?? '' }), fix: { kind: 'edit' as const, message: msg('fixes.installGit') } } : rule.check(facts);
    return { id: rule.id, level: rule.level, ok: verdict.ok, message: verdict.message, ...(verdict.ok ? {} : { fix: verdict.fix }), sources: rule.sources };
  });
  return {
    kind: 'repository',
    path,
    compliant: rules.every((rule) => rule.ok || rule.level !== 'MUST'),
    rules,
    publiccode: facts.publiccode?.result ?? null,
  };
}

/** Validates a publiccode.yml given as a path; relative logo/screenshot paths resolve next to it. */
export async function auditPubliccodeFile(path: string, absolute: string): Promise<PubliccodeFileResult> {
  const read = readBytes(dirname(absolute), basename(absolute), MAX_TEXT_BYTES);
  if (!read.ok) throw new CheckUsageError(msg('reads.refused', { path, reason: msg('reads.reason', { reason: read.reason === 'missing' ? 'unreadable' : read.reason }) }));
  const { validatePubliccode } = await import('../publiccode/validate.js');
  const publiccode = validatePubliccode(read.bytes, { baseDir: dirname(absolute) });
  return { kind: 'publiccode', path, compliant: publiccode.valid, publiccode };
}
