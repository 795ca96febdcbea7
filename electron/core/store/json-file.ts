import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import { TextFile } from 'lowdb/node';

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

export interface JsonFileOptions<T> {
  /** Checks the parsed value and returns it typed; throws with a reason when it does not fit. */
  validate: (value: unknown) => T;
  /** fsync the file and its folder after each write (steno renames but does not fsync). */
  durable?: boolean;
}

/**
 * A lowdb adapter for one workspace file: steno's atomic write (temp file, then rename),
 * compact JSON, validation on read, and an optional fsync so that the user's edits survive
 * a power loss and not only a killed process.
 */
export class JsonFile<T> implements Adapter<T> {
  readonly #file: TextFile;

  constructor(
    readonly path: string,
    readonly options: JsonFileOptions<T>,
  ) {
    this.#file = new TextFile(path);
  }

  async read(): Promise<T | null> {
    const raw = await this.#file.read();
    if (raw === null) return null;
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
    await this.#file.write(JSON.stringify(data));
    if (this.options.durable) {
      await fsyncPath(this.path);
      await fsyncPath(dirname(this.path)).catch(() => undefined);
    }
  }
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
