import type { writes as fr } from '../fr/writes.js';

export const writes = {
  'writes.refused': ({ problems }: { problems: readonly string[] }) =>
    `Write refused: nothing was written.\n${problems.map((problem) => `  - ${problem}`).join('\n')}\ncodegouv never writes outside the folder, through a symbolic link or into anything but a regular file, even with --force.`,
  'writes.outside': ({ path }: { path: string }) => `${path}: this path leaves the target folder; only the current folder can receive files.`,
  'writes.link': ({ path, target }: { path: string; target: string }) =>
    `${path} is a symbolic link (to ${target}, existing or not): replace it with a regular file or delete it, then run again.`,
  'writes.linkedDirectory': ({ path, target }: { path: string; target: string }) =>
    `${path} is a symbolic link to a folder (${target}): replace it with a real folder or delete it, then run again.`,
  'writes.notDirectory': ({ path }: { path: string }) => `${path} is not a folder but files must be written inside it: rename or delete it, then run again.`,
  'writes.directory': ({ path }: { path: string }) => `${path} is a folder but a file must be written in its place: rename or delete it, then run again.`,
  'writes.special': ({ path }: { path: string }) => `${path} is not a regular file (named pipe, socket or device): delete it, then run again.`,
  'writes.unreadable': ({ path, reason }: { path: string; reason: string }) => `${path} cannot be examined (${reason}): check its permissions, then run again.`,
  'writes.failed': ({ path, reason }: { path: string; reason: string }) =>
    `Could not write ${path} (${reason}): this file was left as it was and .yo-rc.json was not updated. Fix the cause (disk space, maximum file size, permissions), then run the same command again to finish.`,
  'writes.locked': ({ lock, pid }: { lock: string; pid: string }) =>
    `Another codegouv run is in progress in this folder (process ${pid}, lock ${lock}): wait for it to end, then run again. Nothing was written.`,
  'writes.lockUnusable': ({ lock, reason }: { lock: string; reason: string }) =>
    `The lock ${lock} cannot be taken (${reason}): delete it if it is not a regular file created by codegouv, then run again. Nothing was written.`,
  'writes.lockForeign': ({ lock }: { lock: string }) =>
    `${lock} exists but is not a codegouv lock (a regular file holding a process number): delete it, then run again. Nothing was written.`,
} satisfies typeof fr;
