import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../../renderer/src/features/graph/layout/compute-layout';
import { countOverlapping, seeded } from '../../../../../renderer/src/features/graph/layout/geometry';
import type { LayoutEdge, LayoutNode } from '../../../../../renderer/src/features/graph/layout/layout-types';

/** Clusters of 20 nodes, dense inside, one edge between neighbouring clusters; a few hubs. */
function clustered(clusters: number): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const rand = seeded(11);
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  for (let c = 0; c < clusters; c++) {
    for (let k = 0; k < 20; k++) nodes.push({ id: `c${c}n${k}`, size: k === 0 ? 50 : 18 + Math.floor(rand() * 10), label: 6, weight: k === 0 ? 40 : 3 });
    for (let k = 1; k < 20; k++) {
      edges.push({ s: c * 20, t: c * 20 + k, w: 2 });
      if (rand() < 0.5) edges.push({ s: c * 20 + k, t: c * 20 + 1 + Math.floor(rand() * 19), w: 1, weak: true });
    }
    if (c > 0) edges.push({ s: c * 20, t: (c - 1) * 20, w: 1 });
  }
  return { nodes, edges };
}

/** A core of 250 linked nodes and 50 small components of 2-4 nodes. */
function coreAndIslands(): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const rand = seeded(3);
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  for (let i = 0; i < 250; i++) {
    nodes.push({ id: `c${i}`, size: i < 10 ? 50 : 20, label: 4, weight: i < 10 ? 50 : 5 });
    if (i) edges.push({ s: i, t: Math.floor(rand() * Math.min(i, 30)), w: 1 });
    if (i > 5 && rand() < 0.5) edges.push({ s: i, t: Math.floor(rand() * i), w: 1, weak: true });
  }
  for (let c = 0; c < 50; c++) {
    const first = nodes.length;
    for (let j = 0; j < 2 + (c % 3); j++) {
      nodes.push({ id: `s${c}_${j}`, size: 18, label: 4, weight: 1 });
      if (j) edges.push({ s: first, t: first + j, w: 1 });
    }
  }
  return { nodes, edges };
}

function extent(positions: Float64Array, from: number, to: number): { w: number; h: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = from; i < to; i++) {
    xs.push(positions[2 * i]);
    ys.push(positions[2 * i + 1]);
  }
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
}

function at(positions: Float64Array, i: number): { x: number; y: number } {
  return { x: positions[2 * i], y: positions[2 * i + 1] };
}

describe('the scalable layout', () => {
  it('lays out 600 nodes with none overlapping, clusters kept together', () => {
    const { nodes, edges } = clustered(30);
    const { positions, timings } = computeLayout({ nodes, edges, mode: 'full', topK: 60 });
    const xs = nodes.map((_, i) => at(positions, i).x);
    const ys = nodes.map((_, i) => at(positions, i).y);
    expect(xs.every(Number.isFinite) && ys.every(Number.isFinite)).toBe(true);
    expect(countOverlapping(xs, ys, nodes.map((n) => n.size))).toBe(0);
    const d = (a: number, b: number) => Math.hypot(xs[a] - xs[b], ys[a] - ys[b]);
    let inside = 0;
    let across = 0;
    for (let c = 0; c < 30; c++) {
      inside += d(c * 20, c * 20 + 5);
      across += d(c * 20 + 5, ((c + 15) % 30) * 20 + 5);
    }
    expect(inside * 3).toBeLessThan(across);
    expect(Object.keys(timings)).toEqual(expect.arrayContaining(['fcose', 'forceAtlas2', 'overlap']));
  });

  it('places only the new nodes in incremental mode, next to their neighbours', () => {
    const { nodes, edges } = clustered(6);
    const first = computeLayout({ nodes, edges, mode: 'full', topK: 40 });
    const next = nodes.map((n, i) => (i % 20 === 19 ? { ...n } : { ...n, ...at(first.positions, i) }));
    const { positions } = computeLayout({ nodes: next, edges, mode: 'incremental' });
    for (let i = 0; i < nodes.length; i++) {
      if (i % 20 === 19) continue;
      expect(at(positions, i)).toEqual(at(first.positions, i));
    }
    const xs = nodes.map((_, i) => at(positions, i).x);
    const ys = nodes.map((_, i) => at(positions, i).y);
    expect(countOverlapping(xs, ys, nodes.map((n) => n.size))).toBe(0);
    // The new node of each cluster lands nearer its own hub than the farthest other hub.
    for (let c = 0; c < 6; c++) {
      const mine = Math.hypot(xs[c * 20 + 19] - xs[c * 20], ys[c * 20 + 19] - ys[c * 20]);
      const others = [0, 1, 2, 3, 4, 5].filter((o) => o !== c).map((o) => Math.hypot(xs[c * 20 + 19] - xs[o * 20], ys[c * 20 + 19] - ys[o * 20]));
      expect(mine).toBeLessThan(Math.max(...others));
    }
  });

  it('keeps fixed (dragged) nodes where they are in a full layout', () => {
    const { nodes, edges } = clustered(4);
    nodes[3] = { ...nodes[3], x: 5000, y: -5000, fixed: true };
    const { positions } = computeLayout({ nodes, edges, mode: 'full', topK: 30 });
    expect(at(positions, 3)).toEqual({ x: 5000, y: -5000 });
  });

  it('gives the same drawing for the same graph (seeded), and another for another seed', () => {
    const { nodes, edges } = clustered(10);
    const a = computeLayout({ nodes, edges, mode: 'full', topK: 60 });
    const b = computeLayout({ nodes, edges, mode: 'full', topK: 60 });
    const c = computeLayout({ nodes, edges, mode: 'full', topK: 60, seed: 7 });
    expect([...b.positions]).toEqual([...a.positions]);
    expect([...c.positions]).not.toEqual([...a.positions]);
  });

  it('packs small components in around the main one instead of far out', () => {
    const { nodes, edges } = coreAndIslands();
    const { positions } = computeLayout({ nodes, edges, mode: 'full' });
    const core = extent(positions, 0, 250);
    const all = extent(positions, 0, nodes.length);
    // Before packing the islands stood ~5x as far out as the core is wide.
    expect(all.w).toBeLessThan(core.w * 1.6);
    expect(all.h).toBeLessThan(core.h * 1.6);
    const xs = nodes.map((_, i) => at(positions, i).x);
    const ys = nodes.map((_, i) => at(positions, i).y);
    expect(countOverlapping(xs, ys, nodes.map((n) => n.size))).toBe(0);
  });
});
