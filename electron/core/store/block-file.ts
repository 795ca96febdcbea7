import { promisify } from 'node:util';
import { deflateRaw, inflateRawSync } from 'node:zlib';

const deflate = promisify(deflateRaw);

/** The first bytes of a block-compressed file (a file without them is read as it is). */
const MAGIC = Buffer.from('ZTB1', 'latin1');
/** Bytes of content per block: a positioned read inflates the blocks it touches, ~64 KB each. */
export const BLOCK_SIZE = 64 * 1024;
/** deflate level: level 1 keeps a snapshot write fast; higher levels gain only a few per cent on it. */
const LEVEL = 1;

/**
 * Where each block of a block-compressed file lies: `starts[k]` is the file offset of block k
 * (one more entry: the end of the last block); `length` the content's length in bytes.
 */
export interface BlockTable {
  length: number;
  blockSize: number;
  starts: number[];
}

/**
 * Blocks deflated at once: the thread pool's four threads busy, and no more. Each deflate holds
 * about 220 KB of zlib state from the moment it is asked for: all the blocks of a 48 MB file
 * asked for together took 170 MB more memory.
 */
const IN_FLIGHT = 4;

/** A file's content: one buffer, or parts to be taken one after the other (not joined in memory). */
export type Content = Buffer | readonly Buffer[];

/** The content cut into blocks of {@link BLOCK_SIZE} bytes (views where a block lies in one part). */
function* blocksOfContent(content: Content): Generator<Buffer> {
  const parts = Buffer.isBuffer(content) ? [content] : content;
  let pending: Buffer[] = [];
  let pendingLength = 0;
  for (const part of parts) {
    let at = 0;
    if (pendingLength > 0) {
      const head = part.subarray(0, BLOCK_SIZE - pendingLength);
      pending.push(head);
      pendingLength += head.length;
      at = head.length;
      if (pendingLength < BLOCK_SIZE) continue;
      yield Buffer.concat(pending);
      pending = [];
      pendingLength = 0;
    }
    for (; at + BLOCK_SIZE <= part.length; at += BLOCK_SIZE) yield part.subarray(at, at + BLOCK_SIZE);
    if (at < part.length) {
      pending.push(part.subarray(at));
      pendingLength = part.length - at;
    }
  }
  if (pendingLength > 0) yield Buffer.concat(pending);
}

/**
 * A file's content compressed in independent blocks of {@link BLOCK_SIZE} bytes, so that a range
 * of the content can be read by inflating only the blocks it touches, as the parts of the file to
 * write one after the other (see {@link encodeBlocks}). Blocks are deflated on the thread pool,
 * {@link IN_FLIGHT} at a time.
 */
export async function blockParts(content: Content): Promise<Buffer[]> {
  const done: Buffer[] = [];
  const blocks = blocksOfContent(content);
  let length = 0;
  let next = 0;
  const lane = async (): Promise<void> => {
    for (;;) {
      const block = blocks.next();
      if (block.done) return;
      const k = next++;
      length += block.value.length;
      done[k] = await deflate(block.value, { level: LEVEL });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  const starts = [MAGIC.length];
  for (const b of done) starts.push(starts[starts.length - 1] + b.length);
  const table = Buffer.from(JSON.stringify({ length, blockSize: BLOCK_SIZE, starts } satisfies BlockTable), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(table.length, 0);
  return [MAGIC, ...done, table, size];
}

/**
 * A file's content compressed in independent blocks of {@link BLOCK_SIZE} bytes, so that a range
 * of the content can be read by inflating only the blocks it touches. Layout: magic, the blocks
 * (raw deflate), the block table as JSON, and the table's byte length (4 bytes, little-endian).
 */
export async function encodeBlocks(content: Content): Promise<Buffer> {
  return Buffer.concat(await blockParts(content));
}

/** Whether these are the first bytes of a block-compressed file. */
export function isBlocked(head: Buffer): boolean {
  return head.length >= MAGIC.length && head.subarray(0, MAGIC.length).equals(MAGIC);
}

/** The block table of a block-compressed file from its tail (the last bytes of the file, at least the table and its size). */
export function blockTable(tail: Buffer): BlockTable {
  const size = tail.readUInt32LE(tail.length - 4);
  if (size + 4 > tail.length) throw new Error('block table is cut');
  const table = JSON.parse(tail.subarray(tail.length - 4 - size, tail.length - 4).toString('utf8')) as BlockTable;
  if (!Number.isInteger(table.length) || !Array.isArray(table.starts) || !(table.blockSize > 0)) throw new Error('not a block table');
  return table;
}

/** The whole content of a block-compressed file. */
export function decodeBlocks(file: Buffer): Buffer {
  const table = blockTable(file);
  const parts: Buffer[] = [];
  for (let k = 0; k + 1 < table.starts.length; k++) parts.push(inflateRawSync(file.subarray(table.starts[k], table.starts[k + 1])));
  const out = Buffer.concat(parts);
  if (out.length !== table.length) throw new Error(`block file: ${table.length} bytes expected, ${out.length} read`);
  return out;
}

/** The blocks (first and last, inclusive) that hold `length` bytes of content at `offset`. */
export function blocksOf(table: BlockTable, offset: number, length: number): [number, number] {
  const first = Math.floor(offset / table.blockSize);
  const last = Math.max(first, Math.floor((offset + Math.max(length, 1) - 1) / table.blockSize));
  return [first, Math.min(last, table.starts.length - 2)];
}

/** Inflates one block read from the file. */
export function inflateBlock(data: Buffer): Buffer {
  return inflateRawSync(data);
}
