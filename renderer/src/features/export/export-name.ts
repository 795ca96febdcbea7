/** The last part of a workspace folder, safe in a file name (`my-ws` for `/home/x/my-ws`). */
export function workspaceName(dir: string | undefined): string {
  const base = (dir ?? '').split(/[\\/]/).filter(Boolean).pop() ?? '';
  const safe = base.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return safe || 'zhitu';
}

/** An export's file name with the workspace's name and the date: `grrb-graph-2024-10-14.png`. */
export function exportName(dir: string | undefined, what: string, ext: string, now = new Date()): string {
  const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${workspaceName(dir)}-${what}-${date}.${ext}`;
}
