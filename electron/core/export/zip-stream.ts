import { Zip, ZipDeflate } from 'fflate';
import type { ExportStream } from './context';
import { encodedChunks } from './write-export';

/** Bytes of text encoded at a time before they are compressed. */
const PIECE_BYTES = 256 << 10;

/**
 * The files of an export as the bytes of one zip archive, made a piece at a time as it is read
 * (fflate's streaming zip: each file deflated as its text is produced, sizes and checksums in data
 * descriptors), so that a multi-file export (CSV) downloads as one file without being held in
 * memory. Deflate level 1: the tables still shrink several times, at a fraction of the time of
 * the default level.
 */
export function* zipChunks(files: readonly ExportStream[]): Generator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else out.push(data);
  });
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    while (out.length > 0) yield out.shift() as Uint8Array;
  }
  for (const file of files) {
    const entry = new ZipDeflate(file.name, { level: 1 });
    zip.add(entry);
    for (const bytes of encodedChunks(file.chunks(), PIECE_BYTES)) {
      entry.push(bytes);
      yield* drain();
    }
    entry.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
