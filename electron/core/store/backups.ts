import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

/** The folder of backups inside a workspace. */
export const BACKUP_DIR = 'backups';

function prefixOf(file: string): string {
  const name = basename(file);
  return `${name.slice(0, -extname(name).length)}-`;
}

/** Copies `file` into the backups folder with a sortable time stamp and keeps the newest `keep`. */
export async function backup(dir: string, file: string, keep: number): Promise<void> {
  if (keep <= 0) return;
  const folder = join(dir, BACKUP_DIR);
  await mkdir(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const prefix = prefixOf(file);
  const existing = await listBackups(dir, file);
  const nameAt = (n: number): string => join(folder, `${prefix}${stamp}-${String(n).padStart(3, '0')}.json`);
  let n = 0;
  while (existing.includes(nameAt(n))) n++;
  const target = nameAt(n);
  await copyFile(join(dir, file), target);
  const all = await listBackups(dir, file);
  await Promise.all(all.slice(0, Math.max(0, all.length - keep)).map((old) => rm(old, { force: true })));
}

/** Backups of `file`, oldest first. */
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
