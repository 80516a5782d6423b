import { msg } from '../i18n/message.js';
import { render } from '../i18n/render.js';

/** What the commit changes, by path. */
export interface Changes {
  created: string[];
  modified: string[];
  removed: string[];
}

export const changeCount = (changes: Changes) => changes.created.length + changes.modified.length + changes.removed.length;

/** `git diff-index --name-status -z` output (`A\0path\0M\0path\0…`, renames off) sorted into created, modified and removed. */
export function parseNameStatus(output: string): Changes {
  const changes: Changes = { created: [], modified: [], removed: [] };
  const fields = output.split('\0');
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const [status, path] = [fields[index] as string, fields[index + 1] as string];
    if (status === 'A') changes.created.push(path);
    else if (status === 'D') changes.removed.push(path);
    else if (status !== '') changes.modified.push(path);
  }
  return changes;
}

/**
 * The commit's subject and body, always in French: the commit lands in a French
 * administration's repository whatever the operator's interface language. The
 * `Signed-off-by:` trailer is git's (`commit -s`).
 */
export function commitMessage(preset: string, changes: Changes, version: string): { subject: string; body: string } {
  const fr = (message: Parameters<typeof render>[0]) => render(message, 'fr');
  const sections = ([['apply.commit.created', changes.created], ['apply.commit.modified', changes.modified], ['apply.commit.removed', changes.removed]] as const)
    .filter(([, paths]) => paths.length > 0)
    .map(([heading, paths]) => [fr(msg(heading)), ...paths.map((path) => `- ${path}`)].join('\n'));
  return { subject: fr(msg('apply.commit.subject', { preset })), body: [...sections, fr(msg('apply.commit.producedBy', { version }))].join('\n\n') };
}
