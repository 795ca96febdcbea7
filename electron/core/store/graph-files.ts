import { copyFile, link, mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { blockParts, blocksOf, blockTable, decodeBlocks, inflateBlock, isBlocked, type BlockTable, type Content } from './block-file';
import { writeFileAtomic } from './json-file';

/** The folder of the derived graph snapshot inside a workspace (safe to delete: it is rebuilt). */
export const GRAPH_DIR = 'graph';
const POINTER = 'current.json';
/** How long a superseded build stays for readers in other processes. */
export const GRACE_MS = 10 * 60 * 1000;

/** Inflated blocks kept for positioned reads (64 KB each): a node's details read many lines of a few blocks. */
const CACHED_BLOCKS = 64;

/** One file of a snapshot build: its name (with extension) and content (text, bytes, or bytes in parts). */
export interface GraphFile {
  name: string;
  content: string | Content;
}

/** Writes a file block-compressed, its parts one after the other (the compressed file is never joined in memory). */
async function writeBlocked(path: string, content: string | Content): Promise<void> {
  await writeFile(path, await blockParts(typeof content === 'string' ? Buffer.from(content, 'utf8') : content));
}

/** When a build was made (its name is `b<ms in base 36>-<pid>`); NaN for a name of another form. */
function madeAt(name: string): number {
  const m = /^b([0-9a-z]+)-\d+$/.exec(name);
  return m ? parseInt(m[1], 36) : NaN;
}

/**
 * The files of the derived graph snapshot. Each build is written into a folder of its own and
 * then made current by rewriting the small `graph/current.json` (atomically), so a reader sees
 * one whole build or none; older builds are removed some minutes after the switch (see `prune`). A part that is missing or
 * does not parse reads as null, and the caller rebuilds. Files are written block-compressed (see
 * `encodeBlocks`: a positioned read inflates only the blocks it touches); files of builds made
 * before that are read as they are.
 */
export class GraphFiles {
  private current: string | null | undefined;
  /** Block tables of the files read by range (`null`: the file is not block-compressed), by build and name. */
  private readonly tables = new Map<string, BlockTable | null>();
  private readonly blocks = new Map<string, Buffer>();

  constructor(private readonly dir: string) {}

  /** The current build's folder name, or null when there is none. */
  async build(): Promise<string | null> {
    if (this.current !== undefined) return this.current;
    try {
      const pointer = JSON.parse(await readFile(join(this.dir, GRAPH_DIR, POINTER), 'utf8')) as { build?: unknown };
      this.current = typeof pointer.build === 'string' && /^[\w-]+$/.test(pointer.build) ? pointer.build : null;
    } catch {
      this.current = null;
    }
    return this.current;
  }

  /** A JSON file of the current build, parsed; null when there is no build or the file is missing or damaged. */
  async read<T>(name: string): Promise<T | null> {
    const text = await this.readText(name);
    if (text === null) return null;
    try {
      return JSON.parse(text) as T;
    } catch {
      return null;
    }
  }

  /** A file of the current build as text, or null. */
  async readText(name: string): Promise<string | null> {
    return (await this.readBytes(name))?.toString('utf8') ?? null;
  }

  /** A file of the current build as bytes (inflated), or null when it is missing or damaged. */
  async readBytes(name: string): Promise<Buffer | null> {
    const build = await this.build();
    if (!build) return null;
    try {
      const file = await readFile(join(this.dir, GRAPH_DIR, build, name));
      return isBlocked(file) ? decodeBlocks(file) : file;
    } catch {
      return null;
    }
  }

  /** `length` bytes at `offset` of a file of the current build (a positioned read of the content), as text. */
  async readRange(name: string, offset: number, length: number): Promise<string> {
    return (await this.readRangeBytes(name, offset, length)).toString('utf8');
  }

  /** `length` bytes at `offset` of a file of the current build (a positioned read of the content). */
  async readRangeBytes(name: string, offset: number, length: number): Promise<Buffer> {
    const build = await this.build();
    if (!build) throw new Error('no graph snapshot');
    const path = join(this.dir, GRAPH_DIR, build, name);
    const handle = await open(path, 'r');
    try {
      const read = async (at: number, size: number): Promise<Buffer> => {
        const buffer = Buffer.alloc(size);
        const { bytesRead } = await handle.read(buffer, 0, size, at);
        return buffer.subarray(0, bytesRead);
      };
      let table = this.tables.get(path);
      if (table === undefined) {
        table = isBlocked(await read(0, 4)) ? await this.tableOf(handle, read) : null;
        this.tables.set(path, table);
      }
      if (table === null) return await read(offset, length);
      const [first, last] = blocksOf(table, offset, length);
      const parts: Buffer[] = [];
      for (let k = first; k <= last; k++) {
        const key = `${path}#${k}`;
        let block = this.blocks.get(key);
        if (block) this.blocks.delete(key);
        else block = inflateBlock(await read(table.starts[k], table.starts[k + 1] - table.starts[k]));
        this.blocks.set(key, block);
        if (this.blocks.size > CACHED_BLOCKS) this.blocks.delete(this.blocks.keys().next().value as string);
        parts.push(block);
      }
      const joined = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      const from = offset - first * table.blockSize;
      return joined.subarray(from, from + length);
    } finally {
      await handle.close();
    }
  }

  private async tableOf(handle: Awaited<ReturnType<typeof open>>, read: (at: number, size: number) => Promise<Buffer>): Promise<BlockTable> {
    const { size } = await handle.stat();
    const tableSize = (await read(size - 4, 4)).readUInt32LE(0);
    return blockTable(await read(size - 4 - tableSize, tableSize + 4));
  }

  /**
   * Writes a new build (its files in the order given, names with their extension) and makes it
   * current. Files are not fsynced: the snapshot is derived, and a damaged one is rebuilt.
   */
  async write(files: Iterable<GraphFile>): Promise<void> {
    const build = `b${Date.now().toString(36)}-${process.pid}`;
    const folder = join(this.dir, GRAPH_DIR, build);
    await mkdir(folder, { recursive: true });
    for (const { name, content } of files) await writeBlocked(join(folder, name), content);
    await writeFileAtomic(join(this.dir, GRAPH_DIR, POINTER), JSON.stringify({ build }));
    this.current = build;
    await this.prune(build);
  }

  /**
   * Writes a new build made of the current one with `changed` files replaced (names with their
   * extension; a file of the current build not among them is linked, or copied where links are
   * not possible, as it is) and makes it current: how an older snapshot format is upgraded
   * without a rebuild. False when there is no current build.
   */
  async derive(changed: Iterable<GraphFile>): Promise<boolean> {
    const from = await this.build();
    if (!from) return false;
    const source = join(this.dir, GRAPH_DIR, from);
    const build = `b${Date.now().toString(36)}-${process.pid}`;
    const folder = join(this.dir, GRAPH_DIR, build);
    await mkdir(folder, { recursive: true });
    const written = new Set<string>();
    for (const { name, content } of changed) {
      await writeBlocked(join(folder, name), content);
      written.add(name);
    }
    for (const name of await readdir(source)) {
      if (written.has(name)) continue;
      await link(join(source, name), join(folder, name)).catch(() => copyFile(join(source, name), join(folder, name)));
    }
    await writeFileAtomic(join(this.dir, GRAPH_DIR, POINTER), JSON.stringify({ build }));
    this.refresh();
    this.current = build;
    await this.prune(build);
    return true;
  }

  /** Forgets the cached pointer (another process may have written a build). */
  refresh(): void {
    this.current = undefined;
    this.tables.clear();
    this.blocks.clear();
  }

  /** Removes the whole snapshot. */
  async clear(): Promise<void> {
    await rm(join(this.dir, GRAPH_DIR), { recursive: true, force: true });
    this.current = null;
  }

  /**
   * Removes the builds superseded more than {@link GRACE_MS} ago (a build is superseded when the
   * next one is made), and all but the two latest superseded ones: another process may still be
   * reading one it opened before the switch (it reads the current one again when a part is gone).
   */
  private async prune(keep: string): Promise<void> {
    const names = await readdir(join(this.dir, GRAPH_DIR)).catch(() => [] as string[]);
    const builds = names
      .filter((n) => n !== keep && n !== POINTER && /^b[\w-]+$/.test(n))
      .map((name) => ({ name, made: madeAt(name) }))
      .sort((a, b) => a.made - b.made);
    const now = Date.now();
    // At most the two latest superseded builds stay (a structural edit writes a whole build).
    const old = builds.filter((b, i) => i < builds.length - 2 || now - (builds[i + 1]?.made ?? madeAt(keep)) > GRACE_MS || !Number.isFinite(b.made));
    await Promise.all(old.map((b) => rm(join(this.dir, GRAPH_DIR, b.name), { recursive: true, force: true })));
  }
}
