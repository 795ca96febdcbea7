import type { GraphData } from '../../../electron/shared/types';
import { getClient } from '../api/client';
import { translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { mergeGraphs, toGraphFilter } from './graph-filter';
import { store } from './store';
import type { Selection, UiFilter } from './store';

const api = () => getClient();

/** The message of whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A message in the current interface language. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(store.get().lang, key, params);
}

let noticeTimer: ReturnType<typeof setTimeout> | undefined;

/** Shows a short message at the bottom of the window for a few seconds. */
export function notify(message: string): void {
  store.set({ notice: message });
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => store.set({ notice: null }), 3500);
}

/** Shows an error until the user dismisses it. */
export function fail(error: unknown): void {
  store.set({ error: errorMessage(error), loading: false });
}

let loadSeq = 0;

/** The graph without the entities the user hid from the view, and without their edges. */
export function withoutHidden(graph: GraphData, hidden: string[]): GraphData {
  if (hidden.length === 0) return graph;
  const gone = new Set(hidden);
  return { nodes: graph.nodes.filter((n) => !gone.has(n.id)), edges: graph.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)) };
}

/** Loads the graph the filters describe (plus expanded neighbourhoods) and hands it to the view. */
export async function loadGraph(): Promise<void> {
  const seq = ++loadSeq;
  const s = store.get();
  if (s.filter.types.length === 0 && !s.filter.includeArticles) {
    store.set((st) => ({ graph: { nodes: [], edges: [] }, graphVersion: st.graphVersion + 1, loading: false }));
    return;
  }
  const filter = toGraphFilter(s.filter, s.selection);
  store.set({ loading: true });
  try {
    let graph = await api().getGraph({ filter });
    if (s.expanded.length > 0 && !filter.focus) {
      const { limit: _limit, ...rest } = filter;
      const extra = await api().getGraph({ filter: { ...rest, focus: { ids: s.expanded, depth: 1 } } });
      graph = mergeGraphs(graph, extra);
    }
    if (seq !== loadSeq) return;
    graph = withoutHidden(graph, store.get().hidden);
    const ids = new Set(graph.nodes.map((n) => n.id));
    const edgeIds = new Set(graph.edges.map((e) => e.id));
    store.set((st) => ({
      graph,
      graphVersion: st.graphVersion + 1,
      loading: false,
      path: st.path && st.path.nodes.every((id) => ids.has(id)) ? st.path : null,
      marked: st.marked.filter((id) => ids.has(id)),
      // A node stays selected (its details stay useful) even when filtered out; a vanished edge does not.
      selection: st.selection?.kind === 'edge' && !edgeIds.has(st.selection.id) ? null : st.selection,
    }));
  } catch (error) {
    if (seq === loadSeq) fail(error);
  }
}

let filterTimer: ReturnType<typeof setTimeout> | undefined;

/** Changes filter controls and reloads the graph shortly after (typing in a field does not flood the core). */
export function setFilter(patch: Partial<UiFilter>, delay = 150): void {
  store.set((s) => ({ filter: { ...s.filter, ...patch } }));
  clearTimeout(filterTimer);
  filterTimer = setTimeout(() => void loadGraph(), delay);
}

/** Loads the side lists: workspace info, entities for search, articles. */
export async function loadLists(): Promise<void> {
  try {
    const [info, entities, articles] = await Promise.all([api().workspaceInfo(), api().listEntities({}), api().listArticles()]);
    store.set({ info, entities, articles });
  } catch (error) {
    fail(error);
  }
}

/** Reloads everything after the workspace changed. */
export async function refreshAll(): Promise<void> {
  await Promise.all([loadLists(), loadGraph()]);
  const sel = store.get().selection;
  if (sel?.kind === 'node') await loadDetails(sel.id);
}

/** Fetches the details of an entity for the side panel. */
export async function loadDetails(id: string): Promise<void> {
  try {
    const details = await api().getEntity({ id });
    const sel = store.get().selection;
    if (sel?.kind === 'node' && sel.id === id) store.set({ details });
  } catch (error) {
    const sel = store.get().selection;
    // The entity is gone (deleted or merged away): drop the selection quietly.
    if (sel?.kind === 'node' && sel.id === id) store.set({ selection: null, details: null });
    else fail(error);
  }
}

/** Selects a node or an edge (or nothing) and shows its details. */
export async function select(selection: Selection): Promise<void> {
  const prev = store.get().selection;
  const same = prev?.kind === selection?.kind && prev?.id === selection?.id;
  store.set((s) => ({
    selection,
    contextMenu: null,
    details: same ? s.details : null,
  }));
  if (store.get().filter.neighbourhood > 0 && !same) void loadGraph();
  if (selection?.kind === 'node') await loadDetails(selection.id);
}

/** Clears the selection, marks and path. */
export function clearSelection(): void {
  store.set({ selection: null, details: null, marked: [], path: null, contextMenu: null });
  if (store.get().filter.neighbourhood > 0) void loadGraph();
}

/** Selects an entity by id, loading its neighbourhood first when the view does not show it, and centres it. */
export async function selectEntity(id: string): Promise<void> {
  const inView = store.get().graph.nodes.some((n) => n.id === id);
  if (!inView) {
    store.set((s) => ({ expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id] }));
    await loadGraph();
  }
  await select({ kind: 'node', id });
  store.set((s) => ({ centreRequest: { id, n: (s.centreRequest?.n ?? 0) + 1 } }));
}

/** Adds a node's neighbours to the view (double-click). */
export async function expand(id: string): Promise<void> {
  store.set((s) => ({ expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id], contextMenu: null }));
  await loadGraph();
}

/** Picks a node as an end of the shortest path (Shift+click); with two picked, finds the path. */
export async function mark(id: string): Promise<void> {
  const marked = [...store.get().marked.filter((m) => m !== id), id].slice(-2);
  store.set({ marked, path: null, contextMenu: null });
  if (marked.length === 2) await findPath(marked[0], marked[1]);
}

/**
 * Highlights a path on the canvas, first bringing into view the nodes and edges of it that the
 * view does not show.
 */
export async function showPathInGraph(path: { nodes: string[]; edges: string[] }): Promise<void> {
  const s = store.get();
  const { limit: _limit, focus: _focus, ...filter } = toGraphFilter(s.filter, null);
  const have = new Set(s.graph.nodes.map((n) => n.id));
  const haveEdges = new Set(s.graph.edges.map((e) => e.id));
  if (path.nodes.some((id) => !have.has(id)) || path.edges.some((id) => !haveEdges.has(id))) {
    const { includeCoOccurs: _co, relationTypes: _rel, ...wide } = filter;
    const extra: GraphData = await api().getGraph({ filter: { ...wide, focus: { ids: path.nodes, depth: 0 } } });
    const keep = new Set(path.edges);
    const pathNodes = new Set(path.nodes);
    const slice: GraphData = { nodes: extra.nodes.filter((n) => pathNodes.has(n.id)), edges: extra.edges.filter((e) => keep.has(e.id)) };
    store.set((st) => ({
      graph: mergeGraphs(st.graph, slice),
      graphVersion: st.graphVersion + 1,
      expanded: [...new Set([...st.expanded, ...path.nodes.filter((id) => !have.has(id))])],
    }));
  }
  store.set({ path, marked: [path.nodes[0], path.nodes[path.nodes.length - 1]] });
  notify(t('path.length', { n: path.edges.length }));
}

/** Finds the paths between two entities: opens the path finder with both ends filled in. */
export async function findPath(source: string, target: string): Promise<void> {
  store.set({ dialog: { kind: 'path', source, target }, contextMenu: null });
}

/** Removes the path highlight. */
export function clearPath(): void {
  store.set({ path: null, marked: [] });
}
