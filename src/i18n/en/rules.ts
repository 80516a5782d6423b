import { plural } from '../grammar/plural.js';
import type { rules as fr } from '../fr/rules.js';

const p = plural('en');

type Path = { path: string };
type Count = { count: number };

export const rules = {
  'rule.document.missing': ({ name }: { name: string }) => `${name} missing`,
  'rule.document.notText': ({ name, path }: { name: string; path: string }) => `${name} only exists in a non-text format (${path})`,
  'rule.document.empty': ({ path }: Path) => `${path} is empty or nearly so: it must describe the project`,

  'rule.L1.title': 'Full text of an authorised licence at the root',
  'rule.L1.noLicenceFile': 'No licence file at the root (LICENSE, LICENSE.md, COPYING…): it must hold the full text of one of the 13 authorised licences.',
  'rule.L1.dataLicence': ({ path, id }: { path: string; id: string }) => `${path} holds ${id}, a licence for documents and data, not for code`,
  'rule.L1.unauthorised': ({ path, id, similarity }: { path: string; id: string; similarity: string }) => `${path} holds ${id} (similarity ${similarity}), which is not on the list of authorised licences`,
  'rule.L1.closest': ({ id, similarity }: { id: string; similarity: string }) => ` (closest: ${id}, ${similarity})`,
  'rule.L1.noMatch': ({ path, closest }: { path: string; closest: string }) => `the text of ${path} matches no authorised licence${closest}; it must be the official text with nothing added`,
  'rule.L1.detectedIn': ({ path, similarity }: { path: string; similarity: string }) => `${path} (${similarity})`,
  'rule.L1.pass': ({ licences, where }: { licences: readonly string[]; where: string }) => `Authorised licence ${licences.join(', ')} detected in ${where}.`,
  'rule.L1.fix': 'The file must be the official text of an authorised licence; exceptions: an approved licence, or an existing project whose licence is imposed.',

  'rule.L1.severalInOneFile': ({ path, names }: { path: string; names: readonly string[] }) => `${path} mentions several licences (${names.join(', ')}): a dual licence or a licence map is not read as one licence text`,
  'rule.L1.severalFiles': ({ licences }: { licences: readonly string[] }) => `several licences at the root (${licences.join(', ')}) with no REUSE information saying which files each covers`,
  'rule.L1-declared.title': 'Declared licence (publiccode.yml, manifests) matches the text',
  'rule.L1-declared.none': 'Neither publiccode.yml nor a manifest declares a licence.',
  'rule.L1-declared.pass': ({ where }: { where: readonly string[] }) => `The licence declared in ${where.join(', ')} is the licence text's.`,
  'rule.L1-declared.unauthorised': ({ where, id, suggestion }: { where: string; id: string; suggestion: string }) => `${where} declares ${id}, which is not an authorised licence${suggestion ? ` (write ${suggestion})` : ''}`,
  'rule.L1-declared.mismatch': ({ where, declared, detected }: { where: string; declared: string; detected: readonly string[] }) => `${where} declares "${declared}" but the licence text is ${detected.join(', ')}`,
  'rule.L1-declared.fix': 'The licence text is what binds: correct the field to name the same licence (SPDX identifier), or replace the text if it is the one that is wrong.',
  'rule.L2.title': 'Permissive licence by default',
  'rule.L2.unknown': 'The project licence could not be determined (see L1).',
  'rule.L2.permissive': ({ licences }: { licences: readonly string[] }) => `Permissive licence (${licences.join(', ')}), the policy's default choice.`,

  'rule.L5.title': 'Documentation and data under Licence Ouverte 2.0 (or ODbL)',
  'rule.L5.noFolder': 'No documentation or data folder (docs/, data/) to check.',
  'rule.L5.pass': ({ count }: Count) => p(count, 'The documentation or data file is under etalab-2.0 or ODbL-1.0.', `The ${count} documentation and data files are under etalab-2.0 or ODbL-1.0.`),
  'rule.L5.fail': ({ count, files }: Count & { files: string }) => `${p(count, `${count} documentation or data file is not`, `${count} documentation or data files are not`)} under Licence Ouverte 2.0: ${files}.`,

  'rule.F1.title': 'README, CONTRIBUTING and LICENSE present',
  'rule.F1.licenceMissing': 'LICENSE missing',
  'rule.F1.minimum': 'The policy asks for at least README, CONTRIBUTING and LICENSE.',
  'rule.F1.pass': ({ paths }: { paths: readonly string[] }) => `Present: ${paths.join(', ')}.`,

  'rule.F2.title': 'Documents in plain text or Markdown',
  'rule.F2.pass': 'README, CONTRIBUTING, LICENSE and the other documents are plain text or Markdown.',
  'rule.F2.fail': ({ files }: { files: readonly string[] }) => `Not plain text: ${files.join(', ')}. These files must be plain text or light markup (Markdown).`,

  'rule.F3.title': 'README: purpose, administration, contact, licence, contributions',
  'rule.F3.noReadme': 'No readable README (see F1).',
  'rule.F3.topic.purpose': 'what the project is for',
  'rule.F3.topic.administration': 'the administration that publishes it',
  'rule.F3.topic.contact': 'a contact',
  'rule.F3.topic.licence': 'the licence',
  'rule.F3.topic.contributing': 'how to contribute',
  'rule.F3.pass': ({ path }: Path) => `${path} gives the purpose, administration, a contact, the licence and how to contribute.`,
  'rule.F3.fail': ({ path, missing }: Path & { missing: string }) => `${path} does not give: ${missing}.`,

  'rule.F4.title': 'code.gouv.fr openness badge',
  'rule.F4.pass': 'The README shows the code.gouv.fr openness level.',
  'rule.F4.fail': ({ url }: { url: string }) => `No openness badge (contributif, ouvert or publié) at the top of the README; it links to ${url}.`,

  'rule.F5.title': 'An unmaintained project says so in its README',
  'rule.F5.maintained': 'Nothing declares the project unmaintained.',
  'rule.F5.said': 'The project is declared unmaintained and the README says so.',
  'rule.F5.fail': 'publiccode.yml declares the project unmaintained or obsolete, but the README does not say so.',

  'rule.F6.title': 'Code of conduct',
  'rule.F6.pass': ({ path }: Path) => `Code of conduct: ${path}.`,
  'rule.F6.offer': 'Contributor Covenant 2.1, French or English, is offered',

  'rule.D1.title': 'Documentation available in French',
  'rule.D1.pass': ({ path }: Path) => `French documentation: ${path}.`,
  'rule.D1.fail': 'No README in French: user documentation must be available in French (a French README.md, or README.fr.md).',

  'rule.C1.title': 'CONTRIBUTING describes the DCO (signing off every commit)',
  'rule.C1.problem': ({ problem }: { problem: string }) => `${problem}: it must explain the DCO sign-off (git commit -s).`,
  'rule.C1.pass': ({ path }: Path) => `${path} explains the DCO sign-off of commits.`,
  'rule.C1.fail': ({ path }: Path) => `${path} does not describe the DCO: every commit must be signed off with git commit -s (Signed-off-by line), from the start of the project.`,

  'rule.C2.title': 'DCO in place: DCO text and a check on the forge',
  'rule.C2.pass': ({ texts, checks }: { texts: readonly string[]; checks: string }) => `DCO: ${texts.join(', ')}; checked by ${checks}.`,
  'rule.C2.missingText': 'the DCO text (DCO file)',
  'rule.C2.missingCheck': 'a sign-off check on the forge (.github/workflows/dco.yml or the DCO app\'s .github/dco.yml on GitHub, a .gitlab-ci.yml job on GitLab)',
  'rule.C2.fail': ({ missing }: { missing: string }) => `Missing: ${missing}.`,

  'rule.C3.title': 'No CLA required',
  // The quoted sentence keeps the French quotation marks in both languages, as before.
  'rule.C3.request': ({ path, sentence }: Path & { sentence: string }) => `${path} : « ${sentence} »`,
  'rule.C3.pass': 'No CLA is asked of contributors.',
  'rule.C3.fail': ({ found }: { found: string }) => `A CLA seems required: ${found}. The State policy uses no CLA: the DCO is enough.`,

  'rule.C2-commits.title': 'Every commit of the range is signed off by its author',
  'rule.C2-commits.notGit': ({ range }: { range: string }) => `--commits ${range}: this folder is not a git repository, its history cannot be checked.`,
  'rule.C2-commits.pass': ({ count, range }: Count & { range: string }) => (count === 0
    ? `The range ${range} holds no non-merge commit.`
    : p(count, `The non-merge commit of ${range} is signed off by its author.`, `The ${count} non-merge commits of ${range} are signed off by their author.`)),
  'rule.C2-commits.commit': ({ sha, subject, author, signoffs }: { sha: string; subject: string; author: string; signoffs: readonly string[] }) => `${sha} "${subject}" (${author}${signoffs.length > 0 ? `, signed off by ${signoffs.join(', ')}` : ''})`,
  'rule.C2-commits.fail': ({ count, total, commits }: Count & { total: number; commits: string }) => `${count} of ${total} commit(s) lack a Signed-off-by from their author: ${commits}.`,

  'rule.H1.title': 'Copyright and licence declared for every file (REUSE)',
  'rule.H1.withoutInfo': ({ count, files }: Count & { files: string }) => `${count} file(s) without SPDX-FileCopyrightText and SPDX-License-Identifier: ${files}`,
  'rule.H1.missingTexts': ({ files }: { files: readonly string[] }) => `licence text missing: ${files.join(', ')}`,
  'rule.H1.unusedTexts': ({ files }: { files: readonly string[] }) => `unused licence text: ${files.join(', ')} (no file declares this licence)`,
  'rule.H1.misspelt': ({ id }: { id: string }) => `misspelt SPDX identifier: ${id} (case matters)`,
  'rule.H1.unknownId': ({ id }: { id: string }) => `unknown SPDX identifier: ${id} (not on the SPDX list)`,
  'rule.H1.deprecated': ({ ids }: { ids: readonly string[] }) => `deprecated SPDX identifier: ${ids.join(', ')}`,
  'rule.H1.noExtension': ({ files }: { files: readonly string[] }) => `licence text without an extension: ${files.join(', ')}`,
  'rule.H1.configError': ({ error }: { error: string }) => `invalid REUSE configuration: ${error}`,
  'rule.H1.lint': 'Check with reuse lint.',
  'rule.H1.pass': ({ count, licences }: Count & { licences: readonly string[] }) => (count === 0
    ? 'No file to cover.'
    : `${p(count, 'The covered file declares copyright and licence', `The ${count} covered files declare copyright and licence`)}; LICENSES/ holds exactly the licences used (${licences.join(', ')}).`),

  'rule.H2.title': 'Rights held by the administration',
  'rule.H2.noHolder': 'Rights holder unknown: publiccode.yml does not name the administration (legal.mainCopyrightOwner).',
  'rule.H2.noLicence': 'The project licence could not be determined (see L1): the files under it cannot be checked.',
  'rule.H2.pass': ({ holder, count }: Count & { holder: string }) => `${holder} holds the rights of ${p(count, 'the file', `the ${count} files`)} under the project licence or Licence Ouverte.`,
  'rule.H2.noFile': ({ holder }: { holder: string }) => `No file declares the project licence with ${holder} as rights holder (see H1).`,
  'rule.H2.fail': ({ holder, count, files }: Count & { holder: string; files: string }) => `${p(count, `${count} file under the project licence does not name ${holder} in its copyright`, `${count} files under the project licence do not name ${holder} in their copyright`)}: ${files}. Code written by public agents belongs to the administration (art. L.113-9 CPI).`,

  'rule.M1.title': 'Valid publiccode.yml at the root',
  'rule.M1.missing': 'No publiccode.yml at the root: code.gouv.fr encourages it to list the software.',
  'rule.M1.pass': ({ path, warnings }: Path & { warnings: number }) => `${path} is valid (reference parser rules, offline)${warnings > 0 ? `, ${warnings} warning(s)` : ''}.`,
  'rule.M1.fail': ({ path, count, errors }: Path & Count & { errors: string }) => `${path} is invalid, ${count} error(s): ${errors}.`,

  'rule.S1.title': 'No secret-bearing file in the repository',
  'rule.S1.pass': ({ notes }: { notes: readonly string[] }) => ['No secret (filled .env, private key, token…) is tracked or exposed.', ...notes].join(' '),
  'rule.S1.fail': ({ files, notes }: { files: string; notes: readonly string[] }) =>
    [`Secrets tracked or not ignored: ${files}. No secret may be stored in the code.`, ...notes].join(' '),

  'rule.S1-gitignore.title': '.gitignore excludes secret-bearing files',
  'rule.S1-gitignore.pass': '.gitignore excludes .env.',
  'rule.S1-gitignore.notExcluded': '.gitignore does not exclude .env',
  'rule.S1-gitignore.noGitignore': 'no .gitignore',
  'rule.S1-gitignore.fail': ({ problem }: { problem: string }) => `${problem}: configuration files that hold secrets (.env, .env.*, keys…) must stay out of the repository.`,

  'rule.S2.title': 'Security policy with a contact address',
  'rule.S2.problem': ({ problem }: { problem: string }) => `${problem}: it gives the address dedicated to vulnerability reports.`,
  'rule.S2.pass': ({ path, email }: Path & { email: string }) => `${path}: reports go to ${email}.`,
  'rule.S2.fail': ({ path }: Path) => `${path} gives no e-mail address for reports: a security lead and a dedicated address are needed.`,
} satisfies typeof fr;
