import { join } from 'node:path';
import type { Repair } from '../../shared/types';
import { backup, usableBackups } from './backups';
import { CorruptFileError, fileStamp, JsonFile, type FileStamp } from './json-file';
import type { WorkspaceLock } from './lock';
import { MISSING, recoverFile, type RecoveryPolicy } from './recovery';

/** How one workspace file is read, written, backed up and recovered. */
export interface DocPolicy<T> extends RecoveryPolicy<T> {
  /** Checks a parsed value and returns it typed; throws with a reason when it does not fit. */
  validate: (value: unknown) => T;
  /** fsync on write (default true). */
  durable?: boolean;
}

/** Where a document reports what happened to its file. */
export interface DocReport {
  repair(repair: Repair): void;
  warn(message: string): void;
}

/** What a change returns: the new value to write, or only a result (nothing is written). */
export type Change<T, R> = { value: T; result: R } | { result: R };

/**
 * One workspace JSON file held in memory. Reads validate; a damaged file, or a missing one whose
 * backups exist, is recovered under the workspace lock ({@link recoverFile}). {@link update}
 * re-reads the file under the lock (unless it is the version in memory), applies the change,
 * writes it durably, backs it up, and only then changes memory: a failed write leaves memory
 * and file as they were. {@link refresh} notices another process's writes by the file's stamp.
 */
export class JsonDoc<T> {
  readonly file: JsonFile<T>;
  #value: T;
  #stamp: FileStamp | null = null;

  constructor(
    readonly dir: string,
    readonly policy: DocPolicy<T>,
    private readonly lock: WorkspaceLock,
    private readonly report: DocReport,
  ) {
    this.file = new JsonFile<T>(join(dir, policy.file), { validate: policy.validate, durable: policy.durable ?? true });
    this.#value = policy.empty();
  }

  /** The value in memory (the file's, as last read or written by this process). Do not change it. */
  get value(): T {
    return this.#value;
  }

  /** True once the file exists on disk (read or written). */
  get exists(): boolean {
    return this.#stamp !== null;
  }

  /** Reads the file (recovering it when damaged); a file not written yet reads as `policy.empty()`. */
  async load(): Promise<void> {
    const read = await this.#readOrRecover(false);
    this.#value = read.value;
    this.#stamp = read.stamp;
  }

  /** Reads the file again when another process changed it since; true when the value changed. */
  async refresh(): Promise<boolean> {
    if ((await fileStamp(this.file.path)) === this.#stamp) return false;
    const read = await this.#readOrRecover(false);
    if (read.stamp === this.#stamp) return false;
    this.#value = read.value;
    this.#stamp = read.stamp;
    return true;
  }

  /**
   * A write transaction: under the workspace lock, `change` gets the file's current value (never
   * a stale copy; it must not modify it) and returns the next value to write, or none.
   */
  update<R>(change: (current: T) => Change<T, R>): Promise<R> {
    return this.lock.run(async () => {
      const current =
        this.#stamp !== null && (await fileStamp(this.file.path)) === this.#stamp
          ? { value: this.#value, stamp: this.#stamp }
          : await this.#readOrRecover(true);
      const next = change(current.value);
      if (!('value' in next)) return next.result;
      await this.#commit(next.value);
      return next.result;
    });
  }

  /** Writes the value in memory again (and backs it up), e.g. after the file was restored. */
  rewrite(): Promise<void> {
    return this.lock.run(() => this.#commit(this.#value));
  }

  /** Makes a backup of the file unless one that validates exists (for files of older versions). */
  async ensureBackup(): Promise<void> {
    if (this.policy.keep <= 0 || !this.exists) return;
    if ((await usableBackups(this.dir, this.policy.file, this.policy)).length > 0) return;
    await this.lock.run(() => backup(this.dir, this.policy.file, this.#value, this.policy));
  }

  async #commit(value: T): Promise<void> {
    const stamp = await this.file.writeStamped(value);
    this.#value = value;
    this.#stamp = stamp;
    try {
      await backup(this.dir, this.policy.file, value, this.policy);
    } catch (error) {
      // The write itself succeeded and is durable: a failed backup must not undo it.
      this.report.warn(`could not back up ${this.policy.file}: ${(error as Error).message}`);
    }
  }

  async #readOrRecover(locked: boolean): Promise<{ value: T; stamp: FileStamp | null }> {
    let damage: string;
    try {
      const read = await this.file.readStamped();
      if (read.value !== null) return { value: read.value, stamp: read.stamp };
      if ((await usableBackups(this.dir, this.policy.file, this.policy)).length === 0) {
        return { value: this.policy.empty(), stamp: null };
      }
      damage = MISSING;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      damage = error.reason;
    }
    // Recover under the lock, after reading once more: another process may have repaired it.
    if (!locked) return this.lock.run(() => this.#readOrRecover(true));
    const { value, stamp, repair } = await recoverFile(this.dir, this.policy, damage);
    this.report.repair(repair);
    return { value, stamp };
  }
}
