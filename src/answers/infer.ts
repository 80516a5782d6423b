import { basename } from 'node:path';
import { authorisedLicenceId } from '../policy/licence-input.js';
import { slugify } from './slug.js';
import { answersFromPubliccode } from './infer-publiccode.js';
import { manifestsBySource } from './infer-manifests.js';
import { readmeAnswers } from './infer-readme.js';
import { isPlaceholder, withoutPlaceholders } from './placeholders.js';
import { type Provenance, addInferred, noteSources } from './provenance.js';
import { findLicence, mayHoldLicenceFile } from '../repo/licence-files.js';
import { gitSync } from '../repo/git.js';
import { discoverRepository } from '../repo/git-dir.js';
import { isRoleAddress, unusableContact } from '../policy/contact-addresses.js';
import { recordIndividualAddress } from './key-contacts.js';
import { readText } from '../repo/read.js';
import { loadTreeSync } from '../repo/tree.js';
import { findBundledGpl } from '../repo/bundled-gpl.js';
import { readmeReason } from '../repo/reciprocity-reason.js';
import { isAuthorisedLicence } from '../policy/licences.js';
import { normaliseRepositoryUrl } from './repository-url.js';
import type { AnswerKey, RawAnswers } from './types.js';

/** A value git reads from the repository's configuration; none when git is missing or fails. */
function git(cwd: string, args: string[]): string | undefined {
  const result = gitSync(cwd, args, { timeoutMs: 5000 });
  return result.ok ? result.stdout.trim() || undefined : undefined;
}

/** `user.name` and `user.email` as `git config` gives each (its last value), asked in one process. */
function gitIdentity(cwd: string): { name?: string; email?: string } {
  const result = gitSync(cwd, ['config', '-z', '--get-regexp', '^user\\.(name|email)$'], { timeoutMs: 5000 });
  const identity: { name?: string; email?: string } = {};
  if (!result.ok) return identity;
  for (const entry of result.stdout.split('\0')) {
    const newline = entry.indexOf('\n');
    const key = newline < 0 ? entry : entry.slice(0, newline);
    const value = newline < 0 ? '' : entry.slice(newline + 1).trim();
    if (key === 'user.name') identity.name = value || undefined;
    if (key === 'user.email') identity.email = value || undefined;
  }
  return identity;
}

/** A root file as text, or nothing: a link leaving the folder, a FIFO, a huge or non-UTF-8 file infer nothing. */
function rootText(cwd: string, name: string): string | undefined {
  const read = readText(cwd, name);
  return read.ok ? read.text : undefined;
}

function readJson(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}


/**
 * The authorised licence existing root licence files hold, read as `check` reads them (FSF
 * layout included, GNU grant from what the repository states): the text decides, whatever a
 * manifest or publiccode.yml declares. Several licences: none is inferred, the user chooses.
 */
function licenceOfExistingFile(cwd: string): string | undefined {
  if (!mayHoldLicenceFile(cwd)) return undefined;
  const licences = findLicence(loadTreeSync(cwd)).licences.filter(isAuthorisedLicence);
  return licences.length === 1 ? licences[0] : undefined;
}

/** What the target directory already says about the project (below flags, answers files, presets and .yo-rc.json); `provenance` receives where each value was read. */
/**
 * `suggested` receives the keys whose value is advice, not what the repository says of itself
 * (a GPL-compatible licence because GPL code is bundled): a run that takes it chooses it.
 */
export function inferAnswers(cwd: string, provenance: Provenance = {}, suggested: Set<AnswerKey> = new Set()): RawAnswers {
  const publiccode = rootText(cwd, 'publiccode.yml');
  const inferred: RawAnswers = withoutPlaceholders(publiccode === undefined ? {} : answersFromPubliccode(publiccode));
  noteSources(inferred, provenance, 'publiccode.yml');
  const packageJson = readJson(rootText(cwd, 'package.json'));
  if (typeof packageJson?.name === 'string') inferred.projectName = slugify(packageJson.name);
  if (typeof packageJson?.description === 'string' && !isPlaceholder(packageJson.description)) inferred.description ??= packageJson.description.trim();
  if (typeof packageJson?.license === 'string') inferred.licence ??= authorisedLicenceId(packageJson.license);
  noteSources(inferred, provenance, 'package.json');
  for (const [file, found] of manifestsBySource(cwd)) addInferred(inferred, provenance, withoutPlaceholders(found), file);
  const fromFile = licenceOfExistingFile(cwd);
  // The licence text decides over any manifest or publiccode.yml: so does its provenance.
  if (fromFile) {
    inferred.licence = fromFile;
    provenance.licence = 'licence file';
  }
  noteSources(inferred, provenance, 'licence file');
  // No licence said anywhere: GPL code already shipped makes a GPL-compatible licence the default (the path says why).
  const bundled = inferred.licence === undefined ? findBundledGpl(loadTreeSync(cwd)) : undefined;
  if (bundled) {
    addInferred(inferred, provenance, { licence: bundled.licence }, bundled.path);
    suggested.add('licence');
  }
  // Outside a repository there is no remote: one git process less at every start in a new folder.
  const remote = discoverRepository(cwd).kind === 'none' ? undefined : git(cwd, ['remote', 'get-url', 'origin']);
  if (remote) {
    inferred.repositoryUrl = normaliseRepositoryUrl(remote);
    provenance.repositoryUrl = 'git remote';
    inferred.projectName ??= slugify(basename(String(inferred.repositoryUrl)));
  }
  noteSources(inferred, provenance, 'git remote');
  const { name: userName, email: userEmail } = gitIdentity(cwd);
  if (userName) inferred.contactName ??= userName;
  // A no-reply, webmail or machine-local commit address is nobody's contact: it is asked instead.
  const usable = userEmail !== undefined && unusableContact(userEmail) === undefined;
  if (usable) inferred.contactEmail ??= userEmail;
  noteSources(inferred, provenance, 'git config');
  inferred.projectName ??= slugify(basename(cwd)) || undefined;
  noteSources(inferred, provenance, 'folder name');
  const readme = readmeAnswers(cwd);
  if (readme.file) addInferred(inferred, provenance, readme.answers, readme.file);
  const reason = readmeReason(cwd);
  if (reason) addInferred(inferred, provenance, { reciprocityReason: reason.reason }, reason.file);
  // The git identity is a person: the maintainer contact, not the security or conduct one unless it names a function.
  if (usable && !isRoleAddress(userEmail)) recordIndividualAddress(inferred, { address: userEmail, source: 'git config user.email' });
  return inferred;
}
