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
