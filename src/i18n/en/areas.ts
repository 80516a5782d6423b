import type { areas as fr } from '../fr/areas.js';

export const areas = {
  'area.team.kept': ({ path, theirs }: { path: string; theirs: string }) =>
    `${path} not written: the repository already has its own, ${theirs} (a second copy would contradict it).`,
  'area.licence.mismatch': ({ path, found, wanted }: { path: string; found: string; wanted: string }) =>
    `existing ${path} holds ${found} while the answer is ${wanted}: nothing was changed. Keep ${found} (--licence ${found}) or replace the file (--force).`,
  'area.licence.heldBack': ({ paths, kept }: { paths: readonly string[]; kept: string }) =>
    `${paths.join(', ')} not written: ${kept} is kept as it is, and two licences at the root would contradict each other. Run again with --force to switch licences (${kept} is then replaced).`,
  'area.licence.cranStub': ({ path, theirs }: { path: string; theirs: string }) =>
    `${path} is not replaced: it is the fields file (YEAR, COPYRIGHT HOLDER) an R package ties to its licence (“+ file LICENSE”), which CRAN requires as it is${theirs ? `; the licence text is ${theirs}` : '; add the full licence text as LICENSE.md'}.`,
  'area.licence.unrecognised': ({ path, wanted }: { path: string; wanted: string }) =>
    `existing ${path}: licence not recognised while the answer is ${wanted}; check it or replace it (--force).`,
  'area.publiccode.invalidExisting': ({ errors }: { errors: string }) =>
    `existing publiccode.yml is invalid and was left as is (fix it, or run again with --force to regenerate it):\n${errors}`,
  'area.reuse.licenceMismatch': ({ path, wanted }: { path: string; wanted: string }) =>
    `REUSE.toml not written: the licence text that stays in the repository, ${path}, is not ${wanted}; declaring the team's files under ${wanted} would be false. Make the answer match the text (--licence) or replace the text (--force), then run again.`,
  'area.publiccode.unrepairable': ({ errors }: { errors: string }) =>
    `existing publiccode.yml is invalid and was left as is: making it valid would drop fields the team wrote (even with --force). Fix it by hand:\n${errors}`,
  'area.reuse.declareInToml': ({ files }: { files: string }) => `REUSE.toml exists: declare the licence of these files (no SPDX header) in it: ${files}`,
  'area.dco.gitlabInclude': ({ path }: { path: string }) => `Add to .gitlab-ci.yml: include: [{local: ${path}}] (the existing file is left unchanged)`,
  'area.dco.otherForge': ({ script }: { script: string }) => `Call "sh ${script} BASE..HEAD" from your forge's continuous integration`,
  'area.ci.gitlabInclude': ({ path }: { path: string }) => `Add {local: ${path}} to the include: list of .gitlab-ci.yml`,
  'area.ci.gitlabIncludeKept': ({ path }: { path: string }) => `Add {local: ${path}} to the include: list of .gitlab-ci.yml (the existing file is left unchanged)`,
  'area.ci.otherForge': ({ script, reuse, publiccode }: { script: string; reuse: string; publiccode: string }) =>
    `Neither GitHub nor GitLab: have your continuous integration run, on every push and merge request, "sh ${script} BASE..HEAD", "${reuse}" and "${publiccode}"`,
} satisfies typeof fr;
