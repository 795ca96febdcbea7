/** A seeded random source (LCG): the same start gives the same layout. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Runs `fn` with `Math.random` drawing from `rand`, then restores it. fcose (and cose-base under
 * it) take their random start from `Math.random` with no seed option; the layout runs
 * synchronously in its worker, so nothing else draws from it meanwhile.
 */
export function withRandom<T>(rand: () => number, fn: () => T): T {
  const original = Math.random;
  Math.random = rand;
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** Adjacency lists of `n` nodes from edges given as index pairs. */
export function adjacency(n: number, edges: ReadonlyArray<{ s: number; t: number }>): number[][] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) {
    if (e.s === e.t) continue;
    adj[e.s].push(e.t);
    adj[e.t].push(e.s);
  }
  return adj;
}

/**
 * Gives every unplaced node a start next to placed neighbours (breadth-first from the placed ones),
 * and starts each component that has none on a ring around the drawing. Mutates `xs`, `ys`, `placed`.
 */
export function seedPositions(
  xs: Float64Array,
  ys: Float64Array,
  placed: Uint8Array,
  adj: number[][],
  order: number[],
  rand: () => number,
  spread = 60,
): void {
  const n = xs.length;
  let cx = 0;
  let cy = 0;
  let count = 0;
  let radius = 0;
  for (let i = 0; i < n; i++) {
    if (!placed[i]) continue;
    cx += xs[i];
    cy += ys[i];
    count++;
  }
  if (count) {
    cx /= count;
    cy /= count;
    for (let i = 0; i < n; i++) if (placed[i]) radius = Math.max(radius, Math.hypot(xs[i] - cx, ys[i] - cy));
  }
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (placed[i]) queue.push(i);
  const visit = (): void => {
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q];
      for (const v of adj[u]) {
        if (placed[v]) continue;
        const angle = rand() * Math.PI * 2;
        const r = spread * (0.5 + rand());
        xs[v] = xs[u] + Math.cos(angle) * r;
        ys[v] = ys[u] + Math.sin(angle) * r;
        placed[v] = 1;
        queue.push(v);
      }
    }
    queue.length = 0;
  };
  visit();
  // Components with no placed node: each starts on a ring outside what is drawn, most important first.
  const ring = Math.max(radius + spread * 2, Math.sqrt(n) * spread * 0.6);
  for (const i of order) {
    if (placed[i]) continue;
    const angle = rand() * Math.PI * 2;
    const r = ring * (0.6 + 0.5 * rand());
    xs[i] = cx + Math.cos(angle) * r;
    ys[i] = cy + Math.sin(angle) * r;
    placed[i] = 1;
    queue.push(i);
    visit();
  }
}

/** Median length of the edges, or 0 without edges. */
export function medianEdgeLength(xs: Float64Array, ys: Float64Array, edges: ReadonlyArray<{ s: number; t: number }>): number {
  const lengths: number[] = [];
  for (const e of edges) if (e.s !== e.t) lengths.push(Math.hypot(xs[e.s] - xs[e.t], ys[e.s] - ys[e.t]));
  if (lengths.length === 0) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)];
}

/**
 * Counts the nodes whose disc (diameter `sizes[i]`) overlaps another node's disc, using a grid
 * of cells as big as the largest node, so that the count stays near-linear.
 */
export function countOverlapping(xs: ArrayLike<number>, ys: ArrayLike<number>, sizes: ArrayLike<number>): number {
  const n = xs.length;
  let cell = 1;
  for (let i = 0; i < n; i++) cell = Math.max(cell, sizes[i]);
  const grid = new Map<string, number[]>();
  const key = (gx: number, gy: number): string => `${gx},${gy}`;
  for (let i = 0; i < n; i++) {
    const k = key(Math.floor(xs[i] / cell), Math.floor(ys[i] / cell));
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  const overlapping = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const gx = Math.floor(xs[i] / cell);
    const gy = Math.floor(ys[i] / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(key(gx + dx, gy + dy)) ?? []) {
          if (j <= i) continue;
          const min = (sizes[i] + sizes[j]) / 2;
          if (Math.hypot(xs[i] - xs[j], ys[i] - ys[j]) < min) {
            overlapping[i] = 1;
            overlapping[j] = 1;
          }
        }
      }
    }
  }
  let count = 0;
  for (let i = 0; i < n; i++) count += overlapping[i];
  return count;
}

/**
 * Removes overlaps by snapping each node, most important first, to the nearest free block of a
 * grid of `cell`-unit cells (a node takes as many cells as its diameter plus `margin` needs).
 * Held nodes are marked first and never move. Near-linear, and no two nodes end up overlapping.
 */
export function snapToGrid(
  xs: Float64Array,
  ys: Float64Array,
  sizes: ArrayLike<number>,
  order: number[],
  held: Uint8Array,
  cell = 24,
  margin = 10,
): void {
  const taken = new Set<number>();
  const key = (gx: number, gy: number): number => gx * 4_194_304 + gy;
  const span = (i: number): number => Math.max(1, Math.ceil((sizes[i] + margin) / cell));
  const free = (gx: number, gy: number, k: number): boolean => {
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) if (taken.has(key(gx + a, gy + b))) return false;
    return true;
  };
  const take = (gx: number, gy: number, k: number): void => {
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) taken.add(key(gx + a, gy + b));
  };
  // The block's top-left cell for a node centred at (x, y).
  const corner = (v: number, k: number): number => Math.round(v / cell - k / 2);
  for (const i of order) {
    if (!held[i]) continue;
    const k = span(i);
    take(corner(xs[i], k), corner(ys[i], k), k);
  }
  for (const i of order) {
    if (held[i]) continue;
    const k = span(i);
    const gx = corner(xs[i], k);
    const gy = corner(ys[i], k);
    let done = false;
    for (let d = 0; !done; d++) {
      let best: [number, number] | null = null;
      let bestDist = Infinity;
      for (let a = -d; a <= d; a++) {
        for (let b = -d; b <= d; b++) {
          if (Math.max(Math.abs(a), Math.abs(b)) !== d) continue;
          const dist = a * a + b * b;
          if (dist < bestDist && free(gx + a, gy + b, k)) {
            best = [gx + a, gy + b];
            bestDist = dist;
          }
        }
      }
      if (best) {
        take(best[0], best[1], k);
        xs[i] = (best[0] + k / 2) * cell;
        ys[i] = (best[1] + k / 2) * cell;
        done = true;
      }
    }
  }
}
