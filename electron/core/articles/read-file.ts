import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { specialKind } from './collect-files';
import { SourceError } from './source-error';

/** Options of {@link readSourceFile}. */
export interface ReadFileOptions {
  /** Largest accepted size in bytes. */
  maxBytes: number;
}

/** A size for a message: `200 MB`, `12.5 KB`, `300 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

const tooLarge = (size: number, maxBytes: number): SourceError =>
  new SourceError(`file too large (${formatSize(size)}; the limit is ${formatSize(maxBytes)}); it was not read`);

const CHUNK = 1024 * 1024;
const TRIES = 3;

/** Reads the open file from its start, never more than maxBytes + 1 bytes (a file may grow while read). */
async function readAll(handle: FileHandle, expected: number, maxBytes: number): Promise<Uint8Array> {
  let buffer = Buffer.alloc(Math.min(expected, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (buffer.length > maxBytes) throw tooLarge(length, maxBytes);
      const bigger = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, length, Math.min(CHUNK, buffer.length - length), length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  if (length > maxBytes) throw tooLarge(length, maxBytes);
  return buffer.subarray(0, length);
}

/**
 * Reads a file to import, safely: the file is opened without blocking (a named pipe cannot hang the
 * import), checked to be a regular file and measured before anything is read, so that a file over
 * `maxBytes` (a 200 MB dump) is refused with its size and never read into memory; it is then read in
 * chunks, never past the limit even if it grows meanwhile. A file that changes while it is read
 * (size or modification time differ before and after) is read again; after three tries it is refused.
 * @throws SourceError naming the problem: not a regular file, too large, or changing while read.
 */
export async function readSourceFile(path: string, opts: ReadFileOptions): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const before = await handle.stat();
      const special = specialKind(before);
      if (special || before.isDirectory()) throw new SourceError(`not a regular file: ${special ?? 'a folder'}`);
      if (before.size > opts.maxBytes) throw tooLarge(before.size, opts.maxBytes);
      const bytes = await readAll(handle, before.size, opts.maxBytes);
      const after = await handle.stat();
      if (after.size === before.size && after.mtimeMs === before.mtimeMs && bytes.length === after.size) return bytes;
    }
    throw new SourceError(`the file kept changing while it was read (${TRIES} tries); import it again once it is complete`);
  } finally {
    await handle.close();
  }
}
