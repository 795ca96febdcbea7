import { mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFile, ExportFormat } from '../../shared/types';
import type { ExportStream } from './context';
import { EXPORT_FORMAT_INFO } from './registry';

/** Bytes gathered before one write to disk: few system calls, and memory bounded by this, not by the file. */
const ENCODE_BYTES = 4 << 20;

let tempCounter = 0;

/** The hidden temporary file a write goes through (as the store's): same folder, unique per process and write, ending in `.tmp`. */
function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${++tempCounter}.tmp`);
}

async function writeAll(handle: Awaited<ReturnType<typeof open>>, bytes: Buffer): Promise<void> {
  let at = 0;
  while (at < bytes.length) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
}

/**
 * The pieces of a file encoded as UTF-8, in buffers of up to `size` bytes (a piece longer than
 * that gets a buffer of its own). Each piece is encoded straight into the buffer: joining many
 * pieces into one string first is several times slower (V8 flattens the joined pieces again for
 * the encoding). Each buffer is new, so the consumer may keep it, unless `reuse`: then one buffer
 * is filled again once the consumer has asked for the next (a file write that awaits each piece:
 * fewer allocations of a few megabytes each).
 */
export function* encodedChunks(chunks: Iterable<string>, size = ENCODE_BYTES, reuse = false): Generator<Buffer> {
  let buffer = Buffer.allocUnsafe(size);
  let used = 0;
  for (const chunk of chunks) {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if (used + chunk.length * 3 > size) {
      if (used > 0) yield buffer.subarray(0, used);
      if (!reuse) buffer = Buffer.allocUnsafe(size);
      used = 0;
      if (chunk.length * 3 > size) {
        yield Buffer.from(chunk, 'utf8');
        continue;
      }
    }
    used += buffer.write(chunk, used, 'utf8');
  }
  if (used > 0) yield buffer.subarray(0, used);
}

/**
 * Writes the pieces of a file as they are produced, a few megabytes at a time (the next pieces
 * are made only once the previous write is done: that is the backpressure), into a temporary file
 * that is fsync'd and renamed over `target` at the end. An interrupted or failed write never
 * leaves a partial file under the final name; the temporary file is removed when the write fails.
 */
export async function writeChunksAtomically(target: string, chunks: Iterable<string>): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx');
  try {
    try {
      for (const bytes of encodedChunks(chunks, ENCODE_BYTES, true)) await writeAll(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

function checkName(name: string): void {
  if (name !== path.basename(name) || name === '..' || name === '.' || name.includes('\\')) {
    throw new Error(`Export file name must not contain a path: ${name}`);
  }
}

/**
 * Writes the files of an export as UTF-8, streamed, and returns their absolute paths.
 * Multi-file formats (csv) write into the folder `outPath`, created if needed; single-file
 * formats write `outPath` itself, creating its parent folders. Each file appears whole or not at
 * all (temporary file, rename).
 */
export async function writeExportStreams(files: ExportStream[], outPath: string, format: ExportFormat): Promise<string[]> {
  const info = EXPORT_FORMAT_INFO[format];
  if (!info) throw new Error(`Unknown export format: ${String(format)}`);
  const out = path.resolve(outPath);
  if (!info.multiFile) {
    if (files.length !== 1) throw new Error(`Format ${format} writes one file, got ${files.length}`);
    await mkdir(path.dirname(out), { recursive: true });
    await writeChunksAtomically(out, files[0].chunks());
    return [out];
  }
  for (const file of files) checkName(file.name);
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(out, file.name);
    await writeChunksAtomically(target, file.chunks());
    written.push(target);
  }
  return written;
}

/** `writeExportStreams` for files already in memory (as `exportGraph` returns them). */
export async function writeExport(files: ExportFile[], outPath: string, format: ExportFormat): Promise<string[]> {
  return writeExportStreams(
    files.map((f) => ({ name: f.name, mime: f.mime, chunks: () => [f.content] })),
    outPath,
    format,
  );
}
