import { defaultFilter, store } from './store';
import type { AppState, LayoutName, SizeBy, UiFilter } from './store';

const PREFIX = 'zhitu.session.';

/** What a reload keeps of the view: the filters and how the graph is drawn. */
export interface SessionState {
  filter: UiFilter;
  sizeBy: SizeBy;
  layout: LayoutName;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Reads the saved view of a workspace, keeping only fields that still make sense. */
export function readSession(dir: string, from: Pick<Storage, 'getItem'> | null = storage()): Partial<SessionState> | null {
  const raw = from?.getItem(PREFIX + dir);
  if (!raw) return null;
  try {
    const saved = JSON.parse(raw) as Partial<SessionState>;
    const out: Partial<SessionState> = {};
    if (saved.filter && typeof saved.filter === 'object') out.filter = { ...defaultFilter(), ...saved.filter, neighbourhood: 0 };
    if (saved.sizeBy) out.sizeBy = saved.sizeBy;
    if (saved.layout) out.layout = saved.layout;
    return out;
  } catch {
    return null;
  }
}

/** Saves the view of a workspace (the filters, sizing and layout choice). */
export function writeSession(dir: string, state: SessionState, to: Pick<Storage, 'setItem'> | null = storage()): void {
  try {
    to?.setItem(PREFIX + dir, JSON.stringify(state));
  } catch {
    // Storage full or disabled: the view is simply not kept.
  }
}

/**
 * Restores the saved view of the workspace `dir` into the store, then keeps saving it whenever
 * the filters, sizing or layout change. Returns the unsubscribe function.
 */
export function keepSession(dir: string): () => void {
  const saved = readSession(dir);
  if (saved) store.set(saved as Partial<AppState>);
  let last = '';
  return store.subscribe(() => {
    const s = store.get();
    const next: SessionState = { filter: s.filter, sizeBy: s.sizeBy, layout: s.layout };
    const text = JSON.stringify(next);
    if (text === last) return;
    last = text;
    writeSession(dir, next);
  });
}
