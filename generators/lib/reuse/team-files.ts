import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '.reuse', 'LICENSES']);
const MAX_SCANNED_BYTES = 1_000_000;

/** Files REUSE itself never asks licensing information for. */
function exempt(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  return /^(LICEN[CS]E|COPYING)([.-].*)?$/i.test(name) || path.endsWith('.license') || name === 'REUSE.toml' || path.startsWith('LICENSES/') || path.startsWith('.reuse/') || path === '.yo-rc.json';
}

/** The repository's files: what git tracks or would track, else every file but .git and node_modules. */
function repositoryFiles(cwd: string): string[] {
  try {
    const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    return listed.split('\0').filter((path) => path !== '' && existsSync(join(cwd, path)));
  } catch {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(join(dir, entry.name));
        } else if (entry.isFile()) {
          files.push(relative(cwd, join(dir, entry.name)).split('\\').join('/'));
        }
      }
    };
    walk(cwd);
    return files;
  }
}

function declaresLicence(path: string): boolean {
  const size = statSync(path).size;
  if (size > MAX_SCANNED_BYTES) return false;
  const text = readFileSync(path, 'latin1').replace(/REUSE-IgnoreStart[\s\S]*?(REUSE-IgnoreEnd|$)/g, '');
  return /SPDX-License-Identifier:/.test(text);
}

/**
 * Files the team wrote that carry no licensing information: neither a header, nor a `.license`
 * sidecar. `generated` lists the paths this run writes itself (they get their own header).
 */
export function unlicensedTeamFiles(cwd: string, generated: ReadonlySet<string>): string[] {
  return repositoryFiles(cwd)
    .filter((path) => !generated.has(path) && !exempt(path) && !existsSync(join(cwd, `${path}.license`)) && !declaresLicence(join(cwd, path)))
    .sort();
}

/** dep5 patterns are blank-separated and `?` matches one character: the only way to name a space. */
function dep5Pattern(path: string): string {
  return path.replace(/[\s]/g, '?');
}

/**
 * `.reuse/dep5`: the team's files declared under the project's licence without editing them.
 * Both Debian's reuse 1.1 (REUSE 3.0) and the current reuse (3.3, where REUSE.toml is the new
 * form) read it; REUSE.toml would be ignored by reuse 1.1.
 */
export function dep5(options: { projectName: string; repositoryUrl: string; files: readonly string[]; copyright: string; licence: string }): string {
  return [
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
    `Upstream-Name: ${options.projectName}`,
    ...(options.repositoryUrl ? [`Source: ${options.repositoryUrl}`] : []),
    '',
    `Files: ${options.files.map(dep5Pattern).join('\n ')}`,
    `Copyright: ${options.copyright}`,
    `License: ${options.licence}`,
    '',
  ].join('\n');
}
