import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { link, open, readFile, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';

/** The lock file inside a workspace folder. */
export const LOCK_FILE = 'zhitu.lock';

/** Who holds a workspace: written into the lock file by the holder. */
export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
  /** Random, so that a holder recognises its own lock file. */
  nonce: string;
}

/** Options of {@link WorkspaceLock}. */
export interface LockOptions {
  /** How long a writer waits for another process to finish, in ms (default 5000, or ZHITU_LOCK_WAIT_MS). */
  waitMs?: number;
  /** A lock whose file was not touched for this long is stale (default 60000); the holder touches it every third of that. */
  staleMs?: number;
  /** What the holder is doing, shown to whoever waits (default: this process's command line). */
  command?: string;
}

/** Another process held the workspace for longer than the writer was willing to wait. */
export class WorkspaceBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder | null,
    waitedMs: number,
  ) {
    const who = holder
      ? `process ${holder.pid} on ${holder.host} (${holder.command}) since ${holder.since}`
      : 'another process (the lock file is being written)';
    super(
      `the workspace ${dir} is busy: ${who} is writing to it; waited ${(waitedMs / 1000).toFixed(1)} s. ` +
        `Try again when it has finished (a lock left by a process that died is taken over by itself).`,
    );
    this.name = 'WorkspaceBusyError';
  }
}

const held = new AsyncLocalStorage<ReadonlySet<string>>();
/** In-process queue per lock file, so that two writers of one process never poll each other. */
const queues = new Map<string, Promise<unknown>>();
let counter = 0;

function defaultCommand(): string {
  const [, script, ...args] = process.argv;
  const name = script ? basename(script).replace(/\.(mjs|js|ts)$/, '') : basename(process.argv0);
  return [name, ...args].join(' ').slice(0, 200);
}

/** True when a process with this id runs on this machine (EPERM: it runs as another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as LockHolder;
    return typeof value.pid === 'number' && typeof value.nonce === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * One writer at a time per workspace, across processes: a lock file created atomically (hard
 * link of a complete temporary file, or O_EXCL) that names its holder. A lock whose holder died
 * (same host, pid gone) or whose file was not touched for `staleMs` is taken over. Reentrant
 * within one asynchronous call chain, so that a transaction may call helpers that lock too.
 */
export class WorkspaceLock {
  readonly path: string;
  readonly #waitMs: number;
  readonly #staleMs: number;
  readonly #command: string;

  constructor(
    readonly dir: string,
    options: LockOptions = {},
  ) {
    this.path = join(dir, LOCK_FILE);
    const envWait = Number(process.env.ZHITU_LOCK_WAIT_MS);
    this.#waitMs = options.waitMs ?? (Number.isFinite(envWait) && envWait >= 0 ? envWait : 5000);
    this.#staleMs = options.staleMs ?? 60_000;
    this.#command = options.command ?? defaultCommand();
  }

  /** Runs `task` while holding the lock; waits up to `waitMs` for another holder, then throws {@link WorkspaceBusyError}. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    const mine = held.getStore();
    if (mine?.has(this.path)) return task();
    const previous = queues.get(this.path) ?? Promise.resolve();
    const turn = previous.then(() => this.#runHeld(task, mine));
    const tail = turn.catch(() => undefined);
    queues.set(this.path, tail);
    void tail.then(() => {
      if (queues.get(this.path) === tail) queues.delete(this.path);
    });
    return turn;
  }

  /** The current holder according to the lock file, or null when the workspace is free. */
  async holder(): Promise<LockHolder | null> {
    const text = await readFile(this.path, 'utf8').catch(() => null);
    return text === null ? null : parseHolder(text);
  }

  async #runHeld<T>(task: () => Promise<T>, mine: ReadonlySet<string> | undefined): Promise<T> {
    const me = await this.#acquire();
    const heartbeat = setInterval(() => {
      const now = new Date();
      utimes(this.path, now, now).catch(() => undefined);
    }, Math.max(50, Math.floor(this.#staleMs / 3)));
    heartbeat.unref();
    try {
      return await held.run(new Set([...(mine ?? []), this.path]), task);
    } finally {
      clearInterval(heartbeat);
      await this.#release(me);
    }
  }

  async #acquire(): Promise<LockHolder> {
    const me: LockHolder = {
      pid: process.pid,
      host: hostname(),
      command: this.#command,
      since: new Date().toISOString(),
      nonce: randomBytes(8).toString('hex'),
    };
    const text = JSON.stringify(me);
    const started = Date.now();
    let pause = 10;
    for (;;) {
      if (await this.#create(text)) return me;
      const current = await this.#inspect();
      if (current.stale) {
        await this.#breakStale(current.text);
        continue;
      }
      const waited = Date.now() - started;
      if (waited >= this.#waitMs) throw new WorkspaceBusyError(this.dir, current.holder, waited);
      await sleep(Math.min(pause, this.#waitMs - waited));
      pause = Math.min(200, pause * 2);
    }
  }

  /** Creates the lock file with its full content at once; false when it exists. */
  async #create(text: string): Promise<boolean> {
    const temp = join(this.dir, `.${LOCK_FILE}.${process.pid}-${++counter}.tmp`);
    await writeFile(temp, text, { flag: 'wx' });
    try {
      await link(temp, this.path);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // File systems without hard links: O_EXCL (the content follows the creation).
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      try {
        const handle = await open(this.path, 'wx');
        await handle.writeFile(text).finally(() => handle.close());
        return true;
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw inner;
      }
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  async #inspect(): Promise<{ holder: LockHolder | null; text: string | null; stale: boolean }> {
    const [text, info] = await Promise.all([
      readFile(this.path, 'utf8').catch(() => null),
      stat(this.path).catch(() => null),
    ]);
    if (text === null || info === null) return { holder: null, text: null, stale: false };
    const holder = parseHolder(text);
    const old = Date.now() - info.mtimeMs > this.#staleMs;
    const dead = holder !== null && holder.host === hostname() && !isProcessAlive(holder.pid);
    return { holder, text, stale: old || dead };
  }

  /**
   * Removes a stale lock file, but only the one judged stale: under a short-lived guard file, the
   * content is read again, so that a lock just taken by a live process is never removed.
   */
  async #breakStale(staleText: string | null): Promise<void> {
    const guard = `${this.path}.break`;
    try {
      await writeFile(guard, String(process.pid), { flag: 'wx' });
    } catch {
      const info = await stat(guard).catch(() => null);
      // A guard left by a breaker that died is removed after a few seconds.
      if (info && Date.now() - info.mtimeMs > 5000) await unlink(guard).catch(() => undefined);
      else await sleep(10);
      return;
    }
    try {
      const now = await readFile(this.path, 'utf8').catch(() => null);
      if (now !== null && now === staleText) await unlink(this.path).catch(() => undefined);
    } finally {
      await unlink(guard).catch(() => undefined);
    }
  }

  async #release(me: LockHolder): Promise<void> {
    const current = await this.holder();
    // Never remove a lock that another process took over (ours was judged stale meanwhile).
    if (current?.nonce === me.nonce) await unlink(this.path).catch(() => undefined);
  }
}
