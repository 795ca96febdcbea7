let made = 0;

/**
 * A fresh id for the edits of one user action over many entities (a bulk delete or tag), which
 * undo and redo take as one step (see `EditLog.undo`): unique within a process and, by its time
 * and random parts, across the processes that share a workspace (the app, `zhitu`).
 */
export function newEditGroup(origin: string): string {
  made += 1;
  return `${origin}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${made}`;
}
