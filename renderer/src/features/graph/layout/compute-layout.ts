import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { fcoseSubset } from './fcose-top';
import { adjacency, medianEdgeLength, seeded, seedPositions, snapToGrid } from './geometry';
import type { LayoutRequest, LayoutResult } from './layout-types';
import { packComponents } from './pack-components';

/** Nodes laid out by fcose at full quality; the rest by ForceAtlas2 around them. */
export const TOP_K = 150;
/** Median edge length the force layout is scaled to, in model units (nodes are 18-64 across). */
const EDGE_LENGTH = 110;

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function fa2Iterations(n: number, incremental: boolean): number {
  if (incremental) return 80;
  if (n <= 1000) return 300;
  if (n <= 3000) return 150;
  if (n <= 8000) return 80;
  return 50;
}

/**
 * The scalable layout, pure and synchronous (run it in a worker):
 * 1. `full` mode: fcose at full quality on the `topK` most important nodes;
 * 2. every other node starts next to an already placed neighbour;
 * 3. ForceAtlas2 (Barnes-Hut above 1,000 nodes) on the whole graph, fixed nodes held;
 * 4. scaled so that the median edge is about 110 units and the nodes have room, the small
 *    components packed in around the biggest, then snapped to the nearest free place on a grid,
 *    which leaves no overlap.
 * `incremental` mode skips step 1 and holds every node that already has a place.
 */
export function computeLayout(req: LayoutRequest): LayoutResult {
  const timings: Record<string, number> = {};
  const { nodes, edges } = req;
  const n = nodes.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const placed = new Uint8Array(n);
  const held = new Uint8Array(n);
  const incremental = req.mode === 'incremental';
  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    const has = node.x !== undefined && node.y !== undefined && Number.isFinite(node.x) && Number.isFinite(node.y);
    if (has && (incremental || node.fixed)) {
      xs[i] = node.x!;
      ys[i] = node.y!;
      placed[i] = 1;
      held[i] = 1;
    }
  }
  const order = [...nodes.keys()].sort((a, b) => nodes[b].weight - nodes[a].weight || nodes[b].size - nodes[a].size);
  const rand = seeded(req.seed ?? 1);
  const topK = Math.min(n, req.topK ?? TOP_K);
  let t = now();
  if (!incremental) {
    const top = order.slice(0, topK);
    const at = fcoseSubset(nodes, edges, top, rand);
    top.forEach((i, k) => {
      xs[i] = at[k].x;
      ys[i] = at[k].y;
      placed[i] = 1;
    });
    timings.fcose = now() - t;
    if (topK === n) return { positions: interleave(xs, ys), timings };
  }
  t = now();
  const adj = adjacency(n, edges);
  seedPositions(xs, ys, placed, adj, order, rand, EDGE_LENGTH * 0.6);
  timings.seed = now() - t;

  t = now();
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++) graph.addNode(String(i), { x: xs[i], y: ys[i], size: nodes[i].size / 2, fixed: held[i] === 1 });
  for (const e of edges) {
    if (e.s === e.t) continue;
    const w = (1 + Math.log2(Math.max(1, e.w))) * (e.weak ? 0.4 : 1);
    const key = graph.edge(String(e.s), String(e.t));
    if (key !== undefined) graph.updateEdgeAttribute(key, 'weight', (old: number | undefined) => Math.max(old ?? 0, w));
    else graph.addEdge(String(e.s), String(e.t), { weight: w });
  }
  const settings = { ...forceAtlas2.inferSettings(n), barnesHutOptimize: n > 1000, gravity: 1, strongGravityMode: false, scalingRatio: 10 };
  forceAtlas2.assign(graph, { iterations: fa2Iterations(n, incremental), settings, getEdgeWeight: 'weight' });
  graph.forEachNode((key, attr) => {
    const i = Number(key);
    if (!held[i]) {
      xs[i] = attr.x as number;
      ys[i] = attr.y as number;
    }
  });
  timings.forceAtlas2 = now() - t;

  t = now();
  const sizes = nodes.map((node) => node.size);
  if (!incremental) {
    rescaleFree(xs, ys, held, edges, sizes);
    packComponents(xs, ys, sizes, adj, held);
  }
  snapToGrid(xs, ys, sizes, order, held);
  timings.overlap = now() - t;
  return { positions: interleave(xs, ys), timings };
}

/**
 * Scales the free nodes about their centre: so that the median edge has the target length, or
 * more when the drawing's box would hold less than three times the room its nodes need.
 */
function rescaleFree(xs: Float64Array, ys: Float64Array, held: Uint8Array, edges: LayoutRequest['edges'], sizes: number[]): void {
  const median = medianEdgeLength(xs, ys, edges);
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  let room = 0;
  let cx = 0;
  let cy = 0;
  let count = 0;
  for (let i = 0; i < xs.length; i++) {
    if (held[i]) continue;
    x1 = Math.min(x1, xs[i]);
    x2 = Math.max(x2, xs[i]);
    y1 = Math.min(y1, ys[i]);
    y2 = Math.max(y2, ys[i]);
    room += (sizes[i] + 14) ** 2;
    cx += xs[i];
    cy += ys[i];
    count++;
  }
  if (!count) return;
  cx /= count;
  cy /= count;
  const area = Math.max(1, (x2 - x1) * (y2 - y1));
  const k = Math.max(median > 0 ? EDGE_LENGTH / median : 1, Math.sqrt((3 * room) / area));
  for (let i = 0; i < xs.length; i++) {
    if (held[i]) continue;
    xs[i] = cx + (xs[i] - cx) * k;
    ys[i] = cy + (ys[i] - cy) * k;
  }
}

function interleave(xs: Float64Array, ys: Float64Array): Float64Array {
  const out = new Float64Array(xs.length * 2);
  for (let i = 0; i < xs.length; i++) {
    out[2 * i] = xs[i];
    out[2 * i + 1] = ys[i];
  }
  return out;
}
