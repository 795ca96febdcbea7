import { mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './json-file';

/** The folder of the derived graph snapshot inside a workspace (safe to delete: it is rebuilt). */
export const GRAPH_DIR = 'graph';
const POINTER = 'current.json';
/** How long a superseded build stays for readers in other processes. */
export const GRACE_MS = 10 * 60 * 1000;

/** When a build was made (its name is `b<ms in base 36>-<pid>`); NaN for a name of another form. */
function madeAt(name: string): number {
  const m = /^b([0-9a-z]+)-\d+$/.exec(name);
  return m ? parseInt(m[1], 36) : NaN;
}

/**
 * The files of the derived graph snapshot. Each build is written into a folder of its own and
 * then made current by rewriting the small `graph/current.json` (atomically), so a reader sees
 * one whole build or none; older builds are removed some minutes after the switch (see `prune`). A part that is missing or
 * does not parse reads as null, and the caller rebuilds.
 */
export class GraphFiles {
  private current: string | null | undefined;

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
    const build = await this.build();
    if (!build) return null;
    try {
      return await readFile(join(this.dir, GRAPH_DIR, build, name), 'utf8');
    } catch {
      return null;
    }
  }

  /** `length` bytes at `offset` of a file of the current build (a positioned read), as text. */
  async readRange(name: string, offset: number, length: number): Promise<string> {
    const build = await this.build();
    if (!build) throw new Error('no graph snapshot');
    const handle = await open(join(this.dir, GRAPH_DIR, build, name), 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  }

  /**
   * Writes a new build (its files in the order given, names with their extension) and makes it
   * current. Files are not fsynced: the snapshot is derived, and a damaged one is rebuilt.
   */
  async write(files: Iterable<{ name: string; content: string }>): Promise<void> {
    const build = `b${Date.now().toString(36)}-${process.pid}`;
    const folder = join(this.dir, GRAPH_DIR, build);
    await mkdir(folder, { recursive: true });
    for (const { name, content } of files) await writeFile(join(folder, name), content);
    await writeFileAtomic(join(this.dir, GRAPH_DIR, POINTER), JSON.stringify({ build }));
    this.current = build;
    await this.prune(build);
  }

  /** Forgets the cached pointer (another process may have written a build). */
  refresh(): void {
    this.current = undefined;
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
