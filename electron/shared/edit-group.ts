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

/** The most edits one `applyEdits` call takes (the contract refuses more). */
export const MAX_EDIT_BATCH = 1000;

/**
 * The edits of one user action cut into batches of at most `MAX_EDIT_BATCH`, to be sent in
 * order with one group (each batch is checked and applied whole; an action over more entities
 * than one batch takes is one undo step, but a refused later batch leaves the earlier ones).
 */
export function editBatches<T>(ops: readonly T[], size = MAX_EDIT_BATCH): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < ops.length; i += size) batches.push(ops.slice(i, i + size));
  return batches;
}
