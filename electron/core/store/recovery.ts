import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Repair } from '../../shared/types';
import { usableBackups, type BackupPolicy } from './backups';
import { faultPoint } from './fault-points';
import { writeFileAtomic, type FileStamp } from './json-file';

/** How one workspace file is recovered. */
export interface RecoveryPolicy<T> extends BackupPolicy<T> {
  /** The file's name in the workspace folder. */
  file: string;
  /** The content of a file started afresh. */
  empty: () => T;
  /**
   * Without a backup that validates: `fail` (the file holds the user's work: the workspace does
   * not open, rather than opening empty) or `reset` (it can be rebuilt or lost without harm).
   */
  fallback: 'fail' | 'reset';
  /** What a reset means for the user. */
  resetConsequence?: string;
}

/** A damaged workspace file that no backup can replace: the workspace does not open. */
export class UnrepairableFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnrepairableFileError';
  }
}

/** The damage reported for a file that is gone while backups of it exist. */
export const MISSING = 'the file is missing';

/**
 * Keeps a copy of a damaged file next to it, named by its content's hash, so that a recovery
 * that runs again after a crash finds the copy already there. Returns its path, or null when
 * there is no file.
 */
async function keepDamagedCopy(path: string): Promise<string | null> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (bytes === null) return null;
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const aside = `${path}.corrupt-${hash}`;
  const there = await stat(aside).then(
    (s) => s.size === bytes.length,
    () => false,
  );
  if (!there) await writeFileAtomic(aside, bytes);
  return aside;
}

/**
 * Restores a damaged or missing workspace file, in an order that a crash at any step cannot
 * make lose data: (1) the damaged file is copied aside (it stays in place meanwhile); (2) the
 * best backup by content is copied to a temporary file, fsync'd, and renamed over the damaged
 * file; the backups themselves are never moved or removed. A crash before (2) finishes leaves
 * the damaged file and every backup where they were, and the next open runs the recovery again.
 * Without a usable backup, a `reset` file is started afresh (its damaged copy kept) and a `fail`
 * file throws {@link UnrepairableFileError}, leaving everything as it was.
 * Call it while holding the workspace lock.
 */
export async function recoverFile<T>(
  dir: string,
  policy: RecoveryPolicy<T>,
  damage: string,
): Promise<{ value: T; stamp: FileStamp; repair: Repair }> {
  const path = join(dir, policy.file);
  const rel = (p: string): string => relative(dir, p);
  const aside = await keepDamagedCopy(path);
  faultPoint(`recovery:kept:${policy.file}`);
  const candidates = await usableBackups(dir, policy.file, policy);
  for (const candidate of candidates) {
    const text = await readFile(candidate.path, 'utf8').catch(() => null);
    if (text === null) continue;
    let value: T;
    try {
      value = policy.parse(text);
    } catch {
      continue;
    }
    faultPoint(`recovery:chosen:${policy.file}`);
    const stamp = await writeFileAtomic(path, text);
    faultPoint(`recovery:restored:${policy.file}`);
    return {
      value,
      stamp,
      repair: { file: policy.file, damage, restoredFrom: rel(candidate.path), keptAt: aside && rel(aside) },
    };
  }
  if (policy.fallback === 'fail') {
    throw new UnrepairableFileError(
      policy.file,
      `${path} is damaged (${damage}) and none of its backups can be read, so Zhitu does not open this ` +
        `workspace (it would look empty). Nothing was changed${aside ? `; a copy of the file is kept as ${aside}` : ''}. ` +
        `Restore the file from a copy, or move it away to start it afresh.`,
    );
  }
  const value = policy.empty();
  const stamp = await writeFileAtomic(path, JSON.stringify(value));
  faultPoint(`recovery:restored:${policy.file}`);
  const repair: Repair = { file: policy.file, damage, restoredFrom: null, keptAt: aside && rel(aside) };
  if (policy.resetConsequence) repair.consequence = policy.resetConsequence;
  return { value, stamp, repair };
}

/** One line for the user about a repair, e.g. for the CLI's stderr and the app's dialog. */
export function describeRepair(repair: Repair): string {
  const done = repair.restoredFrom ? `restored the backup ${repair.restoredFrom}` : 'started it afresh';
  const kept = repair.keptAt ? `; the damaged copy is kept as ${repair.keptAt}` : '';
  const then = repair.consequence ? ` (${repair.consequence})` : '';
  return `${repair.file} was damaged (${repair.damage}); ${done}${kept}${then}`;
}
