import { lstatSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Transform } from 'node:stream';
import { clearFileState, isFileNew, isFileStateDeleted } from 'mem-fs-editor/state';
import type { MemFsEditorFile } from 'mem-fs-editor';
import type { Lang } from '../i18n/lang.js';
import { translator } from '../i18n/render.js';
import { readIfExists } from '../pipeline/gather.js';
import { CONFIG_FILE } from '../pipeline/run.js';
import { UsageError } from '../support/errors.js';
import { printable } from '../support/terminal.js';
import { fileLogLine } from '../terminal/file-log.js';
import type { FileStatus } from '../terminal/file-log.js';
import { renderDiff } from './diff.js';

/**
 * Replaces @yeoman/conflicter in the generator's commit: the same decisions (a new file is
 * created, a file the writer forced or `--force` is replaced, an identical one is left alone,
 * any other change is asked about; `--dry-run` shows the differences and writes nothing,
 * `--bail` stops at the first change), with the question, its choices, the differences and the
 * log of files in the interface language. Every question is answered before the first file is
 * written: abandoning leaves the folder as it was.
 */

/** The answers of the conflict question (`action`, with @yeoman/conflicter's values, so yeoman-test's answers keep their meaning). */
type Action = 'write' | 'skip' | 'force' | 'diff' | 'abort';
const ACTIONS: readonly Action[] = ['write', 'skip', 'force', 'diff', 'abort'];

/** The user chose to abandon at the conflict question: nothing has been written. */
export class RunAbandoned extends Error {
  override readonly name = 'RunAbandoned';
}

export interface ConflictOptions {
  root: string;
  lang: Lang;
  force: boolean;
  bail: boolean;
  dryRun: boolean;
  /** Colours in the differences (a terminal). */
  colour: boolean;
  prompt(questions: object[]): Promise<Record<string, unknown>>;
  log(line: string): void;
}

interface Pending {
  file: MemFsEditorFile & { conflicter?: string };
  path: string;
  status?: FileStatus;
}

function conflictQuestion(path: string, lang: Lang): object {
  const t = translator(lang);
  return {
    type: 'expand',
    name: 'action',
    message: t('terminal.conflict.question', { path: printable(path) }),
    expanded: true,
    choices: ACTIONS.map((action) => ({ key: t(`terminal.conflict.key.${action}`), name: t(`terminal.conflict.${action}`), value: action })),
  };
}

const wantsExecutable = (file: MemFsEditorFile) => ((file.stat?.mode ?? 0) & 0o111) !== 0;

function executableOnDisk(root: string, path: string): boolean {
  try {
    return (lstatSync(join(root, path)).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

export function createConflictTransform(options: ConflictOptions): Transform {
  const pending: Pending[] = [];
  let forceAll = options.force && !options.bail;

  const diffOf = (entry: Pending, current: string) => renderDiff(entry.path, current, entry.file.contents?.toString('utf8') ?? '', {
    lang: options.lang,
    colour: options.colour,
    ...(wantsExecutable(entry.file) && !executableOnDisk(options.root, entry.path) ? { mode: { executable: true } } : {}),
  });

  const bail = (entry: Pending, current?: string): never => {
    if (current !== undefined) options.log(diffOf(entry, current));
    throw new UsageError(translator(options.lang)('terminal.bail', { path: printable(entry.path) }));
  };

  async function ask(entry: Pending, current: string): Promise<FileStatus> {
    for (;;) {
      const answer = await options.prompt([conflictQuestion(entry.path, options.lang)]);
      const action = answer.action as Action;
      if (action === 'diff') {
        options.log(diffOf(entry, current));
        continue;
      }
      if (action === 'abort') throw new RunAbandoned();
      if (action === 'force') forceAll = true;
      return action === 'skip' ? 'kept' : 'replaced';
    }
  }

  async function decide(entry: Pending): Promise<FileStatus | undefined> {
    const { file, path } = entry;
    if (isFileStateDeleted(file)) return isFileNew(file) ? undefined : 'removed';
    const current = readIfExists(options.root, path, options.lang);
    if (current === undefined) return options.bail ? bail(entry) : 'created';
    const proposed = file.contents?.toString('utf8') ?? '';
    if (current === proposed && !(wantsExecutable(file) && !executableOnDisk(options.root, path))) return 'identical';
    if (file.conflicter === 'force' || basename(path) === CONFIG_FILE || forceAll) return 'replaced';
    if (options.bail) return bail(entry, current);
    if (options.dryRun) {
      options.log(diffOf(entry, current));
      return 'kept';
    }
    return ask(entry, current);
  }

  return new Transform({
    objectMode: true,
    transform(file: MemFsEditorFile, _encoding, callback) {
      pending.push({ file, path: relative(options.root, file.path).split('\\').join('/') });
      callback();
    },
    flush(callback) {
      (async () => {
        for (const entry of pending) entry.status = await decide(entry);
        for (const entry of pending) {
          const { file, status } = entry;
          delete file.conflicter;
          if (status) options.log(fileLogLine(status, printable(entry.path), options.lang));
          // Left in mem-fs but not written: the commit step writes only modified or deleted files.
          if (options.dryRun || status === 'kept' || status === 'identical' || status === undefined) clearFileState(file);
          this.push(file);
        }
      })().then(() => callback(), (error: unknown) => callback(error as Error));
    },
  });
}
