// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ZhituBridge, ZhituEvents } from '../../../electron/shared/api';
import { runCommand, subscribeEvents } from '../../../renderer/src/state/app-events';
import { getClient } from '../../../renderer/src/api/client';
import { initialState, store } from '../../../renderer/src/state/store';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Listener>();
const bridge = {
  undo: vi.fn(async () => ({ canUndo: false, canRedo: true })),
  redo: vi.fn(async () => ({ canUndo: true, canRedo: false })),
  workspaceInfo: vi.fn(async () => ({ dir: '/ws', schemaVersion: 1, articles: 0, entities: 0, relations: 0, canUndo: false, canRedo: true, orphans: [], warnings: [] })),
  listEntities: vi.fn(async () => []),
  listArticles: vi.fn(async () => []),
  getGraph: vi.fn(async () => ({ nodes: [], edges: [] })),
  on: vi.fn((event: keyof ZhituEvents, listener: Listener) => {
    listeners.set(event, listener);
    return () => listeners.delete(event);
  }),
} as unknown as ZhituBridge;

beforeAll(() => {
  (globalThis as { zhitu?: unknown }).zhitu = bridge;
});

afterEach(() => {
  document.body.innerHTML = '';
  store.set(initialState('en'));
  vi.clearAllMocks();
});

describe('menu commands and events', () => {
  it('undoes an edit from the menu, but leaves Ctrl+Z in a text field to the field', async () => {
    runCommand('undo');
    await vi.waitFor(() => expect(bridge.undo).toHaveBeenCalledTimes(1));
    const input = document.createElement('input');
    document.body.appendChild(input);
    input.focus();
    runCommand('undo');
    runCommand('redo');
    await new Promise((r) => setTimeout(r, 10));
    expect(bridge.undo).toHaveBeenCalledTimes(1);
    expect(bridge.redo).not.toHaveBeenCalled();
  });

  it('opens the export dialog and focuses the search when the menu asks', () => {
    const search = document.createElement('input');
    search.id = 'entity-search';
    document.body.appendChild(search);
    runCommand('export');
    expect(store.get().dialog).toEqual({ kind: 'export' });
    runCommand('focus-search');
    expect(document.activeElement).toBe(search);
  });

  it('shows import progress from events and hides it when done', () => {
    const off = subscribeEvents(getClient());
    listeners.get('progress')!({ task: 'import', done: 2, total: 5, current: 'b.txt' });
    expect(store.get().importProgress).toEqual({ task: 'import', done: 2, total: 5, current: 'b.txt' });
    listeners.get('progress')!({ task: 'import', done: 5, total: 5 });
    expect(store.get().importProgress).toBeNull();
    off();
    expect(listeners.size).toBe(0);
  });

  it('reloads when the workspace changed elsewhere', async () => {
    subscribeEvents(getClient());
    listeners.get('changed')!({ dir: '/other', schemaVersion: 1, articles: 3, entities: 9, relations: 4, canUndo: false, canRedo: false, orphans: [], warnings: [] });
    await vi.waitFor(() => expect(bridge.getGraph).toHaveBeenCalled());
  });
});
