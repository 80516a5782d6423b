import type { apply as fr } from '../fr/apply.js';

export const apply = {
  'apply.help.line': 'a preset applied to local repositories, on a branch (dry run by default)',
  'apply.usage': [
    'Usage: codegouv apply --preset PRESET [--branch NAME] [--write] [--push REMOTE] [--lang fr|en] REPOSITORY... [-- OPTIONS]',
    '  For each REPOSITORY (a local clone), runs the generator without questions (--yes) with the PRESET in a temporary',
    '  copy, on a new branch, and commits what changes (DCO sign-off with your global git identity, a French commit',
    '  message listing the files). Your work tree and your current branch are never touched.',
    '  Without --write: a dry run, the diff is shown and nothing is written.',
    '  --branch NAME    the branch created (default codegouv/conformite)',
    '  --write          creates the branch in each changed repository',
    '  --push REMOTE    also pushes the branch to this remote of the repository (with --write; never without)',
    '  -- OPTIONS       options passed as they are to the generator (e.g. -- --force)',
    '  A repository with uncommitted changes (untracked files included), a detached head or an existing branch',
    '  of that name is skipped with a message.',
    'Exit code: 0 every repository changed or unchanged; 1 at least one repository skipped, refused or in error;',
    '  2 usage error (nothing touched).',
  ].join('\n'),
  'apply.unknownOption': ({ option }: { option: string }) => `codegouv apply: unknown option "${option}".`,
  'apply.missingValue': ({ option }: { option: string }) => `codegouv apply: ${option} needs a value.`,
  'apply.badLang': ({ value }: { value: string }) => `codegouv apply: --lang "${value}": fr or en expected.`,
  'apply.noPreset': 'codegouv apply: --preset is required (a YAML or JSON file, or the npm package of the organisation\'s preset).',
  'apply.noRepository': 'codegouv apply: no repository given. Pass the folders of the local clones (e.g. repositories/*).',
  'apply.badBranch': ({ branch }: { branch: string }) =>
    `codegouv apply: --branch "${branch}" is not a valid git branch name (e.g. codegouv/conformite).`,
  'apply.pushNeedsWrite': 'codegouv apply: --push only goes with --write (a dry run creates no branch to push).',
  'apply.badPreset': ({ spec }: { spec: string }) => `codegouv apply: the preset "${spec}" is refused, no repository was touched:`,
  'apply.noIdentity': [
    'codegouv apply: no git identity found to sign the commits off (Signed-off-by). Set yours:',
    '  git config --global user.name "First Last"',
    '  git config --global user.email first.last@example.gouv.fr',
    'No repository was touched.',
  ].join('\n'),

  'apply.line.changed': ({ path, count, branch }: { path: string; count: number; branch: string }) =>
    `${path}: changed (${count} file${count > 1 ? 's' : ''}) → branch ${branch}`,
  'apply.line.wouldChange': ({ path, count, branch }: { path: string; count: number; branch: string }) =>
    `${path}: changed (${count} file${count > 1 ? 's' : ''}) → branch ${branch} to create with --write`,
  'apply.line.pushed': ({ path, count, branch, remote }: { path: string; count: number; branch: string; remote: string }) =>
    `${path}: changed (${count} file${count > 1 ? 's' : ''}) → branch ${branch}, pushed to ${remote}`,
  'apply.line.unchanged': ({ path }: { path: string }) => `${path}: unchanged`,
  'apply.line.skipped': ({ path, reason }: { path: string; reason: string }) => `${path}: skipped: ${reason}`,
  'apply.line.refused': ({ path, reason }: { path: string; reason: string }) => `${path}: refused: ${reason}`,
  'apply.line.error': ({ path, reason }: { path: string; reason: string }) => `${path}: error: ${reason}`,

  'apply.skip.dirty': 'uncommitted changes (untracked files included): commit or stash them (git stash -u), then run again',
  'apply.skip.detached': 'detached head: switch to a branch (git switch main), then run again',
  'apply.skip.branchExists': ({ branch }: { branch: string }) =>
    `the branch ${branch} already exists: merge or delete it (git branch -D ${branch}), or choose another name with --branch`,

  'apply.error.missing': 'folder not found',
  'apply.error.notRepository': 'not a git repository (or its .git points at another repository)',
  'apply.error.notTop': ({ top }: { top: string }) => `this folder is inside the repository ${top}: give the repository's top folder`,
  'apply.error.noCommit': 'the repository has no commit yet',
  'apply.error.unsafe': ({ reason }: { reason: string }) => `git cannot run there safely (${reason})`,
  'apply.error.gitMissing': 'git is not installed on this machine',
  'apply.error.git': ({ step, detail }: { step: string; detail: string }) => `git ${step} failed: ${detail}`,
  'apply.error.generator': ({ code, detail }: { code: string; detail: string }) => `the generator stopped (code ${code}): ${detail}`,
  'apply.error.noRemote': ({ remote }: { remote: string }) => `no remote "${remote}" (git remote -v): branch created, not pushed`,
  'apply.error.transport': ({ remote, url }: { remote: string; url: string }) =>
    `the remote "${remote}" (${url}) is neither https, ssh, git nor a local path: branch created, not pushed`,
  'apply.error.push': ({ remote, detail }: { remote: string; detail: string }) => `git push to ${remote} failed: ${detail} (branch created, not pushed)`,

  'apply.error.unexpected': ({ detail }: { detail: string }) => `unexpected error: ${detail}`,

  'apply.diff.heading': ({ path }: { path: string }) => `--- ${path}: what the branch would hold ---`,
  'apply.summary': ({ changed, unchanged, skipped, refused, errors }: { changed: number; unchanged: number; skipped: number; refused: number; errors: number }) =>
    `${changed + unchanged + skipped + refused + errors} repositories: ${changed} changed, ${unchanged} unchanged, ${skipped} skipped, ${refused} refused, ${errors} in error.`,
  'apply.dryRun': 'Dry run: nothing was written. Run again with --write to create the branches.',

  // Never rendered: commits are always written in French (apply/commit-message.ts); kept for the catalogue's parity.
  'apply.commit.subject': ({ preset }: { preset: string }) => `codegouv compliance (preset ${preset})`,
  'apply.commit.created': 'Files created:',
  'apply.commit.modified': 'Files modified:',
  'apply.commit.removed': 'Files removed:',
  'apply.commit.producedBy': ({ version }: { version: string }) => `Produced by codegouv apply (generator-codegouv ${version}).`,
} satisfies typeof fr;
