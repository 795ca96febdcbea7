import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { SkippedFile } from '../../shared/types';
import { isIgnorable, isSupported, unsupportedReason } from './file-types';

/** Files found under the given paths, and the paths that were left out with a reason. */
export interface CollectedFiles {
  files: string[];
  skipped: SkippedFile[];
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  return error instanceof Error ? error.message : String(error);
}

const isHidden = (name: string): boolean => name.startsWith('.');
// Plain code-unit order: the same on every machine and locale.
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Expands files and folders into the list of files to import. Folders are walked recursively in
 * name order, skipping hidden files and folders; inside folders, files plainly not articles
 * (pictures, media, archives...) are skipped silently and other unsupported files are reported.
 * A file named directly is reported when its type is unsupported. Missing or unreadable paths are
 * reported with a reason. Each file appears once, even when reached twice.
 */
export async function collectFiles(paths: string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const addFile = async (path: string): Promise<void> => {
    const real = await realpath(path).catch(() => resolve(path));
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(path);
  };

  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: dir, reason: reasonOf(error) });
      return;
    }
    for (const entry of entries.sort(byName)) {
      if (isHidden(entry.name)) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const info = await stat(path);
          isDir = info.isDirectory();
          isFile = info.isFile();
        } catch (error) {
          skipped.push({ path, reason: reasonOf(error) });
          continue;
        }
      }
      if (isDir) await walk(path);
      else if (!isFile) continue;
      else if (isSupported(entry.name)) await addFile(path);
      else if (!isIgnorable(entry.name)) skipped.push({ path, reason: unsupportedReason(entry.name) });
    }
  };

  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path);
      else if (!info.isFile()) skipped.push({ path, reason: 'not a regular file' });
      else if (isSupported(basename(path))) await addFile(path);
      else skipped.push({ path, reason: unsupportedReason(basename(path)) });
    } catch (error) {
      skipped.push({ path, reason: reasonOf(error) });
    }
  }
  return { files, skipped };
}
