import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { faultPoint } from './fault-points';

/** A workspace file that exists but cannot be used: truncated, not JSON, or the wrong shape. */
export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'CorruptFileError';
  }
}

/** Options of {@link JsonFile}. */
export interface JsonFileOptions<T> {
  /** Checks the parsed value and returns it typed; throws with a reason when it does not fit. */
  validate: (value: unknown) => T;
  /** fsync the temporary file before it is renamed into place, and the folder after (default true). */
  durable?: boolean;
}

/**
 * Identity of one version of a file: inode, size and modification time in nanoseconds. Every
 * write renames a new file into place, so another process's write always changes it.
 */
export type FileStamp = string;

let tempCounter = 0;

/** The temporary file a write goes through: hidden, unique per process and write, ending in `.tmp`. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${++tempCounter}.tmp`);
}

/** True for a temporary file of an interrupted write: ours (`.name.<pid>-<n>.tmp`) or steno's (`.name.tmp`). */
export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/** The process id in one of our temporary file names, or null (steno's names carry none). */
export function tempFilePid(name: string): number | null {
  const match = /\.(\d+)-\d+\.tmp$/.exec(name);
  return match ? Number(match[1]) : null;
}

async function fsyncDir(dir: string): Promise<void> {
  // Linux persists a rename only with an fsync of the folder; some platforms cannot open one.
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}

/**
 * Writes `bytes` to `path` atomically: a temporary file in the same folder, fsync'd when
 * `durable`, renamed over `path`, then the folder fsync'd. A reader (or a process killed at any
 * moment) sees the old content or the new one, never a mix; after a power loss, the new one once
 * this returned. The temporary file is removed when the write fails. Returns the new file's stamp.
 */
export async function writeFileAtomic(path: string, bytes: string | Uint8Array, durable = true): Promise<FileStamp> {
  const name = basename(path);
  const temp = tempPathFor(path);
  const handle = await open(temp, 'wx');
  let stamp: FileStamp;
  try {
    try {
      await handle.writeFile(bytes);
      faultPoint(`write:${name}`);
      if (durable) {
        await handle.sync();
        faultPoint(`fsync:${name}`);
      }
      stamp = stampOf(await handle.stat({ bigint: true }));
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  faultPoint(`renamed:${name}`);
  if (durable) await fsyncDir(dirname(path));
  return stamp;
}

function stampOf(info: { ino: bigint; size: bigint; mtimeNs: bigint }): FileStamp {
  return `${info.ino}:${info.size}:${info.mtimeNs}`;
}

/** The stamp of the file now on disk, or null when there is none. */
export async function fileStamp(path: string): Promise<FileStamp | null> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!handle) return null;
  try {
    return stampOf(await handle.stat({ bigint: true }));
  } finally {
    await handle.close();
  }
}

/** What {@link JsonFile.readStamped} read: the value (null: no file) and the stamp of the version read. */
export interface StampedValue<T> {
  value: T | null;
  stamp: FileStamp | null;
}

/**
 * A lowdb adapter for one workspace file: atomic durable writes (see {@link writeFileAtomic}),
 * compact JSON, and validation on every read, so that a damaged file is reported as a
 * {@link CorruptFileError} and never read as data.
 */
export class JsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    readonly options: JsonFileOptions<T>,
  ) {}

  async read(): Promise<T | null> {
    return (await this.readStamped()).value;
  }

  /** Reads the file and the stamp of the very version read. */
  async readStamped(): Promise<StampedValue<T>> {
    const handle = await open(this.path, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!handle) return { value: null, stamp: null };
    let raw: string;
    let stamp: FileStamp;
    try {
      stamp = stampOf(await handle.stat({ bigint: true }));
      raw = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
    return { value: this.parse(raw), stamp };
  }

  /** Parses and validates the text of this file. */
  parse(raw: string): T {
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === '') throw new CorruptFileError(this.path, 'the file is empty');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new CorruptFileError(this.path, `not valid JSON (${(error as Error).message})`);
    }
    try {
      return this.options.validate(value);
    } catch (error) {
      throw new CorruptFileError(this.path, `unexpected content (${(error as Error).message})`);
    }
  }

  async write(data: T): Promise<void> {
    await this.writeStamped(data);
  }

  /** Writes `data` atomically and returns the stamp of the file written. */
  writeStamped(data: T): Promise<FileStamp> {
    return writeFileAtomic(this.path, JSON.stringify(data), this.options.durable ?? true);
  }
}

/**
 * Removes temporary files left by interrupted writes in `dir` and its `backups` folder. Call it
 * while holding the workspace lock: every write of the workspace's files happens under it, so a
 * temporary file found then belongs to a write that will never finish. Temporary lock files are
 * written outside the lock, so those are removed only when their process is gone.
 */
export async function cleanTempFiles(dir: string, isAlive: (pid: number) => boolean): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of [dir, join(dir, 'backups')]) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter(isTempFile)) {
      const pid = tempFilePid(name);
      if (name.startsWith('.zhitu.lock.') && pid !== null && isAlive(pid)) continue;
      await unlink(join(folder, name)).catch(() => undefined);
      removed.push(join(folder, name));
    }
  }
  return removed;
}

/** Lists the temporary files left in `dir` and its `backups` folder (for tests and `npm run harden`). */
export async function listTempFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const folder of [dir, join(dir, 'backups')]) {
    const names = await readdir(folder).catch(() => [] as string[]);
    found.push(...names.filter(isTempFile).map((n) => join(folder, n)));
  }
  return found;
}
