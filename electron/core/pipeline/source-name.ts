import { basename, relative, resolve, sep } from 'node:path';

/**
 * The name an imported file is stored (and exported) under: its path relative to the folder the
 * user imported, with `/` between folders (`2024-10/page-1.txt`), or its base name when the file
 * itself was imported. Never an absolute path: a workspace is shared and exported without
 * revealing where its files lay on the importer's disk.
 */
export function sourceName(file: string, roots: readonly string[]): string {
  const path = resolve(file);
  let best: string | null = null;
  for (const root of roots) {
    const r = resolve(root);
    if (path === r) return basename(path);
    if (path.startsWith(r.endsWith(sep) ? r : r + sep) && (best === null || r.length > best.length)) best = r;
  }
  if (best === null) return basename(path);
  return relative(best, path).split(sep).join('/');
}

/**
 * The stored source name a file the user names refers to: the name itself when some article was
 * stored under it, else the longest stored name that the file's absolute path ends with (at a
 * folder boundary: `/data/2024-10/page-1.txt` names `2024-10/page-1.txt`); null when none does.
 */
export function storedSourceFor(file: string, stored: Iterable<string>): string | null {
  const names = new Set(stored);
  if (names.has(file)) return file;
  const path = resolve(file).split(sep).join('/');
  let best: string | null = null;
  for (const name of names) {
    if ((path === name || path.endsWith(`/${name}`)) && (best === null || name.length > best.length)) best = name;
  }
  return best;
}
