// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ZhituBridge } from '../../../electron/shared/api';
import type { GraphData, GraphFilter, WorkspaceInfo } from '../../../electron/shared/types';
import { expand, findPath, loadGraph, refreshAll, showPathInGraph } from '../../../renderer/src/state/actions';
import { applyEdit, applyEdits, onWorkspaceChanged, undo } from '../../../renderer/src/state/edit-actions';
import { MAX_EDIT_BATCH } from '../../../electron/shared/edit-group';
import { savePosition } from '../../../renderer/src/state/view-actions';
import { initialState, store } from '../../../renderer/src/state/store';
import { node, sampleGraph } from '../features/graph/fixtures';

const info = (over: Partial<WorkspaceInfo> = {}): WorkspaceInfo => ({
  dir: '/ws',
  schemaVersion: 1,
  articles: 1,
  entities: 8,
  relations: 7,
  canUndo: false,
  canRedo: false,
  orphans: [],
  warnings: [],
  ...over,
});

let current = info();
const bridge = {
  workspaceInfo: vi.fn(async () => current),
  listEntities: vi.fn(async () => []),
  listArticles: vi.fn(async () => []),
  getEntity: vi.fn(async ({ id }: { id: string }) => ({ node: node(id, id, 'organisation'), relations: [], mentions: [] })),
  getGraph: vi.fn(async ({ filter }: { filter?: GraphFilter }): Promise<GraphData> => {
    const g = sampleGraph();
    if (filter?.focus) {
      const ids = new Set(filter.focus.ids);
      if (filter.focus.depth > 0) for (const e of g.edges) if (ids.has(e.source) || ids.has(e.target)) ids.add(e.source).add(e.target);
      return { nodes: g.nodes.filter((n) => ids.has(n.id)), edges: g.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
    }
    // The limited view lacks 罗湖区 (g3) and its edge.
    return { nodes: g.nodes.filter((n) => n.id !== 'g3'), edges: g.edges.filter((e) => e.id !== 'e5') };
  }),
  edit: vi.fn(async () => {
    current = info({ canUndo: true });
    return { id: 'o1', canUndo: true, canRedo: false };
  }),
  applyEdits: vi.fn(async ({ ops }: { ops: Array<{ id?: string }> }) => {
    current = info({ canUndo: true });
    return { ids: ops.map((op) => op.id ?? null), canUndo: true, canRedo: false };
  }),
  undo: vi.fn(async () => {
    current = info({ canUndo: false, canRedo: true });
    return { canUndo: false, canRedo: true };
  }),
  savePositions: vi.fn(async () => undefined),
  shortestPath: vi.fn(async () => ({ nodes: ['p1', 'o1', 'g1', 'g3'], edges: ['e6', 'e2', 'e5'] })),
  on: vi.fn(() => () => undefined),
} as unknown as ZhituBridge;
const calls = (name: keyof ZhituBridge) => (bridge[name] as unknown as ReturnType<typeof vi.fn>).mock.calls;

beforeAll(() => {
  (globalThis as { zhitu?: unknown }).zhitu = bridge;
});

afterEach(() => {
  store.set(initialState('en'));
  current = info();
  vi.clearAllMocks();
});

describe('loading the view', () => {
  it('asks for the top entities, then adds the neighbourhoods the user expanded', async () => {
    await loadGraph();
    expect(calls('getGraph')).toEqual([[{ filter: { limit: 300 } }]]);
    expect(store.get().graph.nodes.some((n) => n.id === 'g3')).toBe(false);
    await expand('g1');
    expect(calls('getGraph')[2]).toEqual([{ filter: { focus: { ids: ['g1'], depth: 1 } } }]);
    expect(store.get().graph.nodes.some((n) => n.id === 'g3')).toBe(true);
    expect(store.get().graph.edges.some((e) => e.id === 'e5')).toBe(true);
  });

  it('opens the path finder with both ends picked', async () => {
    await findPath('p1', 'g3');
    expect(store.get().dialog).toEqual({ kind: 'path', source: 'p1', target: 'g3' });
  });

  it('brings the nodes of a path into view and highlights it', async () => {
    await loadGraph();
    await showPathInGraph({ nodes: ['p1', 'o1', 'g1', 'g3'], edges: ['e6', 'e2', 'e5'] });
    expect(calls('getGraph').at(-1)![0]).toEqual({ filter: { focus: { ids: ['p1', 'o1', 'g1', 'g3'], depth: 0 } } });
    const s = store.get();
    expect(s.path).toEqual({ nodes: ['p1', 'o1', 'g1', 'g3'], edges: ['e6', 'e2', 'e5'] });
    expect(s.graph.nodes.some((n) => n.id === 'g3')).toBe(true);
    expect(s.graph.edges.some((e) => e.id === 'e5')).toBe(true);
  });
});

describe('edits', () => {
  it('sends the edit, selects what it produced and refreshes the view', async () => {
    await applyEdit({ op: 'merge', target: 'o1', sources: ['o2'] });
    expect(calls('edit')).toEqual([[{ op: { op: 'merge', target: 'o1', sources: ['o2'] } }]]);
    expect(store.get().selection).toEqual({ kind: 'node', id: 'o1' });
    expect(store.get().info?.canUndo).toBe(true);
    expect(calls('getGraph').length).toBe(1);
    expect(calls('getEntity')).toEqual([[{ id: 'o1' }]]);
  });

  it('skips the reload for the change event of its own edit, but not for a change made elsewhere', async () => {
    const edit = applyEdit({ op: 'annotate', id: 'o1', note: 'x' });
    // The core announces the change while the page is still refreshing.
    const event = onWorkspaceChanged(info({ canUndo: true }));
    await Promise.all([edit, event]);
    expect(calls('getGraph').length).toBe(1);
    // An undo from the app menu: the page learns of it only through the event.
    current = info({ canUndo: false, canRedo: true });
    await onWorkspaceChanged(current);
    expect(calls('getGraph').length).toBe(2);
    expect(store.get().info?.canRedo).toBe(true);
  });

  it('sends the edits of a bulk action in one call of one group, drops what it deleted from the selection and refreshes once', async () => {
    store.set({ selection: { kind: 'node', id: 'o2' }, expanded: ['o2'] });
    const ops = ['o1', 'o2', 'p1'].map((id) => ({ op: 'delete' as const, id }));
    expect(await applyEdits(ops)).toEqual({ ids: ['o1', 'o2', 'p1'], canUndo: true, canRedo: false });
    expect(calls('applyEdits')).toEqual([[{ ops, group: expect.stringMatching(/^app-/) }]]);
    expect(calls('edit')).toEqual([]);
    expect(store.get().selection).toBeNull();
    expect(store.get().expanded).toEqual([]);
    expect(store.get().info?.canUndo).toBe(true);
    expect(calls('getGraph').length).toBe(1);
  });

  it('sends more edits than one call takes in batches of one group, and shows a refusal', async () => {
    const ops = Array.from({ length: MAX_EDIT_BATCH + 2 }, (_, i) => ({ op: 'annotate' as const, id: `e${i}`, tags: ['x'] }));
    await applyEdits(ops);
    const sent = calls('applyEdits') as Array<[{ ops: unknown[]; group: string }]>;
    expect(sent.map(([a]) => a.ops.length)).toEqual([MAX_EDIT_BATCH, 2]);
    expect(sent[1][0].group).toBe(sent[0][0].group);
    (bridge.applyEdits as unknown as ReturnType<typeof vi.fn>).mockRejectedValueOnce(new Error('edit 2 of 2 (delete o9) refused, nothing applied: delete: no entity with id o9'));
    expect(await applyEdits([{ op: 'delete', id: 'o1' }, { op: 'delete', id: 'o9' }])).toBeNull();
    expect(store.get().error).toMatch(/edit 2 of 2 \(delete o9\) refused/);
  });

  it('undo refreshes and reports what it can do next', async () => {
    await refreshAll();
    await undo();
    expect(calls('undo').length).toBe(1);
    expect(store.get().info).toMatchObject({ canUndo: false, canRedo: true });
    expect(store.get().notice).toBe('Undone');
  });
});

describe('pinned positions', () => {
  it('saves the positions of dragged nodes together, a moment after the last drag', async () => {
    vi.useFakeTimers();
    savePosition('o1', { x: 10.123, y: -5 });
    savePosition('p1', { x: 1, y: 2 });
    savePosition('o1', { x: 12, y: -6 });
    expect(calls('savePositions')).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    vi.useRealTimers();
    expect(calls('savePositions')).toEqual([[{ positions: { o1: { x: 12, y: -6 }, p1: { x: 1, y: 2 } } }]]);
  });
});
