import { copyFile, mkdir, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { faultPoint } from './fault-points';
import { tempPathFor } from './json-file';

/** The folder of backups inside a workspace. */
export const BACKUP_DIR = 'backups';

/** How the backups of one file are judged. */
export interface BackupPolicy<T> {
  /** How many backups are kept (0: none). */
  keep: number;
  /** Parses and validates a backup's text; throws when it cannot be used. */
  parse: (text: string) => T;
  /** Newer by content is higher (the edit log: its next sequence number). Ties go to the newer file. */
  rank?: (value: T) => number;
  /** True when `backup` holds data that `current` lacks (it is not an earlier state of it). */
  holdsMore?: (backup: T, current: T) => boolean;
}

/** One backup that validates, with its rank. */
export interface RankedBackup<T> {
  path: string;
  value: T;
  rank: number;
  mtimeNs: bigint;
}

function prefixOf(file: string): string {
  const name = basename(file);
  return `${name.slice(0, -extname(name).length)}-`;
}

/** Backups of `file`, in name order (the name's time stamp is for people: it decides nothing). */
export async function listBackups(dir: string, file: string): Promise<string[]> {
  const folder = join(dir, BACKUP_DIR);
  const prefix = prefixOf(file);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix) && /^\d{4}-/.test(n.slice(prefix.length)) && n.endsWith('.json'))
    .sort()
    .map((n) => join(folder, n));
}

interface Parsed {
  key: string;
  value: unknown;
  ok: boolean;
}
/** Parsed backups by path, valid while their size and mtime stay the same (backups never change). */
const parsedCache = new Map<string, Parsed>();

async function judge<T>(path: string, policy: BackupPolicy<T>): Promise<(RankedBackup<T> & { ok: boolean }) | null> {
  const info = await stat(path, { bigint: true }).catch(() => null);
  if (!info) return null;
  const key = `${info.size}:${info.mtimeNs}:${info.ino}`;
  let parsed = parsedCache.get(path);
  if (parsed?.key !== key) {
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      parsed = { key, value: policy.parse(text), ok: true };
    } catch {
      parsed = { key, value: null, ok: false };
    }
    parsedCache.set(path, parsed);
  }
  const value = parsed.value as T;
  const rank = parsed.ok ? (policy.rank?.(value) ?? 0) : Number.NEGATIVE_INFINITY;
  return { path, value, rank, mtimeNs: info.mtimeNs, ok: parsed.ok };
}

function bestFirst<T>(a: RankedBackup<T>, b: RankedBackup<T>): number {
  if (a.rank !== b.rank) return b.rank - a.rank;
  if (a.mtimeNs !== b.mtimeNs) return a.mtimeNs > b.mtimeNs ? -1 : 1;
  return a.path < b.path ? 1 : -1;
}

async function judgeAll<T>(dir: string, file: string, policy: BackupPolicy<T>) {
  const all = await Promise.all((await listBackups(dir, file)).map((p) => judge(p, policy)));
  return all.filter((b): b is RankedBackup<T> & { ok: boolean } => b !== null).sort(bestFirst);
}

/** The backups of `file` that validate, best first: highest rank by content, then the newest file. */
export async function usableBackups<T>(dir: string, file: string, policy: BackupPolicy<T>): Promise<RankedBackup<T>[]> {
  return (await judgeAll(dir, file, policy)).filter((b) => b.ok);
}

/**
 * Copies `file` (whose content is `current`) into the backups folder and keeps the best `keep`
 * by content. A backup that holds data the current file lacks is never the last one removed:
 * when no kept backup holds more than `current`, the best that does is kept as well.
 * Call it under the workspace lock.
 */
export async function backup<T>(dir: string, file: string, current: T, policy: BackupPolicy<T>): Promise<void> {
  if (policy.keep <= 0) return;
  const folder = join(dir, BACKUP_DIR);
  await mkdir(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const existing = new Set(await listBackups(dir, file));
  const nameAt = (n: number): string => join(folder, `${prefixOf(file)}${stamp}-${String(n).padStart(3, '0')}.json`);
  let n = 0;
  while (existing.has(nameAt(n))) n++;
  const temp = tempPathFor(nameAt(n));
  try {
    faultPoint(`backup:${file}`);
    await copyFile(join(dir, file), temp);
    await rename(temp, nameAt(n));
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  const all = await judgeAll(dir, file, policy);
  const kept = all.slice(0, policy.keep);
  const removed = all.slice(policy.keep);
  const holdsMore = policy.holdsMore;
  if (holdsMore && !kept.some((b) => b.ok && holdsMore(b.value, current))) {
    const keepToo = removed.find((b) => b.ok && holdsMore(b.value, current));
    if (keepToo) removed.splice(removed.indexOf(keepToo), 1);
  }
  await Promise.all(
    removed.map(async (old) => {
      parsedCache.delete(old.path);
      await rm(old.path, { force: true });
    }),
  );
}
