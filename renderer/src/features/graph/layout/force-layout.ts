import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { fitAll } from '../placement';
import { revealWaiting } from '../reveal';
import { inSlices } from '../time-slices';
import { layoutOffThread } from './layout-client';
import type { LayoutEdge, LayoutNode, LayoutRequest } from './layout-types';

/** Graphs up to this size move to their new places with an animation. */
export const ANIMATE_UP_TO = 300;
export interface ForceLayoutOptions {
  /** Only these nodes get new places, around the others. */
  place?: string[];
  animate?: boolean;
  current?: () => boolean;
  /** Told how many of the nodes that waited hidden are shown, as they are. */
  shown?: (done: number, total: number) => void;
}

/** The layout request for the nodes and edges on the canvas: plain data for the worker. */
export function layoutRequest(cy: Core, place?: string[]): { request: LayoutRequest; ids: string[] } {
  const toPlace = place ? new Set(place) : null;
  const nodes: LayoutNode[] = [];
  const ids: string[] = [];
  const index = new Map<string, number>();
  cy.nodes().forEach((node: NodeSingular) => {
    const id = node.id();
    index.set(id, nodes.length);
    ids.push(id);
    const p = node.position();
    const keep = node.hasClass('pinned') || (toPlace !== null && !toPlace.has(id));
    nodes.push({
      id,
      size: Number(node.data('size')) || 18,
      label: String(node.data('label') ?? '').length,
      weight: Number(node.data('weightedDegree') ?? node.data('size')) || 0,
      ...(keep ? { x: p.x, y: p.y, fixed: true } : {}),
    });
  });
  const edges: LayoutEdge[] = [];
  cy.edges().forEach((edge) => {
    const s = index.get(edge.data('source') as string);
    const t = index.get(edge.data('target') as string);
    if (s === undefined || t === undefined) return;
    edges.push({ s, t, w: Number(edge.data('weight')) || 1, ...(edge.data('type') === 'co_occurs' ? { weak: true } : {}) });
  });
  return { request: { nodes, edges, mode: toPlace ? 'incremental' : 'full' }, ids };
}

/**
 * Moves nodes to their new places: animated for small graphs; else in time slices while the
 * nodes waiting for a place stay hidden, then (after fitting the view when asked) shows those in
 * slices too, the most important first, each slice's style computed in its own slice: the page
 * keeps drawing, and no frame has to style and measure thousands of new nodes at once.
 */
export async function applyPositions(cy: Core, ids: string[], positions: Float64Array, opts: { animate?: boolean; fit?: boolean; current?: () => boolean; shown?: (done: number, total: number) => void } = {}): Promise<boolean> {
  const current = () => !cy.destroyed() && (!opts.current || opts.current());
  if (opts.animate && ids.length <= ANIMATE_UP_TO) {
    const at = new Map(ids.map((id, i) => [id, { x: positions[2 * i], y: positions[2 * i + 1] }]));
    const layout = cy.layout({ name: 'preset', positions: (node: NodeSingular) => at.get(node.id()) ?? node.position(), animate: true, animationDuration: 400, fit: false } as LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    cy.nodes('.unplaced').removeClass('unplaced');
    layout.run();
    await done;
    if (opts.fit && !cy.destroyed()) fitAll(cy, true);
    return true;
  }
  const order = ids.map((_, i) => i);
  const moved = await inSlices(
    order,
    (slice) =>
      cy.batch(() => {
        for (const i of slice) {
          const node = cy.getElementById(ids[i]);
          const p = node.nonempty() ? node.position() : null;
          if (p && (p.x !== positions[2 * i] || p.y !== positions[2 * i + 1])) node.position({ x: positions[2 * i], y: positions[2 * i + 1] });
        }
      }),
    { current, first: 500, yieldWith: 'task', budgetMs: 40 },
  );
  if (!moved) return false;
  if (opts.fit) fitAll(cy, false, 30, cy.nodes());
  return revealWaiting(cy, current, opts.shown);
}

/** Lays out the canvas in the layout worker; resolves to false when a newer run made this one stale. */
export async function runForceLayout(cy: Core, opts: ForceLayoutOptions = {}): Promise<boolean> {
  const { request, ids } = layoutRequest(cy, opts.place);
  const result = await layoutOffThread(request);
  (globalThis as { __zhituLayoutTimings?: Record<string, number> }).__zhituLayoutTimings = result.timings;
  if (cy.destroyed() || (opts.current && !opts.current())) return false;
  return applyPositions(cy, ids, result.positions, { animate: opts.animate, fit: !opts.place, current: opts.current, shown: opts.shown });
}
