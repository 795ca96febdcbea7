import type { EditOp, EditResult, EditsResult, WorkspaceInfo } from '../../../electron/shared/types';
import { editBatches, newEditGroup } from '../../../electron/shared/edit-group';
import { getClient } from '../api/client';
import { fail, notify, refreshAll, t } from './actions';
import { store } from './store';
import type { Selection } from './store';

const api = () => getClient();

let localWork: Promise<unknown> | null = null;

/**
 * Runs a change made from this page (an edit, undo, an import) and its refresh. The core then
 * announces the change with a `changed` event; `onWorkspaceChanged` waits for this work and
 * skips the reload when the page already shows that state.
 */
export function trackLocal<T>(work: () => Promise<T>): Promise<T> {
  const run = work();
  const tracked = run.finally(() => {
    if (localWork === tracked) localWork = null;
  });
  localWork = tracked;
  return run;
}

function sameInfo(a: WorkspaceInfo | null, b: WorkspaceInfo | null): boolean {
  if (!a || !b) return false;
  return a.dir === b.dir && a.articles === b.articles && a.entities === b.entities && a.relations === b.relations && a.canUndo === b.canUndo && a.canRedo === b.canRedo;
}

/** Handles a `changed` event: reloads unless the page made that change itself and already shows it. */
export async function onWorkspaceChanged(info: WorkspaceInfo): Promise<void> {
  if (localWork) await localWork.catch(() => undefined);
  store.set({ importProgress: null });
  if (sameInfo(info, store.get().info)) return;
  store.set({ info });
  await refreshAll();
}

function afterEdit(result: EditResult): void {
  store.set((s) => ({ info: s.info ? { ...s.info, canUndo: result.canUndo, canRedo: result.canRedo } : s.info }));
}

/** Applies a correction or annotation, then refreshes the view and selects what it produced. */
export function applyEdit(op: EditOp): Promise<EditResult | null> {
  return trackLocal(() => runEdit(op));
}

async function runEdit(op: EditOp): Promise<EditResult | null> {
  try {
    const result = await api().edit({ op });
    afterEdit(result);
    store.set({ dialog: null, contextMenu: null });
    let next: Selection = store.get().selection;
    switch (op.op) {
      case 'delete':
        next = null;
        store.set((s) => ({ expanded: s.expanded.filter((id) => id !== op.id) }));
        break;
      case 'deleteEdge':
        next = next?.kind === 'edge' && next.id === op.id ? null : next;
        break;
      case 'addEdge':
        next = result.id ? { kind: 'edge', id: result.id } : next;
        break;
      case 'addNode':
        if (result.id) {
          next = { kind: 'node', id: result.id };
          const added = result.id;
          store.set((s) => ({ expanded: [...s.expanded, added] }));
        }
        break;
      case 'merge':
        next = { kind: 'node', id: result.id ?? op.target };
        break;
      default:
        if (result.id && next?.kind === 'node' && 'id' in op && next.id === op.id) next = { kind: 'node', id: result.id };
    }
    store.set({ selection: next, details: null });
    await refreshAll();
    if (op.op === 'addNode' && result.id) {
      const id = result.id;
      store.set((s) => ({ centreRequest: { id, n: (s.centreRequest?.n ?? 0) + 1 } }));
    }
    notify(t('edit.done'));
    return result;
  } catch (error) {
    fail(error);
    return null;
  }
}

/**
 * Applies the edits of one user action over many entities (a bulk delete or tag from the table)
 * with one `applyEdits` call: the core checks them all, applies them as one group (a single undo
 * takes them all back) or refuses them all, naming the edit at fault; then the view is refreshed
 * once. More than `MAX_EDIT_BATCH` edits go in several calls of one group: a refused later batch
 * leaves the earlier ones (which still undo together).
 */
export function applyEdits(ops: EditOp[]): Promise<EditsResult | null> {
  return trackLocal(() => runEdits(ops));
}

async function runEdits(ops: EditOp[]): Promise<EditsResult | null> {
  if (ops.length === 0) return null;
  if (ops.length === 1) {
    // One entity ticked: the single edit, with what `applyEdit` does to the selection.
    const one = await runEdit(ops[0]);
    return one && { ids: [one.id ?? null], canUndo: one.canUndo, canRedo: one.canRedo };
  }
  const group = newEditGroup('app');
  let result: EditsResult | null = null;
  const ids: Array<string | null> = [];
  const applied: EditOp[] = [];
  let error: unknown = null;
  for (const batch of editBatches(ops)) {
    try {
      result = await api().applyEdits({ ops: batch, group });
    } catch (caught) {
      error = caught;
      break;
    }
    ids.push(...result.ids);
    applied.push(...batch);
  }
  if (result) afterEdit(result);
  store.set({ dialog: null, contextMenu: null });
  const deleted = new Set(applied.flatMap((op) => (op.op === 'delete' ? [op.id] : [])));
  if (deleted.size) {
    const sel = store.get().selection;
    store.set((s) => ({ expanded: s.expanded.filter((id) => !deleted.has(id)), selection: sel?.kind === 'node' && deleted.has(sel.id) ? null : sel, details: null }));
  }
  if (result) await refreshAll();
  if (error) {
    fail(error);
    return null;
  }
  notify(t('edit.done'));
  return result && { ...result, ids };
}

/** Undoes the last edit (or the last group of edits one action made). */
export function undo(): Promise<void> {
  return trackLocal(runUndo);
}

async function runUndo(): Promise<void> {
  try {
    const result = await api().undo();
    afterEdit(result);
    await refreshAll();
    notify(t('edit.undone'));
  } catch (error) {
    fail(error);
  }
}

/** Redoes the last undone edit. */
export function redo(): Promise<void> {
  return trackLocal(runRedo);
}

async function runRedo(): Promise<void> {
  try {
    const result = await api().redo();
    afterEdit(result);
    await refreshAll();
    notify(t('edit.redone'));
  } catch (error) {
    fail(error);
  }
}
