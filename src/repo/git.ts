import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type GitDirectoryHazard, discoverRepository, gitDirectoryHazard } from './git-dir.js';

/**
 * The only module that runs git. A target repository is hostile: its own configuration
 * (`.git/config`, or the config of a bare repository committed in a subfolder) may name programs
 * git would run for us. Every call overrides those settings on the command line, the highest
 * precedence there is, and runs with no terminal, no prompt, no stdin and a time limit. It does
 * not run at all on a folder whose `.git` borrows another repository or holds what git would
 * block on (git-dir.ts); callers never pass it ignore rules to apply (work-tree-ignores.ts).
 */

/**
 * `-c` overrides: no fsmonitor daemon, no hooks, no external diff, pager, credential helper,
 * ssh command, signature program or network; a bare repository is used only when named
 * explicitly (so one committed inside the target is never picked up by discovery).
 */
const NEUTRAL_CONFIG = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.untrackedCache=false',
  'core.pager=cat',
  'core.sshCommand=ssh',
  'core.askPass=',
  'core.editor=:',
  'diff.external=',
  'credential.helper=',
  'gpg.program=gpg',
  'gpg.ssh.program=ssh-keygen',
  'gpg.x509.program=gpgsm',
  'log.showSignature=false',
  // A .mailmap of the work tree is opened by `git log` (a FIFO there would block it).
  'log.mailmap=false',
  'mailmap.file=',
  'mailmap.blob=',
  'protocol.allow=never',
  'safe.bareRepository=explicit',
];

const GIT_ARGUMENTS = ['--no-pager', ...NEUTRAL_CONFIG.flatMap((setting) => ['-c', setting])];

/** Variables a git hook or the user's shell may set that would redirect git or run a program. */
const REMOVED_VARIABLES = [
  'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_NAMESPACE', 'GIT_ASKPASS', 'SSH_ASKPASS', 'GIT_SSH', 'GIT_SSH_COMMAND',
  'GIT_EXTERNAL_DIFF', 'GIT_EDITOR', 'GIT_SEQUENCE_EDITOR', 'GIT_PROXY_COMMAND',
];

function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of REMOVED_VARIABLES) delete env[name];
  // English messages, so that "not a git repository" is recognised whatever the locale.
  return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', PAGER: 'cat', LC_ALL: 'C', LANGUAGE: 'C' };
}

/** A listing of a large repository stays well under this; a hung git is killed at the limit. */
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_OUTPUT = 256 * 1024 * 1024;
const MAX_STDERR = 64 * 1024;

/** Transports a call may use despite `protocol.allow=never`; `ext` (runs a command) never is. */
export type GitTransport = 'file' | 'https' | 'http' | 'ssh' | 'git';

export interface GitOptions {
  timeoutMs?: number;
  maxOutputBytes?: number;
  /** Only for a clone, fetch or push the user asked for (`codegouv apply`): every other call has no network and no local transport. */
  allowTransports?: readonly GitTransport[];
}

/** The neutral settings, then `protocol.<name>.allow=always` for each transport the call may use (git lets it win over protocol.allow). */
function gitArguments(options: GitOptions): string[] {
  return [...GIT_ARGUMENTS, ...(options.allowTransports ?? []).flatMap((transport) => ['-c', `protocol.${transport}.allow=always`])];
}

/**
 * `missing`: no git on this machine; `not-repository`: git says the folder is none, or its `.git`
 * borrows another repository; `unsafe`: its git directory holds what would hang git (`hazard`).
 */
type GitFailure = 'missing' | 'not-repository' | 'unsafe' | 'timeout' | 'failed';

export type GitResult = { ok: true; stdout: string } | { ok: false; failure: GitFailure; stderr: string; hazard?: GitDirectoryHazard };

const NOT_A_REPOSITORY = /not a git repository|cannot use bare repository|must be run in a work tree/iu;

function failure(code: number | null, stderr: string, error: NodeJS.ErrnoException | undefined, timedOut: boolean): GitResult {
  const text = stderr.trim();
  if (error?.code === 'ENOENT') return { ok: false, failure: 'missing', stderr: text };
  if (timedOut || error?.code === 'ETIMEDOUT') return { ok: false, failure: 'timeout', stderr: text };
  if (code === 128 && NOT_A_REPOSITORY.test(text)) return { ok: false, failure: 'not-repository', stderr: text };
  return { ok: false, failure: 'failed', stderr: text || String(error?.message ?? `exit ${code}`) };
}

const BORROWED: GitResult = { ok: false, failure: 'not-repository', stderr: 'the .git file points at a repository outside the folder' };

/** Why git must not run in `cwd`: a borrowed repository, or a git directory holding what would hang git. */
function refusal(cwd: string): GitResult | undefined {
  const discovery = discoverRepository(cwd);
  if (discovery.kind === 'borrowed') return BORROWED;
  if (discovery.kind === 'none') return undefined;
  const hazard = gitDirectoryHazard(discovery.repository);
  return hazard ? { ok: false, failure: 'unsafe', stderr: `${hazard.path}: ${hazard.reason}`, hazard } : undefined;
}

/** `git ARGS` in `cwd`, synchronously: for the generator, which works on one folder. */
export function gitSync(cwd: string, args: readonly string[], options: GitOptions = {}): GitResult {
  const refused = args[0] === '--version' ? undefined : refusal(cwd);
  if (refused) return refused;
  const result = spawnSync('git', [...gitArguments(options), ...args], {
    cwd,
    env: gitEnvironment(),
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT,
    encoding: 'utf8',
  });
  const error = result.error as NodeJS.ErrnoException | undefined;
  if (!error && result.status === 0) return { ok: true, stdout: result.stdout };
  return failure(result.status, (result.stderr ?? '').slice(0, MAX_STDERR), error, result.signal === 'SIGKILL');
}

/** `git ARGS` in `cwd`, asynchronously: the repositories of a fleet audit overlap. */
export function gitAsync(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  const refused = refusal(cwd);
  if (refused) return Promise.resolve(refused);
  const maxOutput = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  return new Promise((resolve) => {
    const child = spawn('git', [...gitArguments(options), ...args], {
      cwd,
      env: gitEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Our own timer: spawn's `timeout` option outlives a git that never started (ENOENT) and holds the process.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let error: NodeJS.ErrnoException | undefined;
    let overflow = false;
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutput) {
        overflow = true;
        child.kill('SIGKILL');
      } else {
        chunks.push(chunk);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_STDERR) stderr += chunk.toString('utf8');
    });
    child.on('error', (cause: NodeJS.ErrnoException) => {
      error = cause;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (overflow) return resolve({ ok: false, failure: 'failed', stderr: 'output too large' });
      if (!error && code === 0) return resolve({ ok: true, stdout: Buffer.concat(chunks).toString('utf8') });
      resolve(failure(code, stderr, error, timedOut));
    });
  });
}

let missing: boolean | undefined;

/** Whether git cannot be run at all on this machine (asked once). */
export function gitIsMissing(): boolean {
  missing ??= !gitSync(process.cwd(), ['--version'], { timeoutMs: 10_000 }).ok;
  return missing;
}

export interface MergedText {
  text: string;
  /** Hunks where both sides changed the same lines: `text` holds them between conflict markers. */
  conflicts: number;
}

/** Bounds of a three-way merge: codegouv's documents are small; a larger text is not merged. */
const MAX_MERGED_TEXT = 4 * 1024 * 1024;

/**
 * `git merge-file` on three texts (the team's, the common base, the new one), in a scratch folder
 * outside any repository: only the user's global git configuration applies, overridden like
 * every other call. Undefined when git cannot merge (missing, failed, too large).
 */
export function mergeTextsSync(texts: { ours: string; base: string; theirs: string }, labels: { ours: string; base: string; theirs: string }): MergedText | undefined {
  const size = Buffer.byteLength(texts.ours) + Buffer.byteLength(texts.base) + Buffer.byteLength(texts.theirs);
  if (size > MAX_MERGED_TEXT) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'codegouv-merge-'));
  try {
    for (const name of ['ours', 'base', 'theirs'] as const) writeFileSync(join(dir, name), texts[name], { mode: 0o600 });
    const result = spawnSync('git', [...GIT_ARGUMENTS, 'merge-file', '-p', '-L', labels.ours, '-L', labels.base, '-L', labels.theirs, 'ours', 'base', 'theirs'], {
      cwd: dir,
      env: { ...gitEnvironment(), GIT_CEILING_DIRECTORIES: dirname(dir) },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: DEFAULT_TIMEOUT_MS,
      killSignal: 'SIGKILL',
      maxBuffer: 2 * MAX_MERGED_TEXT,
      encoding: 'utf8',
    });
    // The exit status is the number of conflicts (at most 127); a negative one, an error.
    if (result.error || result.status === null || result.status < 0 || result.status > 127) return undefined;
    return { text: result.stdout, conflicts: result.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
