import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { classifyCodeLicence } from '../policy/licence-input.js';
import { slugify } from './slug.js';
import { answersFromPubliccode } from './infer-publiccode.js';
import { manifestAnswers } from './infer-manifests.js';
import { detectLicence } from '../licence/detect.js';
import { isAuthorisedLicence } from '../policy/licences.js';
import { normaliseRepositoryUrl } from './repository-url.js';
import type { RawAnswers } from './types.js';

function git(cwd: string, args: string[]): string | undefined {
  try {
    const output = execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
    return output.trim() || undefined;
  } catch {
    return undefined;
  }
}

function readJson(path: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}


/** The authorised licence an existing LICENSE (or the FSF layout's COPYING.LESSER) holds. */
export function licenceOfExistingFile(cwd: string): string | undefined {
  for (const name of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'LICENCE.md', 'LICENCE.txt', 'COPYING.LESSER', 'COPYING']) {
    const path = join(cwd, name);
    if (!existsSync(path)) continue;
    const detected = detectLicence(readFileSync(path, 'utf8'));
    if (detected && isAuthorisedLicence(detected.id)) return detected.id;
  }
  return undefined;
}

/** What the target directory already says about the project (design §2, step 5). */
export function inferAnswers(cwd: string): RawAnswers {
  const publiccodePath = join(cwd, 'publiccode.yml');
  const inferred: RawAnswers = existsSync(publiccodePath) ? answersFromPubliccode(readFileSync(publiccodePath, 'utf8')) : {};
  const packageJson = existsSync(join(cwd, 'package.json')) ? readJson(join(cwd, 'package.json')) : undefined;
  if (typeof packageJson?.name === 'string') inferred.projectName = slugify(packageJson.name);
  if (typeof packageJson?.description === 'string' && packageJson.description.trim()) inferred.description ??= packageJson.description.trim();
  if (typeof packageJson?.license === 'string') {
    const verdict = classifyCodeLicence(packageJson.license);
    if (verdict.kind === 'exact' || verdict.kind === 'case') inferred.licence ??= verdict.id;
  }
  for (const [key, value] of Object.entries(manifestAnswers(cwd))) {
    inferred[key as keyof RawAnswers] ??= value;
  }
  const fromFile = inferred.licence === undefined ? licenceOfExistingFile(cwd) : undefined;
  if (fromFile) inferred.licence = fromFile;
  const remote = git(cwd, ['remote', 'get-url', 'origin']);
  if (remote) {
    inferred.repositoryUrl = normaliseRepositoryUrl(remote);
    inferred.projectName ??= slugify(basename(String(inferred.repositoryUrl)));
  }
  const userName = git(cwd, ['config', 'user.name']);
  const userEmail = git(cwd, ['config', 'user.email']);
  if (userName) inferred.contactName ??= userName;
  if (userEmail) inferred.contactEmail ??= userEmail;
  inferred.projectName ??= slugify(basename(cwd)) || undefined;
  return inferred;
}
