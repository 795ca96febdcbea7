import type { Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import type { SkippedFile } from '../../shared/types';
import { isIgnorable, isSupported, unsupportedReason } from './file-types';

/** Files found under the given paths, and the paths that were left out with a reason. */
export interface CollectedFiles {
  files: string[];
  skipped: SkippedFile[];
}

/** Options of {@link collectFiles}. */
export interface CollectOptions {
  /** Follow symbolic links inside a folder that lead outside it (default false: they are skipped with a reason). */
  followLinksOutside?: boolean;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop (too many levels of symbolic links)';
  return error instanceof Error ? error.message : String(error);
}

/** What a path is when it is not a regular file or a folder, for a skip reason. */
export function specialKind(info: Stats): string | null {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return info.isFile() || info.isDirectory() ? null : 'not a regular file';
}

const isHidden = (name: string): boolean => name.startsWith('.');
// Plain byte order: the same on every machine and locale.
const byBytes = (a: Buffer, b: Buffer): number => Buffer.compare(a, b);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file name as text, or null when its bytes are not valid UTF-8. */
function nameOf(bytes: Buffer): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** A name that is not valid UTF-8, shown by its bytes: printable ASCII as is, every other byte as \xNN. */
export function escapedName(bytes: Uint8Array): string {
  return [...bytes].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
}

const inside = (path: string, folder: string): boolean => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * Expands files and folders into the list of files to import. Folders are walked recursively in
 * name order, skipping hidden files and folders; inside folders, files plainly not articles
 * (pictures, media, archives...) are skipped silently and other unsupported files are reported.
 * A file named directly is reported when its type is unsupported. Only what the user pointed at is
 * read: symbolic links inside a folder that lead outside it are skipped (unless
 * `followLinksOutside`), link loops end, named pipes, sockets and devices are skipped, and names
 * that are not valid UTF-8 are reported by their bytes. Missing or unreadable paths are reported
 * with a reason. Each file appears once, even when reached twice.
 */
export async function collectFiles(paths: string[], opts: CollectOptions = {}): Promise<CollectedFiles> {
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

  /** Follows a symbolic link met in a folder: what it points at, or null when it is skipped. */
  const follow = async (path: string, root: string): Promise<{ info: Stats; real: string } | null> => {
    try {
      const real = await realpath(path);
      if (!opts.followLinksOutside && !inside(real, root)) {
        skipped.push({ path, reason: `symbolic link to ${real}, outside the imported folder ${root}` });
        return null;
      }
      return { info: await stat(path), real };
    } catch (error) {
      skipped.push({ path, reason: reasonOf(error) });
      return null;
    }
  };

  const walk = async (dir: string, root: string): Promise<void> => {
    const real = await realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let names: Buffer[];
    try {
      names = await readdir(dir, { encoding: 'buffer' });
    } catch (error) {
      skipped.push({ path: dir, reason: reasonOf(error) });
      return;
    }
    for (const bytes of names.sort(byBytes)) {
      const name = nameOf(bytes);
      if (name === null) {
        skipped.push({ path: join(dir, escapedName(bytes)), reason: `file name is not valid UTF-8 (bytes ${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ')})` });
        continue;
      }
      if (isHidden(name)) continue;
      const path = join(dir, name);
      let info: Stats;
      try {
        info = await lstat(path);
      } catch (error) {
        skipped.push({ path, reason: reasonOf(error) });
        continue;
      }
      if (info.isSymbolicLink()) {
        const target = await follow(path, root);
        if (!target) continue;
        info = target.info;
      }
      const special = specialKind(info);
      if (info.isDirectory()) await walk(path, root);
      else if (special) {
        if (!isIgnorable(name)) skipped.push({ path, reason: `not a regular file: ${special}` });
      } else if (isSupported(name)) await addFile(path);
      else if (!isIgnorable(name)) skipped.push({ path, reason: unsupportedReason(name) });
    }
  };

  for (const path of paths) {
    try {
      const info = await stat(path);
      const special = specialKind(info);
      if (info.isDirectory()) await walk(path, await realpath(path));
      else if (special) skipped.push({ path, reason: `not a regular file: ${special}` });
      else if (isSupported(basename(path))) await addFile(path);
      else skipped.push({ path, reason: unsupportedReason(basename(path)) });
    } catch (error) {
      skipped.push({ path, reason: reasonOf(error) });
    }
  }
  return { files, skipped };
}
