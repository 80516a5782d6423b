import { msg } from '../../i18n/message.js';
import { type Rule, edit, fail, pass, sample } from './rule.js';

/**
 * The files `check` found and did not read (repo/read.ts): a link leaving the folder, a FIFO or
 * device, a file over the size cap, a text not in UTF-8. Nothing in them was verified, so the
 * report says so. Level MAY: an unread file is information for the reader of the report, not a
 * policy requirement, and must not by itself make a repository non-compliant (the rules that
 * needed the file already fail when it was required, e.g. F1 for a README that is a link).
 * Run last, once every other rule has asked for its files.
 */
export const F2_UNREAD: Rule = {
  id: 'F2-unread',
  level: 'MAY',
  sources: ['repositoryFiles', 'fileHeaders'],
  title: 'reads.rule.title',
  check(facts) {
    // Every other rule has run: what they tried to read and could not is known.
    const skipped = facts.tree.skipped;
    if (skipped.length === 0) return pass(msg('reads.rule.pass'));
    const files = skipped.map(({ path, reason }) => msg('reads.rule.file', { path, reason: msg('reads.reason', { reason }) }));
    return fail(msg('reads.rule.fail', { count: skipped.length, files: sample(files) }), edit(msg('fixes.unread', { files: sample(skipped.map(({ path }) => path)) })));
  },
};
