import { readSync } from 'node:fs';

/** Reads from `fd` until `buffer` is full or the file ends; the bytes read. */
export function readInto(fd: number, buffer: Buffer): Buffer {
  let length = 0;
  while (length < buffer.length) {
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}
